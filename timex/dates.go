package timex

import (
	"strconv"
	"strings"
)

// yearAt returns the year written at token i: four digits from 1000 to
// 2199 that do not read as a count, an amount or part of a number.
func (sc *scanner) yearAt(i int) (int, bool) { return sc.yearAfter(i, false) }

// yearAfter is yearAt; dated is set when a month or day comes just before
// ("June 12, 2024 takes effect"), which makes it a year whatever follows.
func (sc *scanner) yearAfter(i int, dated bool) (int, bool) {
	if i < 0 || i >= len(sc.t) {
		return 0, false
	}
	tk := sc.t[i]
	if tk.kind != tokNum || tk.e-tk.s != 4 || tk.num < 1000 || tk.num > 2199 {
		return 0, false
	}
	if i > 0 && sc.touches(i) {
		switch sc.w(i - 1) {
		case "$", "€", "£", "¥", "#", "+", ".", ",", ":", "/":
			return 0, false
		}
	}
	if numberedThing[sc.w(i-1)] {
		return 0, false // "Resolution 1701", "Flight 1549"
	}
	if n := i + 1; n < len(sc.t) && sc.touches(n) {
		switch sc.w(n) {
		case "%", ":":
			return 0, false
		case ".", ",", "/":
			if n+1 < len(sc.t) && sc.touches(n+1) && sc.t[n+1].kind == tokNum {
				return 0, false
			}
		case "-", "–":
			if n+1 < len(sc.t) && sc.touches(n+1) && sc.t[n+1].kind == tokWord {
				return 0, false
			}
		}
	}
	// "2000 troops": a count, unless a preposition says it is a year.
	if n := i + 1; n < len(sc.t) && !dated {
		nx := sc.t[n]
		if nx.kind == tokWord && !nx.cap && looksPlural(nx.low) && !yearPrep[sc.w(i-1)] {
			return 0, false
		}
		if nx.kind == tokWord && (nx.low == "million" || nx.low == "billion" || nx.low == "thousand" ||
			nx.low == "percent" || nx.low == "per") {
			return 0, false
		}
	}
	return tk.num, true
}

// numberedThing are nouns a four-digit number after which is a name,
// not a year.
var numberedThing = setOf("resolution", "resolutions", "flight", "route", "article", "section", "chapter",
	"room", "number", "no", "highway", "bus", "code", "model", "item", "paragraph", "clause", "decree",
	"bill", "case", "apartment", "page", "pages", "volume", "vol", "unit", "platform", "gate", "exit",
	"line", "tu", "su", "boeing", "airbus", "iso", "channel", "cell", "block", "lot", "plot", "pin")

var notPluralNoun = setOf("was", "is", "has", "as", "this", "its", "his", "hers", "ours", "theirs", "thus",
	"towards", "unless", "whereas", "besides", "plus", "minus", "across", "always", "perhaps", "afterwards",
	"sometimes", "elections", "polls", "games", "olympics", "talks", "protests")

// looksPlural reports whether w reads as a plural noun ("troops", not
// "analysis", "status" or "was").
func looksPlural(w string) bool {
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || notPluralNoun[w] {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
}

var yearPrep = setOf("in", "since", "by", "until", "till", "from", "during", "before", "after", "of",
	"through", "to", "between", "and", "or", "year", "fiscal", "early", "late", "mid", "-", "–", "around")

// dayAt returns a day of the month written at token i ("19", "19th").
func (sc *scanner) dayAt(i int) (int, int, bool) {
	if i < 0 || i >= len(sc.t) {
		return 0, 0, false
	}
	tk := sc.t[i]
	switch tk.kind {
	case tokNum:
		if tk.e-tk.s <= 2 && tk.num >= 1 && tk.num <= 31 {
			if n := i + 1; n < len(sc.t) && sc.touches(n) {
				switch sc.w(n) {
				case ":", "%":
					return 0, 0, false
				case ".", "/", ",":
					if n+1 < len(sc.t) && sc.touches(n+1) && sc.t[n+1].kind == tokNum {
						return 0, 0, false
					}
				}
			}
			return tk.num, i + 1, true
		}
	case tokAlnum:
		w := tk.low
		if len(w) >= 3 && len(w) <= 4 {
			suf := w[len(w)-2:]
			if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
				if d, err := strconv.Atoi(w[:len(w)-2]); err == nil && d >= 1 && d <= 31 {
					return d, i + 1, true
				}
			}
		}
	}
	return 0, 0, false
}

// monthAt returns the month named at token i, with an abbreviation's
// full stop.
func (sc *scanner) monthAt(i int) (int, int, bool) {
	if i < 0 || i >= len(sc.t) {
		return 0, 0, false
	}
	tk := sc.t[i]
	if tk.lex.k != lMonth || !tk.cap {
		return 0, 0, false
	}
	j := i + 1
	if tk.lex.abbr && sc.w(j) == "." && sc.touches(j) {
		j++
	}
	return tk.lex.v, j, true
}

