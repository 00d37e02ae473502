package timex

import (
	"strings"
)

// scanner finds the time expressions of one sentence, left to right,
// taking the longest expression that starts at each token.
type scanner struct {
	s    string
	t    []token
	r    *Resolver
	out  []Timex
	info []placed
	near []bool // reversed: whether a token is close enough to a time word
	end  int    // token where the last expression ended
	last int    // index in out of the last expression with a date, or -1
	// local is the clock offset a pair like "2am (7pm GMT)" revealed; it
	// places later clock times of the sentence.
	local struct {
		set bool
		off int
		day cal
	}
}

// placed is what the scanner keeps of an emitted expression.
type placed struct {
	c            cal
	s, e         int // tokens of the phrase
	clock, zoned bool
}

// expr is an expression found at a token, before it is emitted.
type expr struct {
	s, e   int // tokens of the whole phrase
	cs, ce int // tokens of the TIMEX3 extent
	typ    Type
	c      cal    // where it places an event
	tml    string // the TIMEX3 value when c does not give it
	mod    string
	rel    bool
	clock  bool
	zoned  bool
	own    bool // the phrase has its own preposition ("a day after")
}

// run scans the sentence.
func (sc *scanner) run() {
	// An expression holds a number or a time word and starts at most
	// maxLead tokens before it ("the second half of 2023"): tokens
	// farther from one start nothing and are not tried.
	const maxLead = 6
	next := len(sc.t) + maxLead + 1 // the next such token at or after i
	near := sc.near[:0]
	for i := len(sc.t) - 1; i >= 0; i-- {
		if sc.t[i].heart {
			next = i
		}
		near = append(near, next-i <= maxLead)
	}
	sc.near = near
	var e expr
	for i := 0; i < len(sc.t); {
		if !near[len(sc.t)-1-i] || !sc.at(i, &e) {
			i++
			continue
		}
		sc.emit(e)
		i = e.e
	}
}

// w returns the lowercased token at i, or "" outside the sentence.
func (sc *scanner) w(i int) string {
	if i >= 0 && i < len(sc.t) {
		return sc.t[i].low
	}
	return ""
}

func (sc *scanner) lx(i int) lex {
	if i >= 0 && i < len(sc.t) {
		return sc.t[i].lex
	}
	return lex{}
}

// touches reports whether token i follows token i-1 with no space.
func (sc *scanner) touches(i int) bool {
	return i > 0 && i < len(sc.t) && !sc.t[i].sp
}

func (sc *scanner) isPunct(i int) bool {
	return i >= 0 && i < len(sc.t) && sc.t[i].kind == tokPunct
}

func (sc *scanner) capWord(i int) bool {
	return i >= 0 && i < len(sc.t) && sc.t[i].kind == tokWord && sc.t[i].cap
}

func (sc *scanner) tense(i, j int) tense { return tenseAround(sc.t, i, j) }

// clauseStart reports whether token i opens the sentence or a clause.
func (sc *scanner) clauseStart(i int) bool {
	if i == 0 {
		return true
	}
	switch sc.w(i - 1) {
	case ",", ";", ":", "“", "\"", "(", "—", "–", "-", "‘", "'":
		return true
	}
	return false
}

// at finds the longest expression that starts at token i.
func (sc *scanner) at(i int, best *expr) bool {
	if tk := &sc.t[i]; tk.kind == tokWord && tk.lex.k == lNone || tk.kind == tokPunct && tk.low != "'" && tk.low != "’" {
		return false
	}
	found := false
	try := func(e expr, ok bool) {
		if !ok || e.ce <= e.cs {
			return
		}
		if e.e == 0 {
			e.s, e.e = e.cs, e.ce
		}
		if !found || e.e > best.e {
			*best, found = e, true
		}
	}
	tk := &sc.t[i]
	num := tk.kind == tokNum || tk.kind == tokAlnum
	try(sc.date(i))
	switch tk.low {
	case "the", "early", "late", "mid", "earlier", "later":
		try(sc.modded(i))
	}
	if num || tk.lex.k == lSetAdv || tk.lex.k == lNumber || setStart[tk.low] {
		try(sc.set(i))
	}
	if num || tk.lex.k == lNumber || tk.lex.k == lVague || tk.lex.k == lApprox || tk.lex.k == lShift ||
		tk.lex.k == lUnit || durationStart[tk.low] {
		try(sc.duration(i))
	}
	if num || tk.lex.k == lNoonWord || tk.lex.k == lApprox || tk.low == "shortly" {
		try(sc.clock(i))
	}
	if tk.lex.k == lRef || refStart[tk.low] {
		try(sc.ref(i))
	}
	return found
}

