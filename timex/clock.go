package timex

import (
	"strconv"
	"time"
)

// clock reads a time of day: "2am", "7 p.m.", "15:00 GMT Saturday",
// "around noon", "1900 GMT", "10:30 Moscow time".
func (sc *scanner) clock(i int) (expr, bool) {
	j := i
	mod := ""
	switch sc.w(j) {
	case "about", "around", "approximately", "roughly", "shortly":
		if sc.w(j) == "shortly" {
			if sc.w(j+1) != "after" && sc.w(j+1) != "before" {
				return expr{}, false
			}
			j++
		}
		mod = "APPROX"
		j++
	}
	if j >= len(sc.t) {
		return expr{}, false
	}
	tk := sc.t[j]
	if j > 0 && sc.touches(j) && (sc.w(j-1) == ":" || sc.w(j-1) == ".") {
		return expr{}, false
	}
	h, mi, ampm := -1, 0, 0
	hasMin := false
	switch {
	case tk.kind == tokAlnum:
		h, ampm = parseAmPm(tk.low)
		if h < 0 {
			return expr{}, false
		}
		j++
	case tk.kind == tokNum && tk.e-tk.s <= 2:
		h = tk.num
		j++
		if sc.w(j) == ":" && sc.touches(j) && sc.touches(j+1) {
			nx := sc.t[j+1]
			switch {
			case nx.kind == tokNum && nx.e-nx.s == 2:
				mi, hasMin = nx.num, true
				j += 2
				if sc.w(j) == ":" && sc.touches(j) {
					// "finished in 3:07:35": a running time.
					if j+1 < len(sc.t) && sc.touches(j+1) && sc.t[j+1].kind == tokNum && sc.t[j+1].e-sc.t[j+1].s == 2 && sc.t[j+1].num < 60 && mi < 60 {
						v := "PT" + strconv.Itoa(h) + "H" + strconv.Itoa(mi) + "M" + strconv.Itoa(sc.t[j+1].num) + "S"
						return expr{cs: i, ce: j + 2, typ: DurationType, tml: v}, true
					}
					return expr{}, false
				}
			case nx.kind == tokAlnum:
				m, ap := parseAmPm(nx.low)
				if m < 0 || len(nx.low) != 4 {
					return expr{}, false
				}
				mi, ampm, hasMin = m, ap, true
				j += 2
			default:
				return expr{}, false
			}
		}
		if ampm == 0 {
			if a, k := sc.ampmWords(j); a != 0 {
				ampm, j = a, k
			}
		}
	case tk.kind == tokNum && tk.e-tk.s == 4:
		if sc.lx(j+1).k != lZone {
			return expr{}, false
		}
		h, mi, hasMin = tk.num/100, tk.num%100, true
		j++
	case tk.lex.k == lNoonWord:
		h, hasMin = tk.lex.v, true
		j++
	default:
		return expr{}, false
	}
	if mi > 59 || h > 23 || ampm != 0 && (h < 1 || h > 12) {
		return expr{}, false
	}
	if ampm == 2 && h < 12 {
		h += 12
	} else if ampm == 1 && h == 12 {
		h = 0
	}
	zoned, off := false, 0
	if z := sc.lx(j); z.k == lZone && isUpperWord(sc.s[sc.t[j].s:sc.t[j].e]) {
		zoned, off = true, z.v
		j++
		if s := sc.w(j); (s == "+" || s == "-" || s == "−") && sc.touches(j) && j+1 < len(sc.t) && sc.touches(j+1) && sc.t[j+1].kind == tokNum {
			v := sc.t[j+1].num
			if v <= 14 {
				v *= 60
			} else {
				v = v/100*60 + v%100
			}
			if s != "+" {
				v = -v
			}
			off += v
			j += 2
		}
	} else if z.k == lCityTime && sc.w(j+1) == "time" {
		zoned, off = true, z.v
		j += 2
	} else if sc.w(j) == "local" && sc.w(j+1) == "time" {
		j += 2
	}
	if !hasMin && ampm == 0 && !zoned {
		return expr{}, false
	}
	if sc.w(j) == "o" && sc.w(j+2) == "clock" {
		j += 3
	}
	// The day: written with the time, after "on", just before, or the
	// day the sentence or the document is at.
	var day cal
	hasDay := false
	if e, ok := sc.date(j); ok && e.typ == DateType && e.c.g == gDay {
		day, hasDay, j = e.c, true, e.ce
	} else if sc.w(j) == "on" {
		if e, ok := sc.date(j + 1); ok && e.c.g == gDay {
			day, hasDay = e.c, true
		}
	}
	if !hasDay && sc.last >= 0 {
		p := sc.info[sc.last]
		if p.e >= i-2 && p.c.g >= gDay {
			day, hasDay = p.c, true
		}
	}
	rel := true
	if !hasDay {
		switch {
		case sc.local.set:
			day = sc.local.day
		case sc.r.ref.g >= gDay:
			day = sc.r.ref
		default:
			day = sc.r.today
		}
	}
	var c cal
	if day.ok() {
		c = cal{g: gMinute, y: day.y, m: day.m, d: day.d, hh: h, mi: mi, zoned: zoned, off: off}
		if !zoned && sc.local.set {
			c.zoned, c.off = true, sc.local.off
		}
	}
	return expr{cs: i, ce: j, typ: TimeType, c: c, mod: mod, rel: rel, clock: true, zoned: zoned}, true
}

// parseAmPm reads "2am", "7pm", "30pm" (minutes of "10:30pm"): the
// number and 1 for am, 2 for pm; -1 when w is not one.
func parseAmPm(w string) (int, int) {
	if len(w) < 3 || len(w) > 4 {
		return -1, 0
	}
	suf := w[len(w)-2:]
	ap := 0
	switch suf {
	case "am":
		ap = 1
	case "pm":
		ap = 2
	default:
		return -1, 0
	}
	n, err := strconv.Atoi(w[:len(w)-2])
	if err != nil {
		return -1, 0
	}
	return n, ap
}

// ampmWords reads "am", "pm", "a.m.", "p.m." at j.
func (sc *scanner) ampmWords(j int) (int, int) {
	switch sc.w(j) {
	case "am", "pm":
		if sc.t[j].cap && !isUpperWord(sc.s[sc.t[j].s:sc.t[j].e]) {
			return 0, j
		}
		ap := 1
		if sc.w(j) == "pm" {
			ap = 2
		}
		return ap, j + 1
	case "a", "p":
		if sc.w(j+1) == "." && sc.w(j+2) == "m" && sc.touches(j+1) && sc.touches(j+2) {
			ap := 1
			if sc.w(j) == "p" {
				ap = 2
			}
			k := j + 3
			if sc.w(k) == "." && sc.touches(k) {
				k++
			}
			return ap, k
		}
	}
	return 0, j
}

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

func monthOf(m int) time.Month { return time.Month(m) }

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}
