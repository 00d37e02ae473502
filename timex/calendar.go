package timex

import (
	"strconv"
	"time"
)

// grain is the precision of a calendar value, coarsest first.
type grain uint8

const (
	gNone grain = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPart // part of a day: morning, afternoon, evening, night
	gHour
	gMinute
)

// coarser returns the coarser of two grains.
func coarser(a, b grain) grain {
	if a == gNone {
		return b
	}
	if b == gNone || a < b {
		return a
	}
	return b
}

// Seasons and parts of the day, as TimeML writes them.
var (
	seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
	partCodes   = [...]string{"", "MO", "AF", "EV", "NI"}
)

// cal is a calendar value at some grain. For a week or weekend, y-m-d is
// its Monday. For a winter, y is the year of its December.
type cal struct {
	g      grain
	y      int
	m, d   int
	hh, mi int
	idx    int  // half 1-2, quarter 1-4, season 1-4, part of day 1-4
	zoned  bool // off is known
	off    int  // minutes east of UTC of hh:mi
}

func (c cal) ok() bool { return c.g != gNone && c.y >= 1 && c.y <= 9999 }

// calOf returns t (in its own zone) at grain g, which is gDay or gMinute.
func calOf(t time.Time, g grain) cal {
	y, m, d := t.Date()
	c := cal{g: g, y: y, m: int(m), d: d}
	if g >= gHour {
		c.hh, c.mi = t.Hour(), t.Minute()
		_, off := t.Zone()
		c.zoned, c.off = true, off/60
	}
	return c
}

