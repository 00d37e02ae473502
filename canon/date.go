package canon

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/event"
)

// Open ends of an interval.
const (
	MinTime int64 = math.MinInt64
	MaxTime int64 = math.MaxInt64
)

// Interval is a span of time [Lo, Hi) in Unix seconds, UTC. Lo is MinTime
// when it has no start and Hi is MaxTime when it has no end.
type Interval struct {
	Lo, Hi int64
}

// Empty reports whether the interval holds no instant.
func (iv Interval) Empty() bool { return iv.Hi <= iv.Lo }

// Overlaps reports whether iv and o share an instant.
func (iv Interval) Overlaps(o Interval) bool { return iv.Lo < o.Hi && o.Lo < iv.Hi }

// Intersect returns the instants iv and o share.
func (iv Interval) Intersect(o Interval) Interval {
	return Interval{Lo: max(iv.Lo, o.Lo), Hi: min(iv.Hi, o.Hi)}
}

// Width returns Hi-Lo in seconds, MaxTime when an end is open.
func (iv Interval) Width() int64 {
	if iv.Lo == MinTime || iv.Hi == MaxTime {
		return MaxTime
	}
	return iv.Hi - iv.Lo
}

// Local calendar values (a day, a month, a time without a zone) name a
// different stretch of UTC in each time zone: from UTC-12 to UTC+14.
const (
	eastmost = 14 * time.Hour
	westmost = 12 * time.Hour
)

// Span returns the stretch of UTC that a normalised date value covers,
// without any widening: the day 2024-06-20 is [2024-06-20T00:00Z,
// 2024-06-21T00:00Z). zoned reports whether the value fixes its time zone
// (an instant written with Z or an offset); local calendar values do not.
// It accepts the values of the event record: instants (2024-06-19T19:00Z,
// 2024-06-20T12:00, with seconds or an offset), days, months, years,
// decades (195) and centuries (19), and intervals A/B whose ends are any
// of these or ".." for an open end.
func Span(value string) (iv Interval, zoned, ok bool) {
	if a, b, isInterval := strings.Cut(value, "/"); isInterval {
		lo, hi := Interval{Lo: MinTime}, Interval{Hi: MaxTime}
		zoned = true
		if a != ".." {
			var z bool
			if lo, z, ok = point(a); !ok {
				return Interval{}, false, false
			}
			zoned = zoned && z
		}
		if b != ".." {
			var z bool
			if hi, z, ok = point(b); !ok {
				return Interval{}, false, false
			}
			zoned = zoned && z
		}
		if a == ".." && b == ".." {
			return Interval{}, false, false
		}
		iv = Interval{Lo: lo.Lo, Hi: hi.Hi}
		return iv, zoned, !iv.Empty()
	}
	return point(value)
}

// point parses one calendar value (not an interval).
func point(v string) (Interval, bool, bool) {
	if strings.Contains(v, "T") {
		return instant(v)
	}
	digits := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	day := func(y, m, d int) int64 { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() }
	parts := strings.Split(v, "-")
	switch {
	case len(parts) == 1 && len(v) == 4:
		y, ok := digits(v)
		if !ok {
			return Interval{}, false, false
		}
		return Interval{Lo: day(y, 1, 1), Hi: day(y+1, 1, 1)}, false, true
	case len(parts) == 1 && (len(v) == 3 || len(v) == 2):
		// Reduced precision: "195" is the 1950s, "19" the 1900s.
		n, ok := digits(v)
		if !ok {
			return Interval{}, false, false
		}
		step := 10
		if len(v) == 2 {
			step = 100
		}
		y := n * step
		return Interval{Lo: day(y, 1, 1), Hi: day(y+step, 1, 1)}, false, true
	case len(parts) == 2 && len(parts[0]) == 4 && len(parts[1]) == 2:
		y, ok1 := digits(parts[0])
		m, ok2 := digits(parts[1])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return Interval{}, false, false
		}
		return Interval{Lo: day(y, m, 1), Hi: day(y, m+1, 1)}, false, true
	case len(parts) == 3 && len(parts[0]) == 4 && len(parts[1]) == 2 && len(parts[2]) == 2:
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return Interval{}, false, false
		}
		return Interval{Lo: t.Unix(), Hi: t.AddDate(0, 0, 1).Unix()}, false, true
	}
	return Interval{}, false, false
}

// instant parses a clock time, zoned or local, to the minute it names.
func instant(v string) (Interval, bool, bool) {
	for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00"} {
		if t, err := time.Parse(layout, v); err == nil {
			return Interval{Lo: t.Unix(), Hi: t.Unix() + 60}, true, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, v); err == nil {
			return Interval{Lo: t.Unix(), Hi: t.Unix() + 60}, false, true
		}
	}
	return Interval{}, false, false
}

// When returns the stretch of UTC in which an event with date d may have
// happened, widened for what the date leaves open: a local calendar value
// by the spread of the world's time zones, an instant by InstantSlack, and
// a date that only repeats the document's publication day (granularity
// "document") by ReportLag before it and ReportLead after it. ok is false
// when d is nil or its value cannot be read; such an event is undated.
func (r Rules) When(d *event.Date) (Interval, bool) {
	if d == nil {
		return Interval{}, false
	}
	iv, zoned, ok := Span(d.Value)
	if !ok {
		return Interval{}, false
	}
	widen := func(lo, hi time.Duration) {
		if iv.Lo != MinTime {
			iv.Lo -= int64(lo / time.Second)
		}
		if iv.Hi != MaxTime {
			iv.Hi += int64(hi / time.Second)
		}
	}
	if !zoned {
		widen(eastmost, westmost)
	}
	switch d.Granularity {
	case "instant":
		widen(r.InstantSlack, r.InstantSlack)
	case "document":
		widen(r.ReportLag, r.ReportLead)
	}
	return iv, true
}

// precision ranks how narrowly a date places its event: the width of its
// own span, with a publication-day date counted as wide as the window it
// opens. Smaller is more precise.
func (r Rules) precision(d *event.Date) int64 {
	if d == nil {
		return MaxTime
	}
	iv, _, ok := Span(d.Value)
	if !ok {
		return MaxTime
	}
	if d.Granularity == "document" {
		return int64((r.ReportLag + r.ReportLead + 24*time.Hour) / time.Second)
	}
	return iv.Width()
}
