package timex

import (
	"strconv"
	"strings"
)

// approx reads an approximator before a number: "about", "almost",
// "more than", "at least", "up to", "a mere".
func (sc *scanner) approx(j int) (int, string) {
	switch sc.w(j) {
	case "about", "around", "approximately", "roughly", "some":
		return j + 1, "APPROX"
	case "nearly", "almost":
		return j + 1, "LESS_THAN"
	case "more":
		if sc.w(j+1) == "than" {
			return j + 2, "MORE_THAN"
		}
	case "less", "fewer":
		if sc.w(j+1) == "than" {
			return j + 2, "LESS_THAN"
		}
	case "at":
		switch sc.w(j + 1) {
		case "least":
			return j + 2, "EQUAL_OR_MORE"
		case "most":
			return j + 2, "EQUAL_OR_LESS"
		}
	case "up":
		if sc.w(j+1) == "to" {
			return j + 2, "EQUAL_OR_LESS"
		}
	case "a":
		if sc.w(j+1) == "mere" {
			return j + 2, ""
		}
	}
	return j, ""
}

// duration reads a length of time and what follows it: "24 years",
// "for decades", "the past two years", "a four-week", "three months
// later", "two days ago", "a day after", "in two weeks".
func (sc *scanner) duration(i int) (expr, bool) {
	j, mod := sc.approx(i)
	the := sc.w(j) == "the"
	if the {
		j++
	}
	shiftWord := ""
	if l := sc.lx(j); l.k == lShift || sc.w(j) == "first" && the {
		switch sc.w(j) {
		case "past", "last", "next", "coming", "following", "previous", "prior", "first":
			if !the && (sc.w(j+1) == "a" || sc.w(j+1) == "an" || sc.w(j+1) == "for") {
				return expr{}, false // "will last a few months": a verb
			}
			shiftWord = sc.w(j)
			j++
		default:
			return expr{}, false
		}
	}
	recent := false
	if sc.w(j) == "recent" && (the || shiftWord == "" && j == i) {
		recent = true
		j++
	}
	n, vague, k, hasNum := sc.number(j)
	if hasNum {
		j = k
	}
	hyphen := false
	if hasNum && sc.w(j) == "-" && sc.touches(j) && sc.touches(j+1) && sc.lx(j+1).k == lUnit {
		hyphen = true
		j++
	}
	l := sc.lx(j)
	if l.k != lUnit {
		// "12 to 18 months": the first count takes the unit of the second.
		if hasNum && !vague && (sc.w(j) == "to" || sc.w(j) == "-" || sc.w(j) == "–" || sc.w(j) == "and" || sc.w(j) == "or") {
			if _, v2, k2, ok := sc.number(j + 1); ok && !v2 {
				if u := sc.lx(k2); u.k == lUnit && u.plural {
					return expr{cs: i, ce: j, typ: DurationType, tml: durValue(n, false, grain(u.v), sc.w(k2)), mod: mod}, true
				}
			}
		}
		return expr{}, false
	}
	unitWord := sc.w(j)
	g := grain(l.v)
	j++
	if g == gQuarter && !l.plural && !hyphen && !relational[sc.w(j)] && !sc.isPunct(j) && j < len(sc.t) {
		return expr{}, false // "by a quarter point", "a quarter of the vote"
	}
	switch {
	case hyphen && l.plural:
		return expr{}, false
	case hyphen:
		if sc.w(j) == "-" && sc.w(j+1) == "old" || shiftWord != "" || recent {
			return expr{}, false
		}
		cs := i
		if the {
			cs = i + 1 // "the four-week course": the article is the course's
		}
		return expr{cs: cs, ce: j, typ: DurationType, tml: durValue(n, false, g, unitWord), mod: mod}, true
	case !hasNum && !recent && shiftWord == "":
		// A bare plural: "for decades", "years of war", "days before".
		if !l.plural || the || mod != "" || !bareUnitPrev[sc.w(i-1)] && !sc.clauseStart(i) && !relational[sc.w(j)] {
			return expr{}, false
		}
		vague = true
	case !hasNum && l.plural:
		vague = true
	case !hasNum:
		if recent || !the && shiftWord != "past" ||
			(shiftWord == "following" || shiftWord == "previous" || shiftWord == "prior") && !spanPrep[sc.w(i-1)] {
			return expr{}, false
		}
		n = 1
	case hasNum && !vague && n != 1 && !l.plural && sc.t[j-2].low != "a" && sc.t[j-2].low != "an",
		vague && !l.plural:
		return expr{}, false // "two year", "many weekend sporting events": a compound noun
	}
	if the && shiftWord == "" && !hasNum {
		return expr{}, false
	}
	if shiftWord == "first" && !the {
		return expr{}, false
	}
	// An age: "24 years old", "aged 60 years", "6 months and older".
	if sc.w(j) == "old" || sc.w(j) == "-" && sc.w(j+1) == "old" || ageWord[sc.w(i-1)] ||
		sc.w(j) == "and" && (sc.w(j+1) == "older" || sc.w(j+1) == "younger" || sc.w(j+1) == "over" || sc.w(j+1) == "under") {
		return expr{}, false
	}
	e := expr{cs: i, ce: j, typ: DurationType, tml: durValue(n, vague, g, unitWord), mod: mod}
	e.s, e.e = i, j
	// Count decades and centuries in years: "a decade later" from 1998
	// is 2008, not the 2000s.
	step, sg := n, g
	switch g {
	case gDecade:
		step, sg = 10*n, gYear
	case gCentury:
		step, sg = 100*n, gYear
	}
	if the || shiftWord != "" || recent {
		return e, true
	}
	// What follows the length says what it is.
	switch sc.w(j) {
	case "ago":
		e.ce, e.e = j+1, j+1
		e.typ, e.rel = DateType, true
		if vague {
			e.tml = "PAST_REF"
			return e, true
		}
		e.tml = ""
		base := sc.r.today
		if g >= gHour {
			base = sc.r.now
			if base.g < gHour {
				base = cal{}
			}
		}
		if base.ok() {
			e.c = base.truncate(sg).add(-step, sg)
		}
		return e, true
	case "later", "afterwards", "afterward", "earlier":
		if sc.w(j+1) == "than" {
			return e, true // "a month earlier than usual": a length
		}
		return sc.later(e, j, vague, sc.w(j) == "earlier", step, sg), true
	case "after", "before":
		if k := j + 1; k >= len(sc.t) || sc.isPunct(k) && sc.w(k) != "'" && sc.w(k) != "’" {
			// "…a year before." is "a year earlier".
			return sc.later(e, j, vague, sc.w(j) == "before", step, sg), true
		}
		// "…on Thursday, a day after signing": the signing is a day
		// before the date already named in the sentence.
		if vague || sc.w(i-1) == "for" || sc.w(i-1) == "within" || sc.w(i-1) == "over" {
			return e, true
		}
		if _, ok := sc.date(j + 1); ok {
			return e, true
		}
		e.e = j + 1
		e.own = true
		if sc.last >= 0 {
			d := -step
			if sc.w(j) == "before" {
				d = step
			}
			e.c, e.rel = sc.info[sc.last].c.add(d, sg), true
		}
		return e, true
	case "from", "hence":
		if sc.w(j) == "from" && sc.w(j+1) != "now" {
			return e, true
		}
		end := j + 1
		if sc.w(j) == "from" {
			end = j + 2
		}
		e.ce, e.e, e.typ, e.tml, e.rel = end, end, DateType, "", true
		if vague {
			e.tml = "FUTURE_REF"
		} else if sc.r.today.ok() {
			e.c = sc.r.today.add(step, sg)
		}
		return e, true
	}
	// "will decide in two weeks": a date; "the first visit in 24 years":
	// a length.
	if sc.w(i-1) == "in" && !vague && sc.r.today.ok() && sc.tense(i, j) == tenseFuture && !sc.extreme(i-1) {
		e.c, e.rel = sc.r.today.add(step, sg), true
	}
	return e, true
}

