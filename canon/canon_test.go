package canon

import (
	"testing"
	"time"

	"github.com/entente/entente/event"
)

func ev(src, tgt, code, modality, value, gran string) event.Event {
	e := event.Event{Source: event.Actor{Code: src}, CAMEO: code, Modality: modality}
	if tgt != "" {
		e.Target = &event.Actor{Code: tgt}
	}
	if value != "" {
		e.Date = &event.Date{Value: value, Granularity: gran}
	}
	return e
}

func TestPrincipal(t *testing.T) {
	for code, want := range map[string]string{
		"RUS": "RUS", "RUSGOV": "RUS", "RUSGOVMIL": "RUS", "rusmil": "RUS",
		"RUSOPP": "RUSOPP", "UKRMED": "UKRMED", "USAGOVBUS": "USABUS",
		"IGOWSTNAT": "IGOWSTNAT", "IGOUNO": "IGOUNO", "IGOUNOGOV": "IGOUNO",
		"IGOUNOWFP": "IGOUNOWFP", "NGO": "NGO", "": "", "---": "", " PRK ": "PRK",
	} {
		if got := Principal(code); got != want {
			t.Errorf("Principal(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestSpan(t *testing.T) {
	at := func(s string) int64 {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t.Unix()
	}
	for _, tc := range []struct {
		value  string
		lo, hi string // RFC 3339, "" for open
		zoned  bool
		ok     bool
	}{
		{"2024-06-20", "2024-06-20T00:00:00Z", "2024-06-21T00:00:00Z", false, true},
		{"2024-06", "2024-06-01T00:00:00Z", "2024-07-01T00:00:00Z", false, true},
		{"2024-12", "2024-12-01T00:00:00Z", "2025-01-01T00:00:00Z", false, true},
		{"2024", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", false, true},
		{"195", "1950-01-01T00:00:00Z", "1960-01-01T00:00:00Z", false, true},
		{"19", "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z", false, true},
		{"2024-06-19T19:00Z", "2024-06-19T19:00:00Z", "2024-06-19T19:01:00Z", true, true},
		{"2024-06-20T02:00+07:00", "2024-06-19T19:00:00Z", "2024-06-19T19:01:00Z", true, true},
		{"2024-06-20T12:00", "2024-06-20T12:00:00Z", "2024-06-20T12:01:00Z", false, true},
		{"2006/..", "2006-01-01T00:00:00Z", "", false, true},
		{"../2024-07-02", "", "2024-07-03T00:00:00Z", false, true},
		{"2024-06-10/2024-06-16", "2024-06-10T00:00:00Z", "2024-06-17T00:00:00Z", false, true},
		{"2024-04/2024-06", "2024-04-01T00:00:00Z", "2024-07-01T00:00:00Z", false, true},
		{"../..", "", "", false, false},
		{"2024-13", "", "", false, false},
		{"2024-02-30", "", "", false, false},
		{"20x4", "", "", false, false},
		{"2024-06-20/2024-06-01", "", "", false, false},
		{"", "", "", false, false},
		{"yesterday", "", "", false, false},
	} {
		iv, zoned, ok := Span(tc.value)
		if ok != tc.ok {
			t.Errorf("Span(%q) ok = %v, want %v", tc.value, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		lo, hi := MinTime, MaxTime
		if tc.lo != "" {
			lo = at(tc.lo)
		}
		if tc.hi != "" {
			hi = at(tc.hi)
		}
		if iv.Lo != lo || iv.Hi != hi || zoned != tc.zoned {
			t.Errorf("Span(%q) = %v zoned %v, want [%s, %s) zoned %v", tc.value, iv, zoned, tc.lo, tc.hi, tc.zoned)
		}
	}
}

// TestSameOccurrence checks pairs of mentions, each written for this test,
// against whether an analyst would call them one event.
func TestSameOccurrence(t *testing.T) {
	r := DefaultRules()
	for _, tc := range []struct {
		name string
		a, b event.Event
		same bool
	}{
		{"arrival: clock time in UTC and the local day after",
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-19T19:00Z", "instant"),
			ev("RUS", "VNMGOV", "042", "asserted", "2024-06-20", "day"), true},
		{"arrival: clock time and the publication day",
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-19T19:00Z", "instant"),
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-19", "document"), true},
		{"two days far apart",
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-19", "day"),
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-23", "day"), false},
		{"a month contains its day",
			ev("USAGOV", "VNM", "042", "asserted", "2023-09", "month"),
			ev("USA", "VNM", "042", "asserted", "2023-09-10", "day"), true},
		{"two clock times hours apart",
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-19T19:00Z", "instant"),
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-20T05:00Z", "instant"), false},
		{"publication days beyond the report window",
			ev("CHN", "PHL", "112", "asserted", "2024-06-10", "document"),
			ev("CHN", "PHL", "112", "asserted", "2024-06-19", "document"), false},
		{"publication days within the report window",
			ev("CHN", "PHL", "112", "asserted", "2024-06-17", "document"),
			ev("CHN", "PHL", "112", "asserted", "2024-06-19", "document"), true},
		{"mutual act: compound subject both ways",
			ev("RUSGOV", "PRKGOV", "057", "asserted", "2024-06-19", "day"),
			ev("PRKGOV", "RUSGOV", "057", "asserted", "2024-06-19", "document"), true},
		{"directed act: the other way round is another event",
			ev("USA", "CHN", "112", "asserted", "2024-06-19", "day"),
			ev("CHN", "USA", "112", "asserted", "2024-06-19", "day"), false},
		{"hosting a visit is the visit seen from the host",
			ev("PRKGOV", "RUSGOV", "043", "asserted", "2024-06-18", "day"),
			ev("RUSGOV", "PRK", "042", "asserted", "2024-06-18", "day"), true},
		{"hosting is not a visit the other way",
			ev("PRKGOV", "RUSGOV", "043", "asserted", "2024-06-18", "day"),
			ev("PRKGOV", "RUS", "042", "asserted", "2024-06-18", "day"), false},
		{"generic consult and a visit",
			ev("RUS", "VNM", "040", "asserted", "2024-06-20", "day"),
			ev("RUS", "VNM", "042", "asserted", "2024-06-20", "day"), true},
		{"praise and signing share a root, not a family",
			ev("RUS", "PRK", "051", "asserted", "2024-06-19", "day"),
			ev("RUS", "PRK", "057", "asserted", "2024-06-19", "day"), false},
		{"an allegation and an assertion are one claim",
			ev("PRK", "RUS", "072", "alleged", "2024-06-19", "document"),
			ev("PRK", "RUS", "072", "asserted", "2024-06-19", "document"), true},
		{"a plan is not the event",
			ev("RUSGOV", "VNM", "042", "planned", "2024-06-20", "day"),
			ev("RUSGOV", "VNM", "042", "asserted", "2024-06-20", "day"), false},
		{"a denial is not the event",
			ev("RUS", "PRK", "057", "negated", "2024-06-19", "day"),
			ev("RUS", "PRK", "057", "asserted", "2024-06-19", "day"), false},
		{"the state and its opposition are different actors",
			ev("VENOPP", "USA", "020", "asserted", "2024-06-19", "day"),
			ev("VENGOV", "USA", "020", "asserted", "2024-06-19", "day"), false},
		{"an undated mention never joins a dated one",
			ev("RUS", "PRK", "057", "asserted", "", ""),
			ev("RUS", "PRK", "057", "asserted", "2024-06-19", "day"), false},
		{"no target and a target",
			ev("RUS", "", "042", "asserted", "2024-06-19", "day"),
			ev("RUS", "VNM", "042", "asserted", "2024-06-19", "day"), false},
	} {
		ma, mb := r.Mention(tc.a), r.Mention(tc.b)
		_, ab := Start(ma).Join(mb)
		_, ba := Start(mb).Join(ma)
		if ab != ba {
			t.Errorf("%s: joining is not symmetric (%v one way, %v the other)", tc.name, ab, ba)
		}
		if ab != tc.same {
			t.Errorf("%s: same = %v, want %v", tc.name, ab, tc.same)
		}
	}
}

// TestJoinKeepsTheBest checks what a canonical event keeps from its
// mentions: the most precise date, the most specific code and actor
// codes, asserted over alleged, and a stretch that narrows.
func TestJoinKeepsTheBest(t *testing.T) {
	r := DefaultRules()
	c := Start(r.Mention(ev("RUS", "VNM", "040", "alleged", "2024-06-19", "document")))
	steps := []event.Event{
		ev("RUSGOV", "VNM", "042", "asserted", "2024-06-19T19:00Z", "instant"),
		ev("RUS", "VNMGOV", "042", "alleged", "2024-06-20", "day"),
	}
	for _, e := range steps {
		var ok bool
		if c, ok = c.Join(r.Mention(e)); !ok {
			t.Fatalf("%+v did not join %+v", e, c)
		}
	}
	if c.Code != "042" || c.Source.Code != "RUSGOV" || c.Target.Code != "VNMGOV" || c.Modality != "asserted" {
		t.Errorf("canonical %+v: want code 042, RUSGOV>VNMGOV, asserted", c)
	}
	if c.Date == nil || c.Date.Value != "2024-06-19T19:00Z" {
		t.Errorf("date %+v, want the clock time", c.Date)
	}
	if w := c.When.Width(); w > int64(5*time.Hour/time.Second) {
		t.Errorf("stretch %d s wide, want the clock time's few hours", w)
	}
	// Once narrowed to the clock time, a day three days later no longer
	// fits, though it fits the publication day's window on its own.
	if _, ok := c.Join(r.Mention(ev("RUS", "VNM", "042", "asserted", "2024-06-17", "day"))); ok {
		t.Errorf("a day two days before the arrival joined it")
	}
	if !c.Directed {
		t.Errorf("a visit is a directed act")
	}
}

func TestChoose(t *testing.T) {
	r := DefaultRules()
	month := Start(r.Mention(ev("USA", "VNM", "042", "asserted", "2023-09", "month")))
	day := Start(r.Mention(ev("USA", "VNM", "042", "asserted", "2023-09-10", "day")))
	generic := Start(r.Mention(ev("USA", "VNM", "040", "asserted", "2023-09-10", "day")))
	other := Start(r.Mention(ev("USA", "VNM", "042", "asserted", "2024-03-01", "day")))
	m := r.Mention(ev("USAGOV", "VNM", "042", "asserted", "2023-09-10", "document"))
	for _, tc := range []struct {
		name  string
		cands []Event
		want  int
	}{
		{"narrowest stretch wins", []Event{month, day}, 1},
		{"same code before a family member", []Event{generic, day}, 1},
		{"earliest on a tie", []Event{day, day}, 0},
		{"none fits", []Event{other}, -1},
		{"nothing to choose", nil, -1},
	} {
		if got := Choose(m, tc.cands); got != tc.want {
			t.Errorf("%s: Choose = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestMutualOrientation(t *testing.T) {
	r := DefaultRules()
	c := Start(r.Mention(ev("PRKGOV", "RUSGOV", "057", "asserted", "2024-06-19", "day")))
	if c.Directed {
		t.Fatalf("signing is mutual")
	}
	c, ok := c.Join(r.Mention(ev("RUS", "PRK", "0571", "asserted", "2024-06-19", "document")))
	if !ok {
		t.Fatalf("the reversed signing did not join")
	}
	if c.Source.Principal != "PRK" || c.Source.Code != "PRKGOV" || c.Code != "0571" {
		t.Errorf("canonical %+v: want the first orientation kept and the finer code", c)
	}
}

func FuzzSpan(f *testing.F) {
	for _, s := range []string{"2024-06-20", "2024-06", "195", "2006/..", "../2024-07-02", "2024-06-19T19:00Z", "x/y", "/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iv, _, ok := Span(s)
		if ok && iv.Empty() {
			t.Fatalf("Span(%q) = empty %v with ok", s, iv)
		}
		d := &event.Date{Value: s, Granularity: "document"}
		if w, ok := DefaultRules().When(d); ok && w.Empty() {
			t.Fatalf("When(%q) empty", s)
		}
	})
}
