package timex

import (
	"strings"
	"testing"
	"time"
)

// wednesday is the publication time of the tests: Wednesday 19 June 2024,
// 09:30 UTC.
var wednesday = AnchorAt(time.Date(2024, 6, 19, 9, 30, 0, 0, time.UTC))

// want is one expected expression: the phrase, its TIMEX3 value and the
// event value with its granularity.
type want struct {
	text, timex3, value string
	gran                Granularity
}

func (w want) String() string {
	return w.text + " " + w.timex3 + " → " + w.value + " " + string(w.gran)
}

func got(t Timex) want { return want{t.Text, t.TIMEX3.Value, t.Value, t.Granularity} }

// doc runs the sentences through one resolver, as one document.
func doc(a Anchor, sentences ...string) [][]Timex {
	r := NewResolver(a)
	out := make([][]Timex, len(sentences))
	for i, s := range sentences {
		out[i] = r.Sentence(s)
	}
	return out
}

func TestSentence(t *testing.T) {
	tests := []struct {
		sentence string
		want     []want
	}{
		// The nine phrases of the issue, in sentences of our own.
		{"The minister will travel to Paris on Thursday for talks.",
			[]want{{"on Thursday", "2024-06-20", "2024-06-20", Day}}},
		{"The agency confirmed the arrival on Wednesday evening.",
			[]want{{"on Wednesday evening", "2024-06-19TEV", "2024-06-19", Day}}},
		{"Leaders will gather for a summit in Brussels next month.",
			[]want{{"next month", "2024-07", "2024-07", Month}}},
		{"The country has been under an arms embargo since 2006.",
			[]want{{"since 2006", "2006", "2006/..", Interval}}},
		{"The plane touched down around 2am (7pm GMT Wednesday), officials said.",
			[]want{{"around 2am", "2024-06-20T02:00", "2024-06-19T19:00Z", Instant},
				{"7pm GMT Wednesday", "2024-06-19T19:00", "2024-06-19T19:00Z", Instant}}},
		{"It was the first such trip in 24 years.",
			[]want{{"in 24 years", "P24Y", "", Duration}}},
		{"For decades the port was closed to foreign ships.",
			[]want{{"For decades", "PXDE", "", Duration}}},
		{"The foreign minister visited Tokyo in September.",
			[]want{{"in September", "2023-09", "2023-09", Month}}},
		{"The talks will resume in September.",
			[]want{{"in September", "2024-09", "2024-09", Month}}},

		// Weekdays by tense; the publication weekday is today.
		{"The envoy met the king on Tuesday.", []want{{"on Tuesday", "2024-06-18", "2024-06-18", Day}}},
		{"The envoy said on Wednesday that talks had stalled.", []want{{"on Wednesday", "2024-06-19", "2024-06-19", Day}}},
		{"The envoy will meet the king on Wednesday.", []want{{"on Wednesday", "2024-06-19", "2024-06-19", Day}}},
		{"The envoy met the king on Thursday.", []want{{"on Thursday", "2024-06-13", "2024-06-13", Day}}},
		{"Voting is expected to begin on Monday.", []want{{"on Monday", "2024-06-24", "2024-06-24", Day}}},
		{"The cabinet resigned last Friday.", []want{{"last Friday", "2024-06-14", "2024-06-14", Day}}},
		{"Parliament reconvenes next Monday.", []want{{"next Monday", "2024-06-24", "2024-06-24", Day}}},
		{"On Saturday, rebels shelled the airport.", []want{{"On Saturday", "2024-06-15", "2024-06-15", Day}}},
		{"Negotiators are meeting in Geneva on Friday.", []want{{"on Friday", "2024-06-21", "2024-06-21", Day}}},

		// Days relative to today.
		{"The president arrived yesterday.", []want{{"yesterday", "2024-06-18", "2024-06-18", Day}}},
		{"The vote is due tomorrow morning.", []want{{"tomorrow morning", "2024-06-20TMO", "2024-06-20", Day}}},
		{"Protesters gathered again last night.", []want{{"last night", "2024-06-18TNI", "2024-06-18", Day}}},
		{"He will speak tonight.", []want{{"tonight", "2024-06-19TNI", "2024-06-19", Day}}},
		{"Rebels seized the town two days ago.", []want{{"two days ago", "2024-06-17", "2024-06-17", Day}}},
		{"The treaty was signed four years ago.", []want{{"four years ago", "2020", "2020", Year}}},
		{"The ceasefire collapsed a few weeks ago.", []want{{"a few weeks ago", "PAST_REF", "", ""}}},

		// Units relative to today.
		{"Inflation slowed last week.", []want{{"last week", "2024-W24", "2024-06-10/2024-06-16", Interval}}},
		{"Exports rose this year.", []want{{"this year", "2024", "2024", Year}}},
		{"Earlier this year, the minister resigned.", []want{{"Earlier this year", "2024", "2024", Year}}},
		{"The bank will cut rates later this month.", []want{{"later this month", "2024-06", "2024-06", Month}}},
		{"The economy shrank late last year.", []want{{"late last year", "2023", "2023", Year}}},
		{"The deal expires at the end of the year.", []want{{"at the end of the year", "2024", "2024", Year}}},
		{"The drought began last summer.", []want{{"last summer", "2023-SU", "2023-06/2023-08", Interval}}},
		{"Elections are planned for next spring.", []want{{"for next spring", "2025-SP", "2025-03/2025-05", Interval}}},
		{"Ministers met last October to review the plan.", []want{{"last October", "2023-10", "2023-10", Month}}},
		{"Ministers met last June to review the plan.", []want{{"last June", "2023-06", "2023-06", Month}}},
		{"The summit is set for this weekend.", []want{{"for this weekend", "2024-W25-WE", "2024-06-22/2024-06-23", Interval}}},
		{"The fund shrank in the first quarter.", []want{{"in the first quarter", "2024-Q1", "2024-01/2024-03", Interval}}},
		{"Profits rose in Q3 2023.", []want{{"in Q3 2023", "2023-Q3", "2023-07/2023-09", Interval}}},
		{"Growth slowed in the second half of 2023.", []want{{"in the second half of 2023", "2023-H2", "2023-07/2023-12", Interval}}},
		{"The mission will end in two weeks.", []want{{"in two weeks", "P2W", "2024-07-03", Day}}},
		// An ordinal or superlative before "in" measures how long since,
		// even in a future sentence.
		{"He is expected to land tonight for his first visit in 24 years.", []want{{"tonight", "2024-06-19TNI", "2024-06-19", Day}, {"in 24 years", "P24Y", "", Duration}}},
		{"The river will fall to its lowest level in a decade.", []want{{"in a decade", "P10Y", "", Duration}}},
		{"The court will rule on the request in two weeks.", []want{{"in two weeks", "P2W", "2024-07-03", Day}}},
		{"The plant will close three years from now.", []want{{"three years from now", "2027", "2027", Year}}},

		// Explicit dates in the shapes news uses.
		{"The accord was signed on Wednesday, June 12, 2024, in Oslo.",
			[]want{{"on Wednesday, June 12, 2024", "2024-06-12", "2024-06-12", Day}}},
		{"The accord was signed on 12 June 2024.", []want{{"on 12 June 2024", "2024-06-12", "2024-06-12", Day}}},
		{"The accord was signed on the 12th of June.", []want{{"on the 12th of June", "2024-06-12", "2024-06-12", Day}}},
		{"The accord was signed on Jan. 5.", []want{{"on Jan. 5", "2024-01-05", "2024-01-05", Day}}},
		{"The accord was signed 2024-06-12 in Oslo.", []want{{"2024-06-12", "2024-06-12", "2024-06-12", Day}}},
		{"Talks resume on July 2.", []want{{"on July 2", "2024-07-02", "2024-07-02", Day}}},
		{"The tariffs were delayed until July 2.", []want{{"until July 2", "2024-07-02", "../2024-07-02", Interval}}},
		{"The clashes began in mid-May.", []want{{"in mid-May", "2024-05", "2024-05", Month}}},
		{"The firm was founded in March 2019.", []want{{"in March 2019", "2019-03", "2019-03", Month}}},
		{"The unrest began in early 2011.", []want{{"in early 2011", "2011", "2011", Year}}},
		{"Russia invaded Ukraine in 2022.", []want{{"in 2022", "2022", "2022", Year}}},
		{"The pandemic of 2009-2010 killed thousands.",
			[]want{{"2009", "2009", "2009", Year}, {"2010", "2010", "2010", Year}}},
		{"The record of 1957-58 still stands.",
			[]want{{"1957", "1957", "1957", Year}, {"58", "1958", "1958", Year}}},
		{"Ties date back to the 1950s.", []want{{"the 1950s", "195", "195", Decade}}},
		{"The music of the '90s is back.", []want{{"the '90s", "199", "199", Decade}}},
		{"The border was drawn in the 20th century.",
			[]want{{"in the 20th century", "19", "1900/1999", Interval}}},
		{"Sales fell in fiscal 2023.", []want{{"in fiscal 2023", "2023", "2023", Year}}},

		// Holidays on fixed days.
		{"The ceasefire collapsed on Christmas Eve.", []want{{"on Christmas Eve", "2023-12-24", "2023-12-24", Day}}},
		{"The parade is held on Victory Day.", []want{{"on Victory Day", "2024-05-09", "2024-05-09", Day}}},
		{"Fireworks will be banned on New Year's Eve.", []want{{"on New Year's Eve", "2024-12-31", "2024-12-31", Day}}},

		// Clock times and zones.
		{"The strike hit at 14:00 GMT.", []want{{"at 14:00 GMT", "2024-06-19T14:00", "2024-06-19T14:00Z", Instant}}},
		{"The meeting opened at noon Moscow time.", []want{{"at noon Moscow time", "2024-06-19T12:00", "2024-06-19T09:00Z", Instant}}},
		{"The blast happened at 10:30 p.m. on Monday.",
			[]want{{"at 10:30 p.m.", "2024-06-17T22:30", "2024-06-17T22:30", Instant}, {"on Monday", "2024-06-17", "2024-06-17", Day}}},

		// Durations, sets and vague references.
		{"The siege lasted more than a week.", []want{{"more than a week", "P1W", "", Duration}}},
		{"Prices rose over the past two years.", []want{{"over the past two years", "P2Y", "", Duration}}},
		{"Talks will continue in the coming weeks.", []want{{"in the coming weeks", "PXW", "", Duration}}},
		{"Violence has surged in recent months.", []want{{"in recent months", "PXM", "", Duration}}},
		{"The four-week course starts soon.", []want{{"four-week", "P4W", "", Duration}, {"soon", "FUTURE_REF", "", ""}}},
		{"Inspectors visit the site every year.", []want{{"every year", "P1Y", "", Set}}},
		{"The report is published annually.", []want{{"annually", "P1Y", "", Set}}},
		{"He pays $5 million a year in fees.", []want{{"a year", "P1Y", "", Set}}},
		{"The reactor is now offline.", []want{{"now", "PRESENT_REF", "", ""}}},
		{"The group recently changed its name.", []want{{"recently", "PAST_REF", "", ""}}},

		// Words that are not time expressions.
		{"May I ask a question?", nil},
		{"April Ryan asked the question.", nil},
		{"The Sunday Times reported the deal.", nil},
		{"He helped negotiate the Good Friday Agreement.", nil},
		{"About 2000 troops crossed the border.", nil},
		{"The 1500-strong force withdrew.", nil},
		{"USA Today published the letter.", nil},
		{"The boy was 12 years old.", nil},
		{"Children aged 6 months and older can be vaccinated.", nil},
		{"The march was peaceful.", nil},
		{"They could not fall back.", nil},
		{"Many weekend sporting events were cancelled.", nil},
		{"Rates rose by a quarter point.", nil},
		{"The drills will last a few months.", []want{{"a few months", "PXM", "", Duration}}},
		{"Refugees have fled since fighting erupted in April last year.",
			[]want{{"in April last year", "2023-04", "2023-04", Month}}},
		{"Nobody was hurt.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			tx := doc(wednesday, tt.sentence)[0]
			var have []want
			for _, x := range tx {
				have = append(have, got(x))
			}
			if len(have) != len(tt.want) {
				t.Fatalf("got %v, want %v", have, tt.want)
			}
			for i := range have {
				if have[i] != tt.want[i] {
					t.Errorf("got %v, want %v", have[i], tt.want[i])
				}
			}
		})
	}
}