// extreme reports whether the noun phrase before token in (an "in")
// holds an ordinal or a superlative: "his first visit in 24 years", "the
// worst drought in a decade" measure how long since, whatever the tense.
func (sc *scanner) extreme(in int) bool {
	for k := in - 1; k >= 0 && k >= in-4; k-- {
		w := sc.w(k)
		switch {
		case w == "first" || w == "only" || w == "longest" || w == "biggest" || w == "highest" || w == "lowest" || w == "largest":
			return true
		case len(w) > 4 && strings.HasSuffix(w, "est") && !notSuperlative[w]:
			return true
		case sc.lx(k).k != 0 || !isWordToken(w):
			return false
		}
	}
	return false
}

// notSuperlative are words in -est that are not superlatives.
var notSuperlative = setOf("interest", "protest", "request", "contest", "arrest", "harvest", "forest", "invest",
	"suggest", "digest", "honest", "modest", "manifest", "conquest", "inquest", "behest", "bequest", "west",
	"southwest", "northwest", "midwest", "unrest", "test", "quest", "guest", "nest", "rest", "chest", "pest")

func isWordToken(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '\'' || r == '-') {
			return false
		}
	}
	return w != ""
}

// spanPrep are prepositions that make "the following decade" a length.
var spanPrep = setOf("over", "during", "for", "within", "throughout")