// Words other than numbers and lexicon kinds that open a set, a
// duration or a vague reference.
var (
	setStart      = setOf("every", "each", "once", "twice", "per")
	durationStart = setOf("the", "more", "less", "fewer", "at", "up", "recent", "under")
	refStart      = setOf("the", "these", "at", "in")
)

// date tries every form of a date that can start at token i.
func (sc *scanner) date(i int) (expr, bool) {
	if i < 0 || i >= len(sc.t) {
		return expr{}, false
	}
	var best expr
	found := false
	try := func(e expr, ok bool) {
		if ok && (!found || e.e > best.e) {
			best, found = e, true
		}
	}
	tk := sc.t[i]
	switch tk.kind {
	case tokNum:
		try(sc.iso(i))
		try(sc.dayMonth(i))
		try(sc.year(i))
	case tokAlnum:
		try(sc.dayMonth(i))
		try(sc.decade(i))
		try(sc.century(i))
		try(sc.quarter(i))
		try(sc.year(i))
	case tokPunct:
		try(sc.decade(i))
	default:
		switch tk.lex.k {
		case lWeekday:
			try(sc.weekday(i))
		case lMonth:
			try(sc.month(i))
		case lRelDay:
			try(sc.relDay(i))
		case lShift:
			try(sc.weekday(i))
			try(sc.shift(i))
		case lSeason:
			try(sc.season(i))
		case lOrdinal:
			try(sc.century(i))
			try(sc.quarter(i))
		case lNumber:
			try(sc.century(i))
			try(sc.quarter(i))
		case lHoliday:
			try(sc.holiday(i))
		}
		if tk.cap {
			switch tk.low {
			case "new", "valentine", "boxing", "bastille", "victory":
				try(sc.holiday(i))
			}
		}
		switch tk.low {
		case "the":
			sc.afterThe(i, try)
		case "fiscal", "that":
			try(sc.year(i))
			try(sc.anaphor(i))
		case "in", "during":
			try(sc.season(i))
		}
	}
	if found {
		best.s, best.e = best.cs, best.ce
	}
	return best, found
}

// afterThe tries the dates that can start with "the", by the word after
// it: "the" is the commonest word of news and most of them start nothing.
func (sc *scanner) afterThe(i int, try func(expr, bool)) {
	if i+1 >= len(sc.t) {
		return
	}
	nx := sc.t[i+1]
	switch nx.kind {
	case tokNum, tokAlnum:
		try(sc.dayMonth(i))
		try(sc.decade(i))
		try(sc.century(i))
		try(sc.quarter(i))
		return
	case tokPunct:
		try(sc.decade(i))
		return
	}
	switch nx.lex.k {
	case lOrdinal:
		try(sc.dayMonth(i))
		try(sc.century(i))
		try(sc.quarter(i))
	case lNumber:
		try(sc.century(i))
	case lDecadeWord:
		try(sc.decade(i))
	case lSeason:
		try(sc.season(i))
	case lShift:
		try(sc.shift(i))
	}
	switch nx.low {
	case "weekend":
		try(sc.weekend(i))
	case "same":
		try(sc.anaphor(i))
	case "year":
		try(sc.year(i))
	case "day":
		try(sc.relDay(i))
		try(sc.anaphor(i))
	}
}

// signals are the words before an expression that belong to its phrase;
// some make an interval of it (see interval).
var signals = setOf("on", "in", "at", "since", "until", "till", "by", "from", "during", "before", "after",
	"through", "throughout", "for", "over", "within", "between", "around")