// start is the first day of c (its Monday for a week), at its clock time
// for an hour or minute; the zone is ignored.
func (c cal) start() time.Time {
	switch c.g {
	case gCentury, gDecade, gYear:
		return time.Date(c.y, 1, 1, 0, 0, 0, 0, time.UTC)
	case gHalf:
		return time.Date(c.y, time.Month(6*(c.idx-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case gQuarter:
		return time.Date(c.y, time.Month(3*(c.idx-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case gSeason:
		return time.Date(c.y, time.Month(3*c.idx), 1, 0, 0, 0, 0, time.UTC)
	case gMonth:
		return time.Date(c.y, time.Month(c.m), 1, 0, 0, 0, 0, time.UTC)
	case gHour, gMinute:
		return time.Date(c.y, time.Month(c.m), c.d, c.hh, c.mi, 0, 0, time.UTC)
	}
	return time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
}

// at returns the value containing t at grain g.
func at(t time.Time, g grain) cal {
	y, mo, d := t.Date()
	m := int(mo)
	c := cal{g: g, y: y}
	switch g {
	case gCentury:
		c.y = y / 100 * 100
	case gDecade:
		c.y = y / 10 * 10
	case gHalf:
		c.idx = (m-1)/6 + 1
	case gQuarter:
		c.idx = (m-1)/3 + 1
	case gSeason:
		switch {
		case m <= 2:
			c.y, c.idx = y-1, 4
		case m == 12:
			c.idx = 4
		default:
			c.idx = m / 3
		}
	case gMonth:
		c.m = m
	case gWeek, gWeekend:
		wd := int(t.Weekday()+6) % 7 // Monday 0
		mon := t.AddDate(0, 0, -wd)
		y, mo, d := mon.Date()
		c.y, c.m, c.d = y, int(mo), d
	case gDay, gPart:
		c.m, c.d = m, d
	case gHour, gMinute:
		c.m, c.d, c.hh, c.mi = m, d, t.Hour(), t.Minute()
		if g == gHour {
			c.mi = 0
		}
	}
	return c
}

// truncate returns c at the coarser grain g, keeping its zone.
func (c cal) truncate(g grain) cal {
	if g >= c.g {
		return c
	}
	out := at(c.start(), g)
	return out
}

// add moves c by n units of grain u. The result is as precise as the
// coarser of c and u, except that weeks and weekends count in days from a
// day, so that "a week later" from a Thursday is a Thursday.
func (c cal) add(n int, u grain) cal {
	g := coarser(c.g, u)
	if (u == gWeek || u == gWeekend) && c.g >= gDay {
		u, n, g = gDay, 7*n, gDay
	}
	t := c.start()
	switch u {
	case gCentury:
		t = t.AddDate(100*n, 0, 0)
	case gDecade:
		t = t.AddDate(10*n, 0, 0)
	case gYear:
		t = t.AddDate(n, 0, 0)
	case gHalf:
		t = t.AddDate(0, 6*n, 0)
	case gQuarter, gSeason:
		t = t.AddDate(0, 3*n, 0)
	case gMonth:
		t = time.Date(t.Year(), t.Month()+time.Month(n), 1, t.Hour(), t.Minute(), 0, 0, time.UTC)
		if c.g >= gDay {
			// Keep the day of the month where the target month has it.
			d := c.d
			if last := daysIn(t.Year(), t.Month()); d > last {
				d = last
			}
			t = time.Date(t.Year(), t.Month(), d, t.Hour(), t.Minute(), 0, 0, time.UTC)
		}
	case gWeek, gWeekend:
		t = t.AddDate(0, 0, 7*n)
	case gDay, gPart:
		t = t.AddDate(0, 0, n)
	case gHour:
		t = t.Add(time.Duration(n) * time.Hour)
	case gMinute:
		t = t.Add(time.Duration(n) * time.Minute)
	default:
		return cal{}
	}
	out := at(t, g)
	if g == gPart {
		out.idx = c.idx
	}
	if g >= gHour {
		out.zoned, out.off = c.zoned, c.off
	}
	return out
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func pad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func (c cal) appendDay(b []byte) []byte {
	b = pad(b, c.y, 4)
	b = append(b, '-')
	b = pad(b, c.m, 2)
	b = append(b, '-')
	return pad(b, c.d, 2)
}

// timeML formats c as a TIMEX3 value ("2024", "2024-W25", "2024-06-19TEV",
// "2024-06-19T19:00"); "" when c is empty or out of range.
func (c cal) timeML() string {
	if !c.ok() {
		return ""
	}
	b := make([]byte, 0, 16)
	switch c.g {
	case gCentury:
		b = pad(b, c.y/100, 2)
	case gDecade:
		b = pad(b, c.y/10, 3)
	case gYear:
		b = pad(b, c.y, 4)
	case gHalf:
		b = append(pad(b, c.y, 4), "-H"...)
		b = strconv.AppendInt(b, int64(c.idx), 10)
	case gQuarter:
		b = append(pad(b, c.y, 4), "-Q"...)
		b = strconv.AppendInt(b, int64(c.idx), 10)
	case gSeason:
		b = append(append(pad(b, c.y, 4), '-'), seasonCodes[c.idx]...)
	case gMonth:
		b = pad(append(pad(b, c.y, 4), '-'), c.m, 2)
	case gWeek, gWeekend:
		y, w := c.start().ISOWeek()
		b = pad(append(pad(b, y, 4), "-W"...), w, 2)
		if c.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay:
		b = c.appendDay(b)
	case gPart:
		b = append(append(c.appendDay(b), 'T'), partCodes[c.idx]...)
	case gHour:
		b = pad(append(c.appendDay(b), 'T'), c.hh, 2)
	case gMinute:
		b = pad(append(pad(append(c.appendDay(b), 'T'), c.hh, 2), ':'), c.mi, 2)
	}
	return string(b)
}

// event formats c as the value of an event's date: ISO 8601 as precise
// as c, with intervals for what ISO 8601 has no single form for.
func (c cal) event() (string, Granularity) {
	if !c.ok() {
		return "", ""
	}
	switch c.g {
	case gCentury:
		return span(cal{g: gYear, y: c.y}, cal{g: gYear, y: c.y + 99}), Interval
	case gDecade:
		return c.timeML(), Decade
	case gYear:
		return c.timeML(), Year
	case gMonth:
		return c.timeML(), Month
	case gHalf, gQuarter, gSeason:
		first := at(c.start(), gMonth)
		n := 3
		if c.g == gHalf {
			n = 6
		}
		return span(first, first.add(n-1, gMonth)), Interval
	case gWeek:
		mon := cal{g: gDay, y: c.y, m: c.m, d: c.d}
		return span(mon, mon.add(6, gDay)), Interval
	case gWeekend:
		mon := cal{g: gDay, y: c.y, m: c.m, d: c.d}
		return span(mon.add(5, gDay), mon.add(6, gDay)), Interval
	case gDay, gPart:
		return string(c.appendDay(nil)), Day
	case gHour, gMinute:
		t := c.start()
		if c.zoned {
			t = t.Add(-time.Duration(c.off) * time.Minute)
		}
		u := cal{g: c.g, y: t.Year(), m: int(t.Month()), d: t.Day(), hh: t.Hour(), mi: t.Minute()}
		if !u.ok() {
			return "", ""
		}
		s := u.timeML()
		if c.zoned {
			s += "Z"
		}
		return s, Instant
	}
	return "", ""
}

func span(a, b cal) string {
	x, _ := a.event()
	y, _ := b.event()
	if x == "" || y == "" {
		return ""
	}
	return x + "/" + y
}