// later makes a length followed at j by "later" or "earlier" a date
// counted from the running reference: "three months later" (TimeML marks
// the whole as a DATE, as HeidelTime does). A vague one ("days later")
// stays a length.
func (sc *scanner) later(e expr, j int, vague, back bool, step int, g grain) expr {
	e.e = j + 1
	e.own = true
	if vague {
		return e
	}
	e.ce, e.typ, e.tml, e.rel = j+1, DateType, "", true
	if sc.r.ref.ok() {
		if back {
			step = -step
		}
		e.c = sc.r.ref.add(step, g)
	}
	return e
}

var relational = setOf("before", "after", "later", "earlier", "ago", "afterwards", "afterward")

var ageWord = setOf("aged", "ages", "age")

var bareUnitPrev = setOf("for", "over", "within", "in", "after", "during", "spanning", "took", "lasted",
	"spent", "than", "of", "into", "waited", "wait", "last", "lasting", "past", "take", "takes", "taking")

// durValue formats a TIMEX3 duration: P24Y, PXY, P3M, PT2H.
func durValue(n int, vague bool, g grain, word string) string {
	num := "X"
	if !vague {
		num = strconv.Itoa(n)
	}
	mul := func(k int) string {
		if vague {
			return "X"
		}
		return strconv.Itoa(n * k)
	}
	switch g {
	case gCentury:
		if vague {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	case gDecade:
		if vague {
			return "PXDE"
		}
		return "P" + mul(10) + "Y"
	case gYear:
		return "P" + num + "Y"
	case gQuarter:
		return "P" + mul(3) + "M"
	case gMonth:
		return "P" + num + "M"
	case gWeek:
		if strings.HasPrefix(word, "fortnight") {
			return "P" + mul(2) + "W"
		}
		return "P" + num + "W"
	case gWeekend:
		return "P" + num + "WE"
	case gDay:
		return "P" + num + "D"
	case gHour:
		return "PT" + num + "H"
	case gMinute:
		return "PT" + num + "M"
	}
	return ""
}

// set reads a recurrence: "every week", "each Monday", "annually",
// "twice a year", "per year".
func (sc *scanner) set(i int) (expr, bool) {
	tk := sc.t[i]
	if tk.lex.k == lSetAdv {
		if tk.cap && i > 0 {
			return expr{}, false // "the Daily Mail"
		}
		g := grain(tk.lex.v)
		v := durValue(1, false, g, "")
		if g == gPart {
			v = "XXXX-XX-XXTNI"
		}
		return expr{cs: i, ce: i + 1, typ: SetType, tml: v}, true
	}
	j := i
	switch tk.low {
	case "every", "each":
		j++
		mult := 1
		if sc.w(j) == "other" {
			mult = 2
			j++
		}
		l := sc.lx(j)
		switch l.k {
		case lUnit:
			if l.plural {
				return expr{}, false
			}
			return expr{cs: i, ce: j + 1, typ: SetType, tml: durValue(mult, false, grain(l.v), sc.w(j))}, true
		case lWeekday:
			return expr{cs: i, ce: j + 1, typ: SetType, tml: "XXXX-WXX-" + strconv.Itoa(l.v)}, true
		case lPart:
			return expr{cs: i, ce: j + 1, typ: SetType, tml: "XXXX-XX-XXT" + partCodes[l.v]}, true
		case lSeason:
			return expr{cs: i, ce: j + 1, typ: SetType, tml: "XXXX-" + seasonCodes[l.v]}, true
		case lMonth:
			if !sc.t[j].cap {
				return expr{}, false
			}
			return expr{cs: i, ce: j + 1, typ: SetType, tml: "XXXX-" + string(pad(nil, l.v, 2))}, true
		case lNumber:
			n, vague, k, ok := sc.number(j)
			if u := sc.lx(k); ok && !vague && u.k == lUnit && u.plural {
				return expr{cs: i, ce: k + 1, typ: SetType, tml: durValue(n, false, grain(u.v), sc.w(k))}, true
			}
		}
		if sc.t[j].kind == tokNum {
			n, vague, k, ok := sc.number(j)
			if u := sc.lx(k); ok && !vague && u.k == lUnit && u.plural {
				return expr{cs: i, ce: k + 1, typ: SetType, tml: durValue(n, false, grain(u.v), sc.w(k))}, true
			}
		}
		return expr{}, false
	case "a", "an":
		// "$116 million a year", "10 percent a month".
		if u := sc.lx(i + 1); u.k == lUnit && !u.plural && i > 0 && (perWords[sc.w(i-1)] || sc.t[i-1].kind == tokNum) {
			return expr{cs: i, ce: i + 2, typ: SetType, tml: durValue(1, false, grain(u.v), sc.w(i+1))}, true
		}
		return expr{}, false
	case "once", "twice":
		j++
	case "per":
		if u := sc.lx(i + 1); u.k == lUnit && !u.plural {
			return expr{cs: i, ce: i + 2, typ: SetType, tml: durValue(1, false, grain(u.v), sc.w(i+1))}, true
		}
		return expr{}, false
	default:
		if _, vague, k, ok := sc.number(i); ok && !vague && sc.w(k) == "times" {
			j = k + 1
		} else {
			return expr{}, false
		}
	}
	if sc.w(j) != "a" && sc.w(j) != "per" && sc.w(j) != "an" {
		return expr{}, false
	}
	u := sc.lx(j + 1)
	if u.k != lUnit || u.plural {
		return expr{}, false
	}
	return expr{cs: i, ce: j + 2, typ: SetType, tml: durValue(1, false, grain(u.v), sc.w(j+1))}, true
}

var perWords = setOf("million", "billion", "trillion", "thousand", "percent", "%", "tons", "tonnes",
	"barrels", "dollars", "euros", "times", "hours")

// ref reads a vague reference: "now", "currently", "recently", "the
// past", "the future", "at present", "these days", "at the time".
func (sc *scanner) ref(i int) (expr, bool) {
	tk := sc.t[i]
	if l := tk.lex; l.k == lRef {
		switch tk.low {
		case "soon":
			if sc.w(i-1) == "as" || sc.w(i+1) == "after" || sc.w(i+1) == "afterwards" || sc.w(i+1) == "thereafter" {
				return expr{}, false
			}
		case "now":
			if tk.cap && sc.w(i+1) == "," {
				break
			}
		}
		v := [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}[l.v]
		s := i
		if tk.low == "now" && (sc.w(i-1) == "right" || sc.w(i-1) == "just") {
			s = i - 1
			if s < sc.end {
				s = i
			}
		}
		return expr{cs: s, ce: i + 1, s: s, e: i + 1, typ: DateType, tml: v}, true
	}
	two := func(v string) (expr, bool) {
		return expr{cs: i, ce: i + 2, s: i, e: i + 2, typ: DateType, tml: v}, true
	}
	switch tk.low {
	case "the":
		switch sc.w(i + 1) {
		case "past":
			return two("PAST_REF")
		case "future":
			return two("FUTURE_REF")
		case "present":
			if sc.w(i+2) != "day" {
				return two("PRESENT_REF")
			}
		}
	case "these":
		if sc.w(i+1) == "days" {
			return two("PRESENT_REF")
		}
	case "at":
		if sc.w(i+1) == "present" {
			return two("PRESENT_REF")
		}
		if sc.w(i+1) == "the" && sc.w(i+2) == "time" && (i+3 >= len(sc.t) || sc.isPunct(i+3)) {
			return expr{cs: i, ce: i + 3, s: i, e: i + 3, typ: DateType, tml: "PAST_REF"}, true
		}
	case "in":
		if sc.w(i+1) == "future" {
			return two("FUTURE_REF")
		}
	}
	return expr{}, false
}