// number reads a count at token j: digits, number words ("twenty-four",
// "a", "a couple of", "a dozen") or a vague one ("several", "a few").
func (sc *scanner) number(j int) (n int, vague bool, next int, ok bool) {
	if j < 0 || j >= len(sc.t) {
		return 0, false, j, false
	}
	tk := sc.t[j]
	switch {
	case tk.kind == tokNum:
		if tk.num < 0 || tk.num > 100000 {
			return 0, false, j, false
		}
		if k := j + 1; k+1 < len(sc.t) && sc.touches(k) && sc.touches(k+1) && sc.t[k+1].kind == tokNum {
			switch sc.w(k) {
			case ".", ":", "/":
				return 0, false, j, false
			case ",":
				if sc.t[k+1].e-sc.t[k+1].s == 3 && tk.e-tk.s <= 3 {
					return tk.num*1000 + sc.t[k+1].num, false, k + 2, true
				}
				return 0, false, j, false
			}
		}
		return tk.num, false, j + 1, true
	case tk.lex.k == lNumber:
		v, k := tk.lex.v, j+1
		switch tk.low {
		case "a", "an":
			switch sc.w(k) {
			case "few":
				return 0, true, k + 1, true
			case "couple":
				if sc.w(k+1) == "of" {
					return 2, false, k + 2, true
				}
				return 2, false, k + 1, true
			case "dozen":
				return 12, false, k + 1, true
			case "hundred":
				return 100, false, k + 1, true
			case "half":
				return 0, false, j, false
			}
			return 1, false, k, true
		}
		if v >= 20 && v < 100 && v%10 == 0 {
			h := k
			if sc.w(h) == "-" && sc.touches(h) {
				h++
			}
			if l := sc.lx(h); l.k == lNumber && l.v >= 1 && l.v <= 9 && sc.t[h].low != "a" && sc.t[h].low != "an" {
				v += l.v
				k = h + 1
			}
		}
		if sc.w(k) == "hundred" && v < 100 {
			v *= 100
			k++
		}
		return v, false, k, true
	case tk.lex.k == lVague:
		k := j + 1
		switch tk.low {
		case "couple":
			return 0, false, j, false
		case "dozens", "hundreds":
			if sc.w(k) != "of" {
				return 0, false, j, false
			}
			k++
		}
		return 0, true, k, true
	}
	return 0, false, j, false
}

// weekday reads "Thursday", "last Tuesday", "Wednesday evening",
// "Wednesday, June 19".
func (sc *scanner) weekday(i int) (expr, bool) {
	j := i
	shift, hasShift := 0, false
	if l := sc.lx(j); l.k == lShift {
		switch sc.w(j) {
		case "last", "next", "this", "past", "coming":
		default:
			return expr{}, false
		}
		shift, hasShift = l.v, true
		j++
		if sc.w(i) == "this" && (sc.w(j) == "past" || sc.w(j) == "coming") {
			shift = sc.lx(j).v
			j++
		}
	}
	if sc.lx(j).k != lWeekday || !sc.t[j].cap {
		return expr{}, false
	}
	if !hasShift {
		if weekdayNamePrefix[sc.w(j-1)] && sc.capWord(j-1) {
			return expr{}, false
		}
		if n := j + 1; sc.capWord(n) && weekdayNameSuffix[sc.w(n)] {
			return expr{}, false
		}
	}
	wd := sc.lx(j).v
	j++
	if !hasShift {
		// "Wednesday, June 19, 2024", "Wednesday 19 June"
		k := j
		if sc.w(k) == "," {
			k++
		}
		if e, ok := sc.month(k); ok && e.c.g == gDay {
			e.cs = i
			return e, true
		}
		if e, ok := sc.dayMonth(k); ok && e.c.g == gDay {
			e.cs = i
			return e, true
		}
	}
	c := sc.weekdayCal(wd, shift, hasShift, sc.tense(i, j))
	typ := DateType
	if l := sc.lx(j); l.k == lPart {
		if sc.t[j].cap && sc.capWord(j+1) {
			return expr{}, false // "Fox News' Sunday Morning Futures"
		}
		c.g, c.idx = gPart, l.v
		typ = TimeType
		j++
	}
	return expr{cs: i, ce: j, typ: typ, c: c, rel: true}, true
}

var weekdayNamePrefix = setOf("good", "black", "bloody", "super", "ash", "palm", "holy", "cyber", "easter", "maundy")
var weekdayNameSuffix = setOf("times", "telegraph", "express", "mirror", "post", "mail", "herald", "star",
	"sport", "people", "independent", "tribune", "agreement", "accord")

