package evalsuite

import (
	"testing"

	"github.com/entente/entente/coder"
)

func TestJudgeEvents(t *testing.T) {
	a, b, c := Triple{Source: "AAA", Target: "BBB", Code: "010"}, Triple{Source: "BBB", Target: "AAA", Code: "020"}, Triple{Source: "CCC", Target: "---", Code: "030"}
	evA, evB, evC := ev("AAA", "BBB", "010"), ev("BBB", "AAA", "020"), ev("CCC", "", "030")
	tests := []struct {
		name         string
		want         []Triple
		res          coder.Result
		ordered      bool
		status       Status
		reason       string
		found, extra int
	}{
		{"exact", []Triple{a, b}, events(evA, evB), true, Pass, "", 2, 0},
		{"swapped unordered", []Triple{a, b}, events(evB, evA), false, Pass, "", 2, 0},
		{"swapped ordered", []Triple{a, b}, events(evB, evA), true, Fail, FailOrder, 2, 0},
		{"missing", []Triple{a, b}, events(evA), false, Fail, FailMissing, 1, 0},
		{"extra", []Triple{a}, events(evA, evB), false, Fail, FailExtra, 1, 1},
		{"wrong", []Triple{a}, events(evB), true, Fail, FailWrong, 0, 1},
		{"empty target is ---", []Triple{c}, events(evC), true, Pass, "", 1, 0},
		{"multiset short", []Triple{a, a}, events(evA), false, Fail, FailMissing, 1, 0},
		{"multiset long", []Triple{a}, events(evA, evA), false, Fail, FailExtra, 1, 1},
		{"discarded", []Triple{a}, coder.Result{Discard: coder.DiscardStory}, false, Fail, FailDiscarded, 0, 0},
		{"complex", []Triple{a}, coder.Result{Complex: true}, true, Fail, FailComplex, 0, 0},
		{"code spaces", []Triple{{Source: " AAA ", Target: "BBB", Code: " 010"}}, events(evA), true, Pass, "", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Outcome{Expect: ExpectEvents}
			judge(&o, "", normExpected(tt.want), tt.res, tt.ordered)
			if o.Status != tt.status || o.Reason != tt.reason || o.Found != tt.found || o.Extra != tt.extra {
				t.Errorf("got %v/%q found %d extra %d, want %v/%q found %d extra %d",
					o.Status, o.Reason, o.Found, o.Extra, tt.status, tt.reason, tt.found, tt.extra)
			}
		})
	}
}

func TestJudgeNoEvents(t *testing.T) {
	one := events(ev("AAA", "BBB", "010"))
	tests := []struct {
		expect string
		res    coder.Result
		reason string // "" = pass
	}{
		{ExpectNothing, coder.Result{}, ""},
		{ExpectNothing, one, FailExtra},
		{ExpectNothing, coder.Result{Complex: true}, ""},
		{ExpectDiscard, coder.Result{Discard: coder.DiscardSentence}, ""},
		{ExpectDiscard, coder.Result{Discard: coder.DiscardStory}, ""},
		{ExpectDiscard, coder.Result{}, FailNoDiscard},
		{ExpectDiscard, coder.Result{Discard: coder.DiscardSentence, Events: one.Events}, FailExtra},
		{ExpectSentenceDiscard, coder.Result{Discard: coder.DiscardSentence}, ""},
		{ExpectSentenceDiscard, coder.Result{Discard: coder.DiscardStory}, FailWrongDiscard},
		{ExpectSentenceDiscard, coder.Result{}, FailNoDiscard},
		{ExpectStoryDiscard, coder.Result{Discard: coder.DiscardStory}, ""},
		{ExpectStoryDiscard, coder.Result{Discard: coder.DiscardSentence}, FailWrongDiscard},
		{ExpectComplex, coder.Result{Complex: true}, ""},
		{ExpectComplex, coder.Result{}, FailNotComplex},
		{ExpectComplex, coder.Result{Complex: true, Events: one.Events}, FailExtra},
	}
	for _, tt := range tests {
		o := Outcome{Expect: tt.expect}
		judge(&o, "", nil, tt.res, true)
		want := Pass
		if tt.reason != "" {
			want = Fail
		}
		if o.Status != want || o.Reason != tt.reason {
			t.Errorf("%s with %+v: %v/%q, want %v/%q", tt.expect, tt.res, o.Status, o.Reason, want, tt.reason)
		}
		if o.Extra != len(tt.res.Events) {
			t.Errorf("%s with %+v: extra %d", tt.expect, tt.res, o.Extra)
		}
	}
}

func TestNewActorMatch(t *testing.T) {
	text := "Grand Fenwick’s Duchess Gloriana and the Mouse That Roared met."
	quoted := Triple{Source: `"GRAND FENWICK DUCHESS GLORIANA"`, Target: "---", Code: "031"}
	null := Triple{Source: "---", Target: "---", Code: "031"}
	gloriana := evText(text, "Grand Fenwick’s Duchess Gloriana", "---", "", "031")
	mouse := evText(text, "Mouse That Roared", "---", "", "031")
	tests := []struct {
		name  string
		want  []Triple
		got   []coder.Coded
		found int
	}{
		{"quoted matches span", []Triple{quoted}, []coder.Coded{gloriana}, 1},
		{"quoted needs the right words", []Triple{quoted}, []coder.Coded{mouse}, 0},
		{"quoted needs ---", []Triple{quoted}, []coder.Coded{ev("GFW", "", "031")}, 0},
		{"quoted written by the coder", []Triple{quoted}, []coder.Coded{ev(`"GRAND FENWICK DUCHESS GLORIANA"`, "", "031")}, 1},
		// The expected --- must not take the event the quoted actor needs,
		// whatever the order.
		{"exact first", []Triple{quoted, null}, []coder.Coded{gloriana, mouse}, 2},
		{"exact first reversed", []Triple{null, quoted}, []coder.Coded{mouse, gloriana}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Outcome{Expect: ExpectEvents}
			judge(&o, text, normExpected(tt.want), events(tt.got...), false)
			if o.Found != tt.found {
				t.Errorf("found %d, want %d", o.Found, tt.found)
			}
		})
	}
}

func TestQuotedWords(t *testing.T) {
	for in, want := range map[string]string{
		"Gryffindor's head Minerva McGonagall": "GRYFFINDOR HEAD MINERVA MCGONAGALL",
		"the  Ministry of Magic,":              "THE MINISTRY OF MAGIC",
		"injury toll":                          "INJURY TOLL",
		"O'Brien’s":                            "OBRIEN",
		"--":                                   "",
	} {
		if got := quotedWords(in); got != want {
			t.Errorf("quotedWords(%q) = %q, want %q", in, got, want)
		}
	}
}
