package timex

import (
	"strings"
	"time"

	"github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// Source says where a document's anchor came from.
type Source uint8

// Sources, most trusted first.
const (
	// Unresolved: nothing gave the publication time; relative expressions
	// are left without a value rather than guessed.
	Unresolved Source = iota
	// Metadata: the document's published time (sidecar, JSONL field,
	// HTML meta, --published).
	Metadata
	// Dateline: the date of the story's dateline ("MOSCOW, June 19, 2024
	// (Reuters) -").
	Dateline
	// Inferred: the latest explicit date in the text (or a dateline's
	// month and day with the year taken from the text). Marked so that
	// no one mistakes it for a known publication time.
	Inferred
)

// String returns the source's name: unresolved, metadata, dateline or
// inferred.
func (s Source) String() string {
	switch s {
	case Metadata:
		return "metadata"
	case Dateline:
		return "dateline"
	case Inferred:
		return "inferred"
	}
	return "unresolved"
}

// Anchor is the time a document was written, against which its relative
// expressions are resolved.
type Anchor struct {
	// Time is the publication time in the zone it was given in; the
	// publication day is Time's date in that zone.
	Time time.Time
	// Granularity is Instant when Time has a clock time and Day when only
	// the date is known; empty when unresolved.
	Granularity Granularity
	Source      Source
	// Text is the dateline or expression an anchor not from metadata was
	// read from.
	Text string
}

// Resolved reports whether the anchor has a time.
func (a Anchor) Resolved() bool { return a.Source != Unresolved && !a.Time.IsZero() }

// Date returns the date an event carries when no expression governs it:
// the publication day, with granularity "document". It is false when the
// anchor is unresolved.
func (a Anchor) Date() (Date, bool) {
	if !a.Resolved() {
		return Date{}, false
	}
	return Date{Value: a.Time.Format("2006-01-02"), Granularity: string(Document)}, true
}

// AnchorAt returns an anchor from metadata at t. A time of exactly
// midnight is taken for a date alone, as the readers of metadata give a
// date without a time.
func AnchorAt(t time.Time) Anchor {
	if t.IsZero() {
		return Anchor{}
	}
	g := Instant
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		g = Day
	}
	return Anchor{Time: t, Granularity: g, Source: Metadata}
}

// DocumentTime finds a document's anchor: the published time from its
// metadata; else the full date of one of its datelines; else the latest
// explicit full date in its text, marked Inferred (a dateline's month and
// day take their year from the text the same way); else Unresolved. It
// never guesses from the clock of the machine.
func DocumentTime(published time.Time, datelines []string, text string) Anchor {
	if !published.IsZero() {
		return AnchorAt(published)
	}
	none := NewResolver(Anchor{})
	type monthDay struct {
		m, d int
		text string
	}
	var partial []monthDay
	for _, dl := range datelines {
		for _, tx := range none.Sentence(dl) {
			if c, ok := fullDay(tx); ok {
				return Anchor{Time: c, Granularity: Day, Source: Dateline, Text: strings.TrimSpace(dl)}
			}
		}
		if m, d, ok := datelineMonthDay(dl); ok {
			partial = append(partial, monthDay{m, d, strings.TrimSpace(dl)})
		} else if t, ok := foreignDate(dl); ok {
			return Anchor{Time: t, Granularity: Day, Source: Dateline, Text: strings.TrimSpace(dl)}
		}
	}
	var latest time.Time
	var latestText string
	latestYear := 0
	for _, line := range strings.Split(text, "\n") {
		for _, tx := range none.Sentence(line) {
			if c, ok := fullDay(tx); ok && c.After(latest) {
				latest, latestText = c, tx.Text
			}
			if tx.TIMEX3.Type == DateType && !tx.Relative && len(tx.TIMEX3.Value) >= 4 {
				if y, ok := atoi4(tx.TIMEX3.Value); ok && y > latestYear {
					latestYear = y
				}
			}
		}
	}
	for _, p := range partial {
		if latestYear > 0 {
			if c := dayCal(latestYear, p.m, p.d); c.ok() {
				return Anchor{Time: c.start(), Granularity: Day, Source: Inferred, Text: p.text}
			}
		}
	}
	if !latest.IsZero() {
		return Anchor{Time: latest, Granularity: Day, Source: Inferred, Text: latestText}
	}
	// A story in another language: a full date near its top.
	head := text
	if len(head) > maxForeignHead {
		head = head[:maxForeignHead]
	}
	if t, ok := foreignDate(head); ok {
		return Anchor{Time: t, Granularity: Day, Source: Inferred, Text: strings.TrimSpace(head)}
	}
	return Anchor{}
}

// maxForeignHead is how much of a text's start foreignDate searches.
const maxForeignHead = 400

// foreignDate finds a full date (day, month and year, in any language
// go-dateparser knows: "19. Juni 2024", "19 de junio de 2024") in s. It
// costs milliseconds, so it is kept for datelines and text heads that
// the English grammar could not read.
func foreignDate(s string) (time.Time, bool) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, false
	}
	cfg := &dateparser.Configuration{
		StrictParsing: true,
		RequiredParts: []string{"day", "month", "year"},
		// Fixed, so that nothing depends on the machine's clock.
		CurrentTime:     time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		DefaultTimezone: time.UTC,
	}
	_, found, err := dateparser.Search(cfg, s)
	if err != nil {
		return time.Time{}, false
	}
	for _, f := range found {
		if f.Date.Period == date.Day || f.Date.Period.IsTime() {
			y, m, d := f.Date.Time.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// fullDay returns the day of an explicit date with its year.
func fullDay(tx Timex) (time.Time, bool) {
	v := tx.TIMEX3.Value
	if tx.Relative || tx.TIMEX3.Type != DateType || len(v) != len("2006-01-02") {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v)
	return t, err == nil
}

// datelineMonthDay reads the month and day of a dateline with no year
// ("MOSCOW, June 19 (Reuters)").
func datelineMonthDay(dl string) (int, int, bool) {
	toks, _ := tokenize(dl, nil)
	lowerInto(dl, toks)
	sc := scanner{s: dl, t: toks, r: NewResolver(Anchor{}), last: -1}
	for i := range toks {
		if m, j, ok := sc.monthAt(i); ok {
			if d, _, ok := sc.dayAt(j); ok {
				return m, d, true
			}
		}
		if d, j, ok := sc.dayAt(i); ok {
			if m, _, ok := sc.monthAt(j); ok {
				return m, d, true
			}
		}
	}
	return 0, 0, false
}

func atoi4(s string) (int, bool) {
	n := 0
	for i := 0; i < 4; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