// weekdayCal places weekday wd (Monday 1) for the tense or shift: the
// publication weekday itself is today, a past one the most recent, a
// future one the next, and without a cue the nearest.
func (sc *scanner) weekdayCal(wd, shift int, hasShift bool, te tense) cal {
	today := sc.r.today
	if !today.ok() {
		return cal{}
	}
	cur := int(today.start().Weekday()+6)%7 + 1
	d := wd - cur
	switch {
	case hasShift && shift < 0:
		if d >= 0 {
			d -= 7
		}
	case hasShift && shift > 0:
		if d <= 0 {
			d += 7
		}
	case hasShift:
	case te == tensePast:
		if d > 0 {
			d -= 7
		}
	case te == tenseFuture:
		if d < 0 {
			d += 7
		}
	default:
		if d > 3 {
			d -= 7
		} else if d < -3 {
			d += 7
		}
	}
	return today.add(d, gDay)
}

// month reads a date led by its month: "June 19, 2024", "Jun. 19",
// "June 2024", "in September".
func (sc *scanner) month(i int) (expr, bool) {
	m, j, ok := sc.monthAt(i)
	if !ok {
		return expr{}, false
	}
	if d, k, ok := sc.dayAt(j); ok {
		// A day range ("June 19-20") keeps its first day.
		return sc.finishDay(i, k, m, d)
	}
	k := j
	if sc.w(k) == "of" || sc.w(k) == "," {
		k++
	}
	if y, ok := sc.yearAfter(k, true); ok {
		return expr{cs: i, ce: k + 1, typ: DateType, c: cal{g: gMonth, y: y, m: m}}, true
	}
	if y, k, ok := sc.relYear(j); ok {
		return expr{cs: i, ce: k, typ: DateType, c: cal{g: gMonth, y: y, m: m}, rel: true}, true
	}
	if !sc.monthAlone(i, j) {
		return expr{}, false
	}
	c := sc.pick(func(y int) cal { return cal{g: gMonth, y: y, m: m} }, sc.tense(i, j), 0, false)
	return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
}

// relYear reads "last year", "this year", "next year" after a month or a
// day ("in April last year"): the year and the token after it.
func (sc *scanner) relYear(j int) (int, int, bool) {
	if j+1 >= len(sc.t) || sc.w(j+1) != "year" || !sc.r.today.ok() {
		return 0, j, false
	}
	switch sc.w(j) {
	case "last", "this", "next":
		return sc.r.today.y + sc.lx(j).v, j + 2, true
	}
	return 0, j, false
}

func dayCal(y, m, d int) cal {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, monthOf(m)) {
		return cal{}
	}
	return cal{g: gDay, y: y, m: m, d: d}
}

func (sc *scanner) fullDate(i, j, y, m, d int) (expr, bool) {
	c := dayCal(y, m, d)
	if !c.ok() {
		return expr{}, false
	}
	return expr{cs: i, ce: j, typ: DateType, c: c}, true
}

// monthAlone reports whether a month name standing alone at i (ending
// before j) is a month and not a name ("April Ryan") or the modal "May".
func (sc *scanner) monthAlone(i, j int) bool {
	tk := sc.t[i]
	if tk.lex.abbr {
		return false
	}
	prev := sc.w(i - 1)
	prepped := monthPrep[prev]
	if sc.capWord(j) && sc.lx(j).k != lMonth && sc.lx(j).k != lWeekday && !prepped {
		return false
	}
	if (tk.lex.v == 5 || tk.lex.v == 3) && !prepped {
		// Bare "May" and "March" are far more often a verb or a noun.
		return false
	}
	if prev == "the" && sc.w(j) != "of" {
		return false
	}
	return true
}

var monthPrep = setOf("in", "since", "by", "until", "till", "from", "during", "before", "after", "of",
	"through", "to", "between", "and", "or", "early", "late", "mid", "-", "last", "next", "this", "since",
	"throughout", "on", "until", "end", "beginning", "start", "middle", "around", "for", "than")

// dayMonth reads a date led by its day: "19 June 2024", "the 19th of June".
func (sc *scanner) dayMonth(i int) (expr, bool) {
	j := i
	the := sc.w(j) == "the"
	if the {
		j++
	}
	d, k, ok := sc.dayAt(j)
	if !ok && the {
		if l := sc.lx(j); l.k == lOrdinal && l.v <= 31 {
			d, k, ok = l.v, j+1, true
		}
	}
	if !ok {
		return expr{}, false
	}
	if sc.w(k) == "of" {
		k++
	}
	m, k2, ok := sc.monthAt(k)
	if !ok {
		return expr{}, false
	}
	return sc.finishDay(i, k2, m, d)
}