// emit adds e to the sentence's expressions, with its preposition, its
// values and its place as the running reference.
func (sc *scanner) emit(e expr) {
	t := sc.t
	sig := ""
	if possessive(sc.s, t, e.e) {
		e.own = true // "in Tuesday's attack": "in" is the attack's
	}
	if !e.own && e.s > sc.end && e.s > 0 && signals[t[e.s-1].low] && e.typ != DurationType {
		sig = t[e.s-1].low
		e.s--
	} else if !e.own && e.typ == DurationType && e.s > sc.end && e.s > 0 && (signals[t[e.s-1].low]) {
		e.s--
	}
	if e.s < sc.end {
		e.s = sc.end
	}
	tx := Timex{Start: t[e.s].s, End: t[e.e-1].e, Relative: e.rel}
	tx.Text = sc.s[tx.Start:tx.End]
	tml := e.tml
	if tml == "" {
		tml = e.c.timeML()
	}
	tx.TIMEX3 = TIMEX3{Start: t[e.cs].s, End: t[e.ce-1].e, Type: e.typ, Value: tml, Mod: e.mod}
	if e.c.ok() {
		var v string
		var g Granularity
		switch {
		// The TIMEX3 value already spells these; spare the allocation.
		case e.tml == "" && tml != "" && (e.c.g == gYear || e.c.g == gMonth || e.c.g == gDay || e.c.g == gDecade):
			v, g = tml, Day
			switch e.c.g {
			case gYear:
				g = Year
			case gMonth:
				g = Month
			case gDecade:
				g = Decade
			}
		case e.tml == "" && len(tml) > 10 && e.c.g == gPart:
			v, g = tml[:10], Day
		default:
			v, g = e.c.event()
		}
		tx.Value, tx.Granularity = v, g
		if e.typ != DurationType && v != "" {
			tx.Value, tx.Granularity = interval(sig, v, g)
			if tx.Value != v {
				tx.point, tx.pointGran = v, g
			}
		}
	} else {
		switch e.typ {
		case DurationType:
			tx.Granularity = Duration
		case SetType:
			tx.Granularity = Set
		}
	}
	p := placed{c: e.c, s: e.s, e: e.e, clock: e.clock, zoned: e.zoned}
	if e.clock && e.c.ok() {
		sc.pairClock(&p, &tx, e)
	}
	if p.c.ok() {
		sc.r.ref = p.c
		sc.last = len(sc.out)
	}
	sc.out = append(sc.out, tx)
	sc.info = append(sc.info, p)
	sc.end = e.e
}

// possessive reports whether the tokens at k are "'s".
func possessive(s string, t []token, k int) bool {
	return k+1 < len(t) && (t[k].low == "'" || t[k].low == "’") && t[k+1].low == "s" && !t[k].sp && !t[k+1].sp
}

// interval turns a date into the interval its preposition makes of it:
// "since 2006" is 2006/.., "until June" and "by June" are ../2024-06.
func interval(sig, v string, g Granularity) (string, Granularity) {
	first, last := v, v
	if a, b, ok := strings.Cut(v, "/"); ok {
		first, last = a, b
	}
	switch sig {
	case "since", "after":
		return first + "/..", Interval
	case "until", "till", "before", "by", "through":
		return "../" + last, Interval
	}
	return v, g
}

// pairClock resolves a time written with its conversion in brackets,
// "around 2am (7pm GMT Wednesday)": both are the same instant, and the
// difference gives the local clock's offset, which then places the
// unzoned times of the rest of the sentence.
func (sc *scanner) pairClock(p *placed, tx *Timex, e expr) {
	k := len(sc.out) - 1
	if k < 0 || !sc.info[k].clock || !sc.info[k].c.ok() {
		return
	}
	prev := sc.info[k]
	// Only "(" between them, or a comma: "2am, 7pm GMT".
	between := e.cs - prev.e
	if between != 1 || (sc.w(prev.e) != "(" && sc.w(prev.e) != ",") {
		return
	}
	var zoned, local *placed
	var localTx *Timex
	switch {
	case p.zoned && !prev.zoned:
		zoned, local, localTx = p, &sc.info[k], &sc.out[k]
	case prev.zoned && !p.zoned:
		zoned, local, localTx = &sc.info[k], p, tx
	default:
		return
	}
	z, l := zoned.c, local.c
	utc := z.start().Add(-minutes(z.off))
	diff := (l.hh*60 + l.mi) - (utc.Hour()*60 + utc.Minute())
	diff = ((diff+720)%1440+1440)%1440 - 720
	lt := utc.Add(minutes(diff))
	nl := at(lt, gMinute)
	nl.zoned, nl.off = true, diff
	local.c = nl
	localTx.TIMEX3.Value = nl.timeML()
	localTx.Value, localTx.Granularity = nl.event()
	sc.local.set, sc.local.off, sc.local.day = true, diff, at(lt, gDay)
}