// TestAnchored checks expressions resolved from the date before them.
func TestAnchored(t *testing.T) {
	tests := []struct {
		sentences []string
		want      want // in the last sentence
	}{
		{[]string{"The prime minister toured the region in March.", "His rival made the same trip three months later."},
			want{"three months later", "2024-06", "2024-06", Month}},
		{[]string{"The US president visited Hanoi in September.", "Beijing's leader followed just three months later."},
			want{"three months later", "2023-12", "2023-12", Month}},
		{[]string{"The army entered the city on June 2.", "The next day, rebels withdrew."},
			want{"The next day", "2024-06-03", "2024-06-03", Day}},
		{[]string{"The army entered the city on June 2.", "Rebels had left the previous week."},
			want{"the previous week", "2024-05-26", "2024-05-26", Day}},
		{[]string{"The dam was finished in 1998.", "A decade later it failed."},
			want{"A decade later", "2008", "2008", Year}},
		{[]string{"Profit was $3 million in 2023.", "It was $2 million the prior year."},
			want{"the prior year", "2022", "2022", Year}},
		{[]string{"Profit was $3 million in fiscal year 2023.", "It had been $2 million a year before."},
			want{"a year before", "2022", "2022", Year}},
		{[]string{"The dam was finished in 1998.", "It failed that year."},
			want{"that year", "1998", "1998", Year}},
		{[]string{"The president will visit Vietnam on Thursday, a day after signing the pact."},
			want{"a day after", "P1D", "2024-06-19", Day}},
	}
	for _, tt := range tests {
		t.Run(tt.sentences[len(tt.sentences)-1], func(t *testing.T) {
			all := doc(wednesday, tt.sentences...)
			last := all[len(all)-1]
			for _, x := range last {
				if got(x) == tt.want {
					return
				}
			}
			var have []want
			for _, x := range last {
				have = append(have, got(x))
			}
			t.Errorf("got %v, want %v", have, tt.want)
		})
	}
}

