package timex

// Type is the TimeML type of a time expression.
type Type uint8

// TimeML types.
const (
	DateType     Type = iota + 1 // a calendar date or period: "Thursday", "June 2024", "next month"
	TimeType                     // a time of day: "2am", "Wednesday evening"
	DurationType                 // a length of time: "24 years", "decades"
	SetType                      // a recurrence: "every week", "annually"
)

// String returns the TIMEX3 spelling of t: DATE, TIME, DURATION or SET.
func (t Type) String() string {
	switch t {
	case DateType:
		return "DATE"
	case TimeType:
		return "TIME"
	case DurationType:
		return "DURATION"
	case SetType:
		return "SET"
	}
	return ""
}

// Granularity says how precise a value is. The values of the event record
// are Instant, Day, Month, Year, Decade, Interval and Document.
type Granularity string

// Granularities.
const (
	Instant  Granularity = "instant"  // "2024-06-19T19:00Z", or local "2024-06-20T12:00" when the zone is unknown
	Day      Granularity = "day"      // "2024-06-20"
	Month    Granularity = "month"    // "2024-06"
	Year     Granularity = "year"     // "2024"
	Decade   Granularity = "decade"   // "195" (ISO 8601 reduced precision: the 1950s)
	Interval Granularity = "interval" // "2006/..", "../2024-06", "2024-06-17/2024-06-23", "2024-04/2024-06"
	Duration Granularity = "duration" // a length, not a place on the calendar: no Value
	Set      Granularity = "set"      // a recurrence: no Value
	Document Granularity = "document" // an event dated by its document's publication time
)

// Timex is a time expression found in a sentence and normalised against
// the document's anchor.
type Timex struct {
	// Start and End are the bytes of the phrase in the sentence, with the
	// word that gives it its sense for an event: "since 2006", "on
	// Thursday", "around 2am", "a day after", "three months later".
	Start, End int
	Text       string
	// Value is where the phrase places an event on the calendar, in ISO
	// 8601 as precise as Granularity (see the package documentation). It
	// is empty for durations, sets, vague references ("now", "recently")
	// and relative expressions that have nothing to be resolved against.
	Value       string
	Granularity Granularity
	// TIMEX3 is the expression as TimeML annotates it.
	TIMEX3 TIMEX3
	// Relative is set when the value was computed from the anchor or
	// from an earlier expression rather than read from the text.
	Relative bool

	// point is the value before a preposition made an interval of it.
	point     string
	pointGran Granularity
}

// TIMEX3 is a time expression in TimeML's terms (TimeML 1.2.1, as in
// TempEval-3): its extent, which leaves out prepositions such as "on" and
// "since", its type, value and modifier.
type TIMEX3 struct {
	Start, End int
	Type       Type
	// Value is the TIMEX3 value: "2024-06-20", "2024-W25", "2023-SU",
	// "2024-06-19TEV", "2024-06-19T19:00", "P3M", "PXY", "PRESENT_REF",
	// "XXXX-WXX-1". Empty when unresolved.
	Value string
	// Mod is the TIMEX3 mod: START, MID, END, APPROX, LESS_THAN,
	// MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE, BEFORE, AFTER, or empty.
	Mod string
}

// Date is an event's date in the terms of the event record
// (event.Date): Value, Granularity and the Text it came from.
type Date struct {
	Value       string
	Granularity string
	Text        string
}

// Date returns where t places an event, and false when it places it
// nowhere (a duration, a set, "now", an unresolved expression).
func (t Timex) Date() (Date, bool) {
	if t.Value == "" {
		return Date{}, false
	}
	return Date{Value: t.Value, Granularity: string(t.Granularity), Text: t.Text}, true
}