// finishDay completes a date whose month m and day d end before token k
// ("June 19", "19 June"): with the year that follows, with a relative year
// ("this year"), or with the year the tense picks.
func (sc *scanner) finishDay(i, k, m, d int) (expr, bool) {
	kk := k
	if sc.w(kk) == "," {
		kk++
	}
	if y, ok := sc.yearAfter(kk, true); ok {
		return sc.fullDate(i, kk+1, y, m, d)
	}
	if y, k2, ok := sc.relYear(k); ok {
		if c := dayCal(y, m, d); c.ok() {
			return expr{cs: i, ce: k2, typ: DateType, c: c, rel: true}, true
		}
	}
	c := sc.pickDay(m, d, sc.tense(i, k))
	if c.g == gNone && sc.r.today.ok() {
		return expr{}, false
	}
	return expr{cs: i, ce: k, typ: DateType, c: c, rel: true}, true
}

// iso reads "2024-06-19", and day/month/year with slashes only when the
// order is not in doubt ("19/06/2024"; "06/07/2024" is left alone).
func (sc *scanner) iso(i int) (expr, bool) {
	t := sc.t
	if i+4 >= len(t) || t[i].kind != tokNum {
		return expr{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !sc.touches(k) {
			return expr{}, false
		}
	}
	sep := t[i+1].low
	a, b, c := t[i], t[i+2], t[i+4]
	if sep == "-" && c.kind == tokAlnum && len(c.low) > 2 && c.low[2] == 't' {
		// "2024-06-19T10:00:00Z": the date part.
		c.kind, c.e = tokNum, c.s+2
		c.num = int(c.low[0]-'0')*10 + int(c.low[1]-'0')
	}
	if t[i+3].low != sep || b.kind != tokNum || c.kind != tokNum || (sep != "-" && sep != "/" && sep != ".") {
		return expr{}, false
	}
	var y, m, d int
	switch {
	case sep == "-" && a.e-a.s == 4 && b.e-b.s == 2 && c.e-c.s == 2:
		y, m, d = a.num, b.num, c.num
	case sep != "-" && c.e-c.s == 4 && a.e-a.s <= 2 && b.e-b.s <= 2:
		y = c.num
		switch {
		case a.num > 12 && b.num <= 12:
			d, m = a.num, b.num
		case b.num > 12 && a.num <= 12:
			m, d = a.num, b.num
		default:
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	if y < 1000 || y > 2199 {
		return expr{}, false
	}
	return sc.fullDate(i, i+5, y, m, d)
}

// year reads "2022", "fiscal 2024", "the year 2024", and the second year
// of a range ("1957-58").
func (sc *scanner) year(i int) (expr, bool) {
	j := i
	switch sc.w(j) {
	case "fiscal":
		j++
		if sc.w(j) == "year" {
			j++
		}
	case "the":
		if sc.w(j+1) != "year" {
			return expr{}, false
		}
		j += 2
	}
	if y, ok := sc.yearAt(j); ok {
		return expr{cs: i, ce: j + 1, typ: DateType, c: cal{g: gYear, y: y}}, true
	}
	// "1957-58", "2009–10": the short second year of a range.
	tk := sc.t[i]
	if i >= 2 && j == i && tk.kind == tokNum && tk.e-tk.s == 2 && sc.touches(i) && sc.touches(i-1) &&
		(sc.w(i-1) == "-" || sc.w(i-1) == "–" || sc.w(i-1) == "/") {
		if y0, ok := sc.yearAt(i - 2); ok {
			y := y0/100*100 + tk.num
			if y > y0 && y-y0 < 20 {
				return expr{cs: i, ce: i + 1, typ: DateType, c: cal{g: gYear, y: y}}, true
			}
		}
	}
	if tk.kind == tokAlnum && strings.HasPrefix(tk.low, "fy") && len(tk.low) == 6 {
		if y, err := strconv.Atoi(tk.low[2:]); err == nil && y >= 1900 && y <= 2199 {
			return expr{cs: i, ce: i + 1, typ: DateType, c: cal{g: gYear, y: y}}, true
		}
	}
	return expr{}, false
}

// decade reads "the 1950s", "1990s", "the ’90s", "the nineties".
func (sc *scanner) decade(i int) (expr, bool) {
	j := i
	if sc.w(j) == "the" {
		j++
	}
	tk := func(k int) token {
		if k < len(sc.t) {
			return sc.t[k]
		}
		return token{}
	}
	switch {
	case tk(j).kind == tokAlnum && len(tk(j).low) == 5 && tk(j).low[4] == 's':
		if y, err := strconv.Atoi(tk(j).low[:4]); err == nil && y%10 == 0 && y >= 1000 && y <= 2190 {
			return expr{cs: i, ce: j + 1, typ: DateType, c: cal{g: gDecade, y: y}}, true
		}
	case tk(j).kind == tokNum && tk(j).e-tk(j).s == 4 && tk(j).num%10 == 0 && tk(j).num >= 1000 && tk(j).num <= 2190 &&
		(tk(j+1).low == "'" || tk(j+1).low == "’") && tk(j+2).low == "s" && sc.touches(j+1) && sc.touches(j+2):
		return expr{cs: i, ce: j + 3, typ: DateType, c: cal{g: gDecade, y: tk(j).num}}, true
	case (tk(j).low == "'" || tk(j).low == "’") && tk(j+1).kind == tokAlnum && len(tk(j+1).low) == 3 &&
		tk(j + 1).low[2] == 's' && sc.touches(j+1):
		if n, err := strconv.Atoi(tk(j + 1).low[:2]); err == nil && n%10 == 0 {
			y := 1900 + n
			if n < 30 {
				y = 2000 + n
			}
			return expr{cs: i, ce: j + 2, typ: DateType, c: cal{g: gDecade, y: y}}, true
		}
	case j > i && tk(j).lex.k == lDecadeWord:
		return expr{cs: i, ce: j + 1, typ: DateType, c: cal{g: gDecade, y: 1900 + tk(j).lex.v}}, true
	}
	return expr{}, false
}

// century reads "the 20th century", "twenty-first-century".
func (sc *scanner) century(i int) (expr, bool) {
	j := i
	if sc.w(j) == "the" {
		j++
	}
	n := 0
	if d, k, ok := sc.dayAt(j); ok && sc.t[j].kind == tokAlnum {
		n, j = d, k
	} else if l := sc.lx(j); l.k == lOrdinal {
		n, j = l.v, j+1
	} else if l.k == lNumber && l.v == 20 && sc.w(j+1) == "-" && sc.lx(j+2).k == lOrdinal && sc.lx(j+2).v < 10 {
		n, j = 20+sc.lx(j+2).v, j+3
	} else {
		return expr{}, false
	}
	if sc.w(j) == "-" && sc.touches(j) {
		j++
	}
	if sc.w(j) != "century" || n < 1 || n > 22 {
		return expr{}, false
	}
	return expr{cs: i, ce: j + 1, typ: DateType, c: cal{g: gCentury, y: (n - 1) * 100}}, true
}

// relDay reads "yesterday", "today", "tomorrow", "tonight", with a part
// of the day ("yesterday morning"), and "the day before yesterday".
func (sc *scanner) relDay(i int) (expr, bool) {
	today := sc.r.today
	if sc.w(i) == "the" {
		if sc.w(i+1) == "day" && (sc.w(i+2) == "before" && sc.w(i+3) == "yesterday" || sc.w(i+2) == "after" && sc.w(i+3) == "tomorrow") {
			n := -2
			if sc.w(i+3) == "tomorrow" {
				n = 2
			}
			return expr{cs: i, ce: i + 4, typ: DateType, c: today.add(n, gDay), rel: true}, true
		}
		return expr{}, false
	}
	tk := sc.t[i]
	if tk.cap && i > 0 && sc.capWord(i-1) {
		return expr{}, false // "Russia Today", "USA Today"
	}
	j := i + 1
	c := today.add(tk.lex.v, gDay)
	typ := DateType
	part := 0
	if tk.low == "tonight" {
		part = 4
	} else if l := sc.lx(j); l.k == lPart {
		part = l.v
		j++
	}
	if part > 0 {
		c.g, c.idx = gPart, part
		typ = TimeType
	} else if tk.low == "today" {
		// "Today we fight together…": the present, not the day.
		te := sc.tense(i, j)
		if te != tensePast && te != tenseFuture && (sc.clauseStart(i) || sc.w(i-1) == "of") {
			return expr{cs: i, ce: j, typ: DateType, tml: "PRESENT_REF"}, true
		}
	}
	return expr{cs: i, ce: j, typ: typ, c: c, rel: true}, true
}

// shift reads a unit, month, season or part of the day counted from
// today ("next month", "last week", "this year", "last May", "last
// night") or from the running reference ("the following day", "the
// previous week").
func (sc *scanner) shift(i int) (expr, bool) {
	j := i
	the := sc.w(j) == "the"
	if the {
		j++
	}
	l := sc.lx(j)
	if l.k != lShift {
		return expr{}, false
	}
	sw := sc.w(j)
	shift := l.v
	j++
	if sw == "this" && !the && (sc.w(j) == "past" || sc.w(j) == "coming") {
		// "this past weekend", "this coming year"
		sw, shift = "last", sc.lx(j).v
		if shift > 0 {
			sw = "next"
		}
		j++
	}
	if sc.w(j) == "fiscal" && sc.w(j+1) == "year" && !the {
		e, ok := sc.fromToday(i, j+2, shift, gYear)
		e.mod = "APPROX"
		return e, ok
	}
	nx := sc.lx(j)
	switch nx.k {
	case lUnit:
		if nx.plural || sc.t[j].cap && !isUpperWord(sc.s[sc.t[j].s:sc.t[j].e]) {
			return expr{}, false // "ABC's This Week": a title
		}
		g := grain(nx.v)
		if sc.w(j) == "fortnight" {
			return expr{}, false
		}
		j++
		if sw == "prior" {
			sw = "previous"
		}
		if the || sw == "previous" || sw == "following" {
			if the && spanPrep[sc.w(i-1)] && g != gDay {
				return expr{}, false // "over the following decade": a duration
			}
			switch {
			case sw == "previous":
				return sc.anchored(i, j, -1, g)
			case sw == "following" || sw == "next" && g == gDay:
				return sc.anchored(i, j, 1, g)
			case sw == "current":
				return sc.fromToday(i, j, 0, g)
			}
			return expr{}, false // "the past week": a duration
		}
		if sw == "past" || g == gDay || g == gHour || g == gMinute {
			return expr{}, false
		}
		return sc.fromToday(i, j, shift, g)
	case lMonth:
		if the || !sc.t[j].cap || sw == "past" || sw == "previous" || sw == "prior" || sw == "following" {
			return expr{}, false
		}
		m := nx.v
		j++
		if nx.abbr && sc.w(j) == "." {
			j++
		}
		c := sc.pick(func(y int) cal { return cal{g: gMonth, y: y, m: m} }, tenseNone, shift, true)
		return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
	case lSeason:
		if the || sw == "past" || sw == "previous" || sw == "prior" || sw == "following" {
			return expr{}, false
		}
		s := nx.v
		j++
		c := sc.pick(func(y int) cal { return cal{g: gSeason, y: y, idx: s} }, tenseNone, shift, true)
		return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
	case lPart:
		if the {
			return expr{}, false
		}
		part := nx.v
		j++
		switch {
		case sw == "this":
			c := sc.r.today
			c.g, c.idx = gPart, part
			if !sc.r.today.ok() {
				c = cal{}
			}
			return expr{cs: i, ce: j, typ: TimeType, c: c, rel: true}, true
		case sw == "last" && part == 4:
			c := sc.r.today.add(-1, gDay)
			c.g, c.idx = gPart, part
			if !sc.r.today.ok() {
				c = cal{}
			}
			return expr{cs: i, ce: j, typ: TimeType, c: c, rel: true}, true
		}
	}
	return expr{}, false
}

// weekend reads "the weekend": the one before today in the past tense,
// else the coming one (today's, on a Saturday or Sunday).
func (sc *scanner) weekend(i int) (expr, bool) {
	if sc.w(i) != "the" || sc.w(i+1) != "weekend" || sc.t[i+1].cap {
		return expr{}, false
	}
	today := sc.r.today
	var c cal
	if today.ok() {
		wd := int(today.start().Weekday()+6) % 7 // Monday 0
		c = today.truncate(gWeek)
		if wd < 5 && sc.tense(i, i+2) == tensePast {
			c = c.add(-1, gWeek)
		}
		c.g = gWeekend
	}
	return expr{cs: i, ce: i + 2, typ: DateType, c: c, rel: true}, true
}

// holiday reads a holiday on a fixed day: "Christmas", "Christmas Eve",
// "New Year's Day", "Valentine's Day", "Bastille Day", "Victory Day"
// (9 May, as Russia keeps it). Its year is found as a written day's is.
func (sc *scanner) holiday(i int) (expr, bool) {
	md, j := 0, i+1
	poss := func(k int) int { // past "'s"
		if possessive(sc.s, sc.t, k) {
			return k + 2
		}
		return k
	}
	day := func(k int) bool { return sc.w(k) == "day" && sc.t[k].cap }
	switch sc.w(i) {
	case "christmas", "halloween":
		md = sc.t[i].lex.v
		if md == 1225 && sc.w(j) == "eve" && sc.t[j].cap {
			md, j = 1224, j+1
		} else if md == 1225 && day(j) {
			j++
		}
	case "new":
		k := poss(j + 1)
		if sc.w(j) != "year" || !sc.t[j].cap || k == j+1 {
			return expr{}, false
		}
		switch {
		case day(k):
			md, j = 101, k+1
		case sc.w(k) == "eve" && sc.t[k].cap:
			md, j = 1231, k+1
		default:
			return expr{}, false
		}
	case "valentine", "boxing", "bastille", "victory":
		k := j
		if sc.w(i) == "valentine" {
			k = poss(j)
		}
		if !day(k) {
			return expr{}, false
		}
		md, j = map[string]int{"valentine": 214, "boxing": 1226, "bastille": 714, "victory": 509}[sc.w(i)], k+1
	}
	if md == 0 || !sc.t[i].cap {
		return expr{}, false
	}
	c := sc.pickDay(md/100, md%100, sc.tense(i, j))
	return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
}

// fromToday is the unit g containing today, moved by n.
func (sc *scanner) fromToday(i, j, n int, g grain) (expr, bool) {
	today := sc.r.today
	var c cal
	if today.ok() {
		c = today.truncate(g).add(n, g)
		if g == gWeekend {
			c = today.truncate(gWeek).add(n, gWeek)
			c.g = gWeekend
		}
	}
	return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
}

// anchored is the unit g of the running reference, moved by n.
func (sc *scanner) anchored(i, j, n int, g grain) (expr, bool) {
	var c cal
	if ref := sc.r.ref; ref.ok() {
		c = ref.truncate(coarser(ref.g, g))
		if c.g == gWeek && g == gWeek && ref.g >= gDay {
			c = ref
		}
		c = c.add(n, g)
	}
	return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
}

// anaphor reads "that day", "the same week", "the day before".
func (sc *scanner) anaphor(i int) (expr, bool) {
	j := i
	switch sc.w(j) {
	case "that":
		j++
	case "the":
		if sc.w(j+1) == "same" {
			j += 2
		} else if sc.w(j+1) == "day" && (sc.w(j+2) == "before" || sc.w(j+2) == "after") {
			// Only when nothing follows: "the day before the vote" is
			// relative to the vote, not to the last date.
			if k := j + 3; k < len(sc.t) && !sc.isPunct(k) {
				return expr{}, false
			}
			n := -1
			if sc.w(j+2) == "after" {
				n = 1
			}
			return sc.anchored(i, j+3, n, gDay)
		} else {
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	l := sc.lx(j)
	switch {
	case l.k == lUnit && !l.plural && grain(l.v) >= gYear && grain(l.v) <= gDay && sc.w(j) != "fortnight":
		return sc.anchored(i, j+1, 0, grain(l.v))
	case l.k == lPart && sc.w(i) == "that":
		e, _ := sc.anchored(i, j+1, 0, gDay)
		if e.c.ok() {
			e.c.g, e.c.idx = gPart, l.v
		}
		e.typ = TimeType
		return e, true
	}
	return expr{}, false
}

// season reads "the summer of 2023", "summer 2023", "in the spring".
func (sc *scanner) season(i int) (expr, bool) {
	j := i
	lead := sc.w(j)
	if lead == "in" || lead == "during" {
		if sc.w(j+1) != "the" {
			return expr{}, false
		}
		j++
	}
	the := sc.w(j) == "the"
	if the {
		j++
	}
	l := sc.lx(j)
	if l.k != lSeason || sc.t[j].cap && j > 0 && sc.capWord(j-1) {
		return expr{}, false
	}
	s := l.v
	k := j + 1
	if sc.w(k) == "of" {
		k++
	}
	if y, ok := sc.yearAt(k); ok {
		return expr{cs: sc.first(i, the, j), ce: k + 1, typ: DateType, c: cal{g: gSeason, y: y, idx: s}}, true
	}
	if !the || sc.w(j) == "fall" {
		return expr{}, false
	}
	c := sc.pick(func(y int) cal { return cal{g: gSeason, y: y, idx: s} }, sc.tense(i, j+1), 0, false)
	return expr{cs: sc.first(i, the, j), ce: j + 1, typ: DateType, c: c, rel: true}, true
}

// first is where a phrase begun at i with an optional preposition and
// "the" starts its TIMEX3 extent.
func (sc *scanner) first(i int, the bool, j int) int {
	if the {
		return j - 1
	}
	return j
}

// quarter reads "the first quarter", "the second half of 2023", "Q3 2024".
func (sc *scanner) quarter(i int) (expr, bool) {
	j := i
	if sc.w(j) == "the" {
		j++
	}
	if j >= len(sc.t) {
		return expr{}, false
	}
	n := 0
	g := gQuarter
	tk := sc.t[j]
	if tk.kind == tokAlnum && len(tk.low) == 2 && (tk.low[0] == 'q' || tk.low[0] == 'h') && tk.cap {
		n = int(tk.low[1] - '0')
		if tk.low[0] == 'h' {
			g = gHalf
		}
		j++
	} else {
		if d, k, ok := sc.dayAt(j); ok && tk.kind == tokAlnum && d <= 4 {
			n, j = d, k
		} else if l := sc.lx(j); l.k == lOrdinal && l.v <= 4 {
			n, j = l.v, j+1
		} else {
			return expr{}, false
		}
		if sc.w(j) == "-" && sc.touches(j) {
			j++
		}
		switch sc.w(j) {
		case "quarter":
		case "half":
			g = gHalf
		default:
			return expr{}, false
		}
		j++
	}
	if n < 1 || g == gQuarter && n > 4 || g == gHalf && n > 2 {
		return expr{}, false
	}
	mk := func(y int) cal { return cal{g: g, y: y, idx: n} }
	k := j
	if sc.w(k) == "of" {
		k++
	}
	if y, ok := sc.yearAt(k); ok {
		return expr{cs: i, ce: k + 1, typ: DateType, c: mk(y)}, true
	}
	if sc.w(j) == "of" {
		if l := sc.lx(k); l.k == lShift && sc.w(k+1) == "year" {
			var c cal
			if sc.r.today.ok() {
				c = mk(sc.r.today.y + l.v)
			}
			return expr{cs: i, ce: k + 2, typ: DateType, c: c, rel: true}, true
		}
		if sc.w(k) == "the" && sc.w(k+1) == "year" {
			var c cal
			if sc.r.today.ok() {
				c = mk(sc.r.today.y)
			}
			return expr{cs: i, ce: k + 2, typ: DateType, c: c, rel: true}, true
		}
	}
	if sc.w(i) != "the" && tk.kind != tokAlnum && sc.w(j-2) != "-" {
		return expr{}, false // "the first quarter", "Q1", "second-quarter profit"
	}
	c := sc.pick(mk, sc.tense(i, j), 0, false)
	return expr{cs: i, ce: j, typ: DateType, c: c, rel: true}, true
}

// pick chooses the year of a date written without one: for a shift
// ("last May", "next June", "this September") the one before, after or
// in the current year; for the past tense the most recent one, for the
// future the next one, and without a cue the nearest.
func (sc *scanner) pick(mk func(y int) cal, te tense, shift int, hasShift bool) cal {
	now := sc.r.today
	if !now.ok() {
		return cal{}
	}
	var best cal
	bestDist := int64(-1)
	for y := now.y - 1; y <= now.y+1; y++ {
		c := mk(y)
		if !c.ok() {
			continue
		}
		a, b := c.start(), now.truncate(c.g).start()
		cmp := a.Compare(b)
		dist := a.Sub(now.start()).Milliseconds()
		if dist < 0 {
			dist = -dist
		}
		take := false
		switch {
		case hasShift && shift < 0:
			take = cmp < 0 // the latest wins: later years overwrite
		case hasShift && shift > 0:
			take = cmp > 0 && best.g == gNone
		case hasShift:
			take = y == now.y
		case te == tensePast:
			take = cmp <= 0
		case te == tenseFuture:
			take = cmp >= 0 && best.g == gNone
		default:
			take = bestDist < 0 || dist < bestDist
		}
		if take {
			best, bestDist = c, dist
		}
	}
	return best
}

// pickDay chooses the year of a day written without one ("June 19",
// "April 7"). News names such days within months of writing, so the
// nearest wins; the tense only weighs in, counting a day on its wrong
// side as three times as far: "delayed the tariffs until April 2" in
// March is this April, "died on March 2" in April this March.
func (sc *scanner) pickDay(m, d int, te tense) cal {
	now := sc.r.today
	if !now.ok() {
		return cal{}
	}
	var best cal
	bestDist := int64(-1)
	for y := now.y - 1; y <= now.y+1; y++ {
		c := dayCal(y, m, d)
		if !c.ok() {
			continue
		}
		dist := int64(c.start().Sub(now.start()).Hours() / 24)
		switch {
		case dist < 0 && te == tenseFuture:
			dist = -3 * dist
		case dist < 0:
			dist = -dist
		case dist > 0 && te == tensePast:
			dist *= 3
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// modded reads a date with a position modifier: "early December", "late
// last year", "mid-June", "the end of 2023", "earlier this year".
func (sc *scanner) modded(i int) (expr, bool) {
	j := i
	mod := ""
	if sc.w(j) == "the" {
		switch sc.w(j + 1) {
		case "early", "late", "mid":
			j++
		case "end", "beginning", "start", "middle", "turn":
			if sc.w(j+2) != "of" {
				return expr{}, false
			}
			mod = map[string]string{"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "START"}[sc.w(j+1)]
			j += 3
			k := j
			if sc.w(k) == "the" {
				k++
			}
			if u := sc.lx(k); u.k == lUnit && !u.plural && sc.w(k+1) != "of" {
				// "the end of the year", "the end of year": the current one.
				g := grain(u.v)
				if g < gYear || g > gWeek {
					return expr{}, false
				}
				n := 0
				if g == gYear && mod == "END" && sc.r.today.ok() && sc.r.today.m < 12 && sc.tense(i, k+1) == tensePast {
					n = -1 // "peaked by the end of the year" in March: last year's
				}
				e, _ := sc.fromToday(j, k+1, n, g)
				e.cs, e.mod = i, mod
				return e, true
			}
		}
	}
	if mod == "" {
		switch sc.w(j) {
		case "early":
			mod = "START"
		case "late":
			mod = "END"
		case "mid":
			mod = "MID"
		case "earlier", "later":
			if l := sc.lx(j + 1); l.k != lShift || sc.w(j+1) != "this" && sc.w(j+1) != "last" && sc.w(j+1) != "next" {
				return expr{}, false
			}
			mod = "-"
		default:
			return expr{}, false
		}
		j++
		if sc.w(j) == "-" && sc.touches(j) {
			j++
		}
	}
	core, ok := sc.date(j)
	if !ok || core.typ != DateType {
		return expr{}, false
	}
	if mod == "-" {
		mod = ""
	}
	core.cs, core.s, core.mod = i, i, mod
	return core, true
}