// TestUnresolved checks that without an anchor nothing relative gets a
// value, and explicit dates still do.
func TestUnresolved(t *testing.T) {
	tx := doc(Anchor{}, "The pact signed on June 12, 2024 takes effect next month.")[0]
	if len(tx) != 2 {
		t.Fatalf("got %d expressions, want 2", len(tx))
	}
	if tx[0].Value != "2024-06-12" {
		t.Errorf("explicit date: got %q", tx[0].Value)
	}
	if tx[1].Value != "" || tx[1].TIMEX3.Value != "" {
		t.Errorf("next month without anchor: got %q / %q, want nothing", tx[1].Value, tx[1].TIMEX3.Value)
	}
}

func TestSpans(t *testing.T) {
	s := "MOSCOW, June 19 (Reuters) - The envoy met the king on Tuesday."
	for _, x := range doc(wednesday, s)[0] {
		if s[x.Start:x.End] != x.Text {
			t.Errorf("Text %q is not s[%d:%d]", x.Text, x.Start, x.End)
		}
		if x.TIMEX3.Start < x.Start || x.TIMEX3.End > x.End {
			t.Errorf("TIMEX3 [%d,%d) outside the phrase [%d,%d)", x.TIMEX3.Start, x.TIMEX3.End, x.Start, x.End)
		}
	}
}

