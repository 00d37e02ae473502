package treaty

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil date that may be known only to the month or the year
// ("1822-12", "1815"), as ATOP and old sources give them. The zero Date is
// "no date".
type Date struct {
	Year  int
	Month int // 0 when only the year is known
	Day   int // 0 when only the year or month is known
}

// ParseDate reads "YYYY-MM-DD", "YYYY-MM" or "YYYY". The empty string is the
// zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if err := d.check(); err != nil {
		return Date{}, fmt.Errorf("date %q: %w", s, err)
	}
	return d, nil
}

// MustDate is ParseDate for constants in code and tests; it panics on a
// malformed date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the day of t (in t's location).
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// NewDate builds a date from ATOP-style parts, where 0 means unknown; it
// reports an impossible date (month 13, 31 April).
func NewDate(year, month, day int) (Date, error) {
	d := Date{Year: year, Month: month, Day: day}
	if d.IsZero() {
		return d, nil
	}
	if month == 0 && day != 0 {
		return Date{}, fmt.Errorf("date %d-?-%d: a day without a month", year, day)
	}
	return d, d.check()
}

func (d Date) check() error {
	if d.Year < 1000 || d.Year > 9999 {
		return fmt.Errorf("year %d out of range", d.Year)
	}
	if d.Month < 0 || d.Month > 12 {
		return fmt.Errorf("month %d out of range", d.Month)
	}
	if d.Day != 0 {
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if d.Day < 1 || d.Day > last {
			return fmt.Errorf("day %d out of range for %d-%02d", d.Day, d.Year, d.Month)
		}
	}
	return nil
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d.Year == 0 }

// Precise reports whether the day is known.
func (d Date) Precise() bool { return d.Day != 0 }

// String is the ISO form, as precise as the date: "2024-12-04", "1822-12",
// "1815", or "" for the zero Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// First is the earliest day d may stand for: itself when precise, else the
// first day of its month or year.
func (d Date) First() Date {
	if d.IsZero() || d.Precise() {
		return d
	}
	if d.Month == 0 {
		return Date{d.Year, 1, 1}
	}
	return Date{d.Year, d.Month, 1}
}

// days is the day number of d.First(), for comparisons.
func (d Date) days() int64 {
	f := d.First()
	return time.Date(f.Year, time.Month(f.Month), f.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// Before reports whether d's first day is before e's. Zero dates are not
// ordered; callers handle them.
func (d Date) Before(e Date) bool { return d.days() < e.days() }

// Compare returns -1, 0 or +1 as d's first day is before, the same as or
// after e's.
func (d Date) Compare(e Date) int {
	a, b := d.days(), e.days()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalJSON writes the ISO form.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads the ISO form; "" is the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Interval is a span of days [From, Until): From is the first day it holds,
// Until the first day it no longer does. A zero From is open to the past, a
// zero Until open to the future.
type Interval struct {
	From  Date `json:"from,omitzero"`
	Until Date `json:"until,omitzero"`
}

// Contains reports whether the day d falls in the interval.
func (iv Interval) Contains(d Date) bool {
	if !iv.From.IsZero() && d.Before(iv.From) {
		return false
	}
	if !iv.Until.IsZero() && !d.Before(iv.Until) {
		return false
	}
	return true
}

// Empty reports whether the interval holds no day.
func (iv Interval) Empty() bool {
	return !iv.From.IsZero() && !iv.Until.IsZero() && !iv.From.Before(iv.Until)
}

// Intersect returns the days both intervals hold (possibly Empty).
func (iv Interval) Intersect(o Interval) Interval {
	out := iv
	if !o.From.IsZero() && (out.From.IsZero() || out.From.Before(o.From)) {
		out.From = o.From
	}
	if !o.Until.IsZero() && (out.Until.IsZero() || o.Until.Before(out.Until)) {
		out.Until = o.Until
	}
	return out
}

// Overlaps reports whether the two intervals share a day.
func (iv Interval) Overlaps(o Interval) bool { return !iv.Intersect(o).Empty() }

// Year returns the interval of the calendar year y.
func Year(y int) Interval {
	return Interval{From: Date{y, 1, 1}, Until: Date{y + 1, 1, 1}}
}

// String is "FROM..UNTIL" with open ends left blank.
func (iv Interval) String() string { return iv.From.String() + ".." + iv.Until.String() }
