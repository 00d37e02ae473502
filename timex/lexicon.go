package timex

// lex is what the lexicon knows of a word.
type lex struct {
	k      lexKind
	v      int  // month 1-12, weekday 1-7 (Monday 1), number, grain, code
	plural bool // a plural unit: "years"
	abbr   bool // an abbreviated month: "Sept"
	// anchor marks other words that can be the heart of an expression:
	// "past", "future", "present" make a sentence worth looking at;
	// "time" ("at the time") only keeps the words before it in reach.
	anchor uint8
}

type lexKind uint8

const (
	lNone       lexKind = iota
	lMonth              // v: 1-12
	lWeekday            // v: 1-7, Monday first
	lUnit               // v: grain
	lNumber             // v: value
	lOrdinal            // v: value
	lRelDay             // v: days from today; "tonight" has v 0 and is night
	lPart               // v: part of day 1-4 (MO AF EV NI)
	lSeason             // v: 1-4 (SP SU FA WI)
	lShift              // v: -1 last, 0 this, +1 next
	lRef                // v: refPresent, refPast, refFuture
	lSetAdv             // v: grain of the recurrence ("weekly")
	lZone               // v: minutes east of UTC
	lCityTime           // v: minutes east of UTC, with "time" after it ("Moscow time")
	lVague              // "several", "few", "many", "couple", "dozens"
	lApprox             // "about", "almost": see scanner.approx
	lDecadeWord         // v: decade of the 1900s ("nineties" 90)
	lNoonWord           // v: hour ("noon" 12, "midnight" 0)
	lStarter            // a word that can open an expression: "the", "in", "every"
	lHoliday            // v: month*100+day of a fixed holiday ("christmas" 1225)
)

// trigger reports whether a word of this kind can make a sentence worth
// looking at on its own.
func (l lex) trigger() bool {
	switch l.k {
	case lMonth, lWeekday, lUnit, lRelDay, lPart, lSeason, lRef, lSetAdv, lDecadeWord, lNoonWord, lHoliday:
		return true
	}
	return l.anchor == anchorTrigger
}

// Values of lex.anchor.
const (
	anchorTrigger = 1
	anchorNear    = 2
)

// near reports whether an expression can hold a word of this kind at its
// heart.
func (l lex) near() bool { return l.anchor == anchorNear || l.trigger() }

// Vague references.
const (
	refPresent = iota + 1
	refPast
	refFuture
)

var lexicon = buildLexicon()

func buildLexicon() map[string]lex {
	m := make(map[string]lex, 400)
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		m[w] = lex{k: lMonth, v: i + 1}
	}
	for w, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[w] = lex{k: lMonth, v: v, abbr: true}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, w := range days {
		m[w] = lex{k: lWeekday, v: i + 1}
	}
	for w, g := range map[string]grain{"minute": gMinute, "hour": gHour, "day": gDay, "week": gWeek,
		"weekend": gWeekend, "fortnight": gWeek, "month": gMonth, "quarter": gQuarter, "year": gYear,
		"decade": gDecade, "century": gCentury} {
		m[w] = lex{k: lUnit, v: int(g)}
	}
	for w, g := range map[string]grain{"minutes": gMinute, "hours": gHour, "days": gDay, "weeks": gWeek,
		"weekends": gWeekend, "fortnights": gWeek, "months": gMonth, "quarters": gQuarter, "years": gYear,
		"decades": gDecade, "centuries": gCentury} {
		m[w] = lex{k: lUnit, v: int(g), plural: true}
	}
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty"}
	for i, w := range numbers {
		m[w] = lex{k: lNumber, v: i}
	}
	for w, v := range map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a": 1, "an": 1} {
		m[w] = lex{k: lNumber, v: v}
	}
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ordinals[1:] {
		m[w] = lex{k: lOrdinal, v: i + 1}
	}
	m["thirtieth"] = lex{k: lOrdinal, v: 30}
	for w, v := range map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0} {
		m[w] = lex{k: lRelDay, v: v}
	}
	for w, v := range map[string]int{"morning": 1, "afternoon": 2, "evening": 3, "night": 4} {
		m[w] = lex{k: lPart, v: v}
	}
	for w, v := range map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4} {
		m[w] = lex{k: lSeason, v: v}
	}
	for w, v := range map[string]int{"last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
		"next": 1, "coming": 1, "following": 1, "upcoming": 1} {
		m[w] = lex{k: lShift, v: v}
	}
	for w, v := range map[string]int{"now": refPresent, "currently": refPresent, "nowadays": refPresent,
		"presently": refPresent, "recently": refPast, "lately": refPast, "soon": refFuture} {
		m[w] = lex{k: lRef, v: v}
	}
	for w, g := range map[string]grain{"hourly": gHour, "daily": gDay, "nightly": gPart, "weekly": gWeek,
		"monthly": gMonth, "quarterly": gQuarter, "annually": gYear, "yearly": gYear} {
		m[w] = lex{k: lSetAdv, v: int(g)}
	}
	// Zone abbreviations whose offset is not in doubt (IST and CST name
	// more than one zone and are left out).
	for w, v := range map[string]int{"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
		"eest": 180, "msk": 180, "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360,
		"pst": -480, "pdt": -420, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "ict": 420,
		"wib": 420, "aest": 600, "aedt": 660, "pkt": 300} {
		m[w] = lex{k: lZone, v: v}
	}
	// Cities whose clock has no daylight saving time, for "Moscow time".
	for w, v := range map[string]int{"moscow": 180, "beijing": 480, "tokyo": 540, "seoul": 540,
		"pyongyang": 540, "hanoi": 420, "bangkok": 420, "jakarta": 420, "singapore": 480,
		"taipei": 480, "manila": 480, "tehran": 210, "riyadh": 180, "istanbul": 180, "ankara": 180,
		"minsk": 180, "dubai": 240, "karachi": 300, "dhaka": 360} {
		m[w] = lex{k: lCityTime, v: v}
	}
	for w := range map[string]bool{"several": true, "few": true, "many": true, "couple": true,
		"dozens": true, "hundreds": true, "numerous": true} {
		m[w] = lex{k: lVague}
	}
	for _, w := range []string{"about", "around", "approximately", "roughly", "some", "nearly", "almost", "over"} {
		m[w] = lex{k: lApprox}
	}
	for w, v := range map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
		"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90} {
		m[w] = lex{k: lDecadeWord, v: v}
	}
	for _, w := range []string{"the", "that", "in", "during", "fiscal", "every", "each", "per", "once",
		"twice", "at", "these", "right", "just", "more", "less", "fewer", "up", "early", "late", "mid",
		"earlier", "later", "shortly", "recent", "under", "new", "valentine", "boxing", "bastille", "victory"} {
		if _, ok := m[w]; !ok {
			m[w] = lex{k: lStarter}
		}
	}
	for _, w := range []string{"past", "future", "present", "time"} {
		l := m[w]
		if l.k == lNone {
			l.k = lStarter
		}
		l.anchor = anchorTrigger
		if w == "time" {
			l.anchor = anchorNear
		}
		m[w] = l
	}
	m["christmas"] = lex{k: lHoliday, v: 1225}
	m["halloween"] = lex{k: lHoliday, v: 1031}
	m["noon"] = lex{k: lNoonWord, v: 12}
	m["midday"] = lex{k: lNoonWord, v: 12}
	m["midnight"] = lex{k: lNoonWord, v: 0}
	return m
}