func TestNoTimeWords(t *testing.T) {
	r := NewResolver(wednesday)
	for _, s := range []string{"", "The ministers disagreed sharply.", "Nobody — not even the king — spoke.", "é ü ñ ’ “”"} {
		if tx := r.Sentence(s); tx != nil {
			t.Errorf("%q: got %v", s, tx)
		}
	}
}

func TestGranularityValues(t *testing.T) {
	// Every granularity a Timex carries is one the event record knows,
	// or Duration or Set for what dates nothing.
	ok := map[Granularity]bool{Instant: true, Day: true, Month: true, Year: true, Decade: true,
		Interval: true, Duration: true, Set: true, "": true}
	r := NewResolver(wednesday)
	for _, s := range strings.Split(newsSample, "\n") {
		for _, x := range r.Sentence(s) {
			if !ok[x.Granularity] {
				t.Errorf("%q: granularity %q", x.Text, x.Granularity)
			}
			if (x.Value == "") != (x.Granularity == Duration || x.Granularity == Set || x.Granularity == "") {
				t.Errorf("%q: value %q with granularity %q", x.Text, x.Value, x.Granularity)
			}
		}
	}
}

// TestShortWords keeps lowerInto's list of short words in step with the
// lexicon: words under three letters skip the filter.
func TestShortWords(t *testing.T) {
	toks, _ := tokenize("1 a an in at up", nil)
	lowerInto("1 a an in at up", toks)
	have := map[string]bool{}
	for _, tk := range toks {
		if tk.lex.k != lNone {
			have[tk.low] = true
		}
	}
	for w := range lexicon {
		if len(w) < 3 && !have[w] {
			t.Errorf("lexicon word %q is not in lowerInto's list of short words", w)
		}
	}
}

// TestFilters checks that the word filters pass every word they stand for.
func TestFilters(t *testing.T) {
	for w, l := range lexicon {
		if !known.has(w) {
			t.Errorf("known filter drops %q", w)
		}
		if l.trigger() && !triggers.has(w) {
			t.Errorf("trigger filter drops %q", w)
		}
		if l.trigger() && l.k != lMonth && !worthLooking("x "+w+" y") {
			t.Errorf("worthLooking misses %q", w)
		}
	}
}
