package timex

import (
	"strings"
	"testing"
	"time"
)

// FuzzResolve feeds arbitrary sentences to the resolver, Governing and
// the dateline reader: no panic, spans inside the sentence, the text the
// span says, values that the granularity allows. (DocumentTime's other
// step, go-dateparser, costs milliseconds a call and is left out.)
func FuzzResolve(f *testing.F) {
	for _, s := range strings.Split(newsSample, "\n") {
		f.Add(s, int64(1718789400), 0)
	}
	for _, s := range []string{
		"around 2am (7pm GMT Wednesday)", "since 2006", "in 24 years", "for decades", "the 1950s",
		"three months later", "12 to 18 months", "1957-58", "3:07:35", "15:00 GMT+3 Saturday",
		"the first quarter of last year", "’90s", "Feb. 29", "31 February 2023", "9999-12-31",
		"a day after", "the day before yesterday", "late last July", "every other week",
	} {
		f.Add(s, int64(1718789400), 5)
	}
	f.Fuzz(func(t *testing.T, s string, unix int64, verb int) {
		a := Anchor{}
		if unix%7 != 0 {
			a = AnchorAt(time.Unix(unix%(1<<36), 0).UTC())
		}
		r := NewResolver(a)
		for range 2 {
			tx := r.Sentence(s)
			for _, x := range tx {
				if x.Start < 0 || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
					t.Fatalf("bad span %d-%d %q in %q", x.Start, x.End, x.Text, s)
				}
				if x.TIMEX3.Start < x.Start || x.TIMEX3.End > x.End || x.TIMEX3.Start >= x.TIMEX3.End {
					t.Fatalf("TIMEX3 %d-%d outside %d-%d in %q", x.TIMEX3.Start, x.TIMEX3.End, x.Start, x.End, s)
				}
				if x.Value != "" && x.Granularity == "" || x.Value == "" && x.Granularity != "" && x.Granularity != Duration && x.Granularity != Set {
					t.Fatalf("value %q granularity %q for %q", x.Value, x.Granularity, x.Text)
				}
			}
			v := 0
			if len(s) > 0 {
				v = (verb%len(s) + len(s)) % len(s)
			}
			Governing(s, tx, v, v+1)
		}
		if m, d, ok := datelineMonthDay(s); ok && (m < 1 || m > 12 || d < 1 || d > 31) {
			t.Fatalf("dateline month %d day %d from %q", m, d, s)
		}
	})
}
