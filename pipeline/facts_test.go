package pipeline

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
)

// TestFacts runs a story written for this test through every stage with
// the built-in dictionaries and checks the facts its sentences state, with
// the coder's mentions and events behind them.
func TestFacts(t *testing.T) {
	p := builtinPipeline(t)
	text := "Brazil and Argentina sign defense pact\n\n" +
		"Brazilian President Luiz Inacio Lula da Silva and his Argentine counterpart signed a mutual defense pact on Monday, " +
		"promising to come to each other's aid if either is attacked.\n\n" +
		"Trade between Brazil and Argentina reached $28 billion in 2023, a fraction of Brazil's $157 billion trade with China " +
		"and $75 billion with the United States.\n\n" +
		"Washington and its allies accuse Iran of supplying drones to Venezuela, which has been under US sanctions since 2019.\n\n" +
		"For decades France was India's second-largest arms supplier.\n\n" +
		"Finland joined NATO in April 2023.\n"
	doc := document.Document{ID: "story.txt", Text: text, Published: time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC)}
	r := p.Process(doc)
	var got []string
	for _, f := range r.Facts {
		got = append(got, factString(f))
		if f.Doc != "story.txt" || f.ID == "" || f.Kind != "fact" {
			t.Errorf("record %+v", f)
		}
		if s := f.Evidence; s.Start < f.Sentence.Start || s.End > f.Sentence.End || text[s.Start:s.End] != s.Text {
			t.Errorf("evidence %+v outside its sentence %+v", s, f.Sentence)
		}
	}
	for _, want := range []string{
		"defense_pact BRA,ARG mutual since=2024-03-04",
		"trade BRA,ARG usd=2.8e+10 year=2023",
		"trade BRA,CHN usd=1.57e+11 year=2023",
		"trade BRA,USA usd=7.5e+10 year=2023",
		"arms_supply IRN>VEN alleged by=USA",
		"sanctions USA>VEN since=2019",
		"arms_supply FRA>IND",
		"membership FIN>IGOWSTNAT since=2023-04",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, strings.Join(got, "\n"))
		}
	}
	// Facts do not change the events; the same document gives the same ids.
	if events := p.Code(doc); len(events) != len(r.Events) {
		t.Errorf("Process gave %d events, Code %d", len(r.Events), len(events))
	}
	again := p.Process(doc)
	for i := range again.Facts {
		if again.Facts[i].ID != r.Facts[i].ID {
			t.Errorf("fact %d: id %s then %s", i, r.Facts[i].ID, again.Facts[i].ID)
		}
	}
	// The record's JSON keys are the documented ones.
	b, err := json.Marshal(r.Facts[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"kind":"fact"`, `"doc":`, `"id":`, `"type":`, `"sentence":`, `"evidence":`, `"parties":`, `"modality":`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("%s not in %s", key, b)
		}
	}
}

// TestMentions checks the mention records: the words that name the actor,
// the code, and the person and title of a titled name.
func TestMentions(t *testing.T) {
	p := builtinPipeline(t)
	text := "The Kremlin said Russian President Vladimir Putin would visit Hanoi.\n"
	p.Mentions = true
	r := p.Process(document.Document{ID: "m.txt", Text: text, Published: time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)})
	var got []string
	for _, m := range r.Mentions {
		actor := ""
		if m.Actor != nil {
			actor = m.Actor.Text
			if text[m.Actor.Start:m.Actor.End] != actor {
				t.Errorf("actor span %+v", *m.Actor)
			}
		}
		got = append(got, m.Span.Text+"|"+actor+"|"+m.Code+"|"+m.Person+"|"+m.Role)
	}
	want := []string{"The Kremlin|Kremlin|RUSGOV||", "Russian President Vladimir Putin|Russian|RUSGOV|Vladimir Putin|President", "Hanoi|Hanoi|VNM||"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions\n%q\nwant\n%q", got, want)
	}
	p.Mentions = false
	if m := p.Process(document.Document{ID: "m.txt", Text: text}).Mentions; m != nil {
		t.Errorf("Process gave mentions without Mentions: %v", m)
	}
}

// factString renders a fact for TestFacts: type, ends, and what is set.
func factString(f event.Fact) string {
	var b strings.Builder
	b.WriteString(f.Type + " ")
	if f.Source != "" {
		b.WriteString(f.Source + ">" + f.Target)
	} else {
		b.WriteString(strings.Join(f.Parties, ","))
	}
	if f.Mutual {
		b.WriteString(" mutual")
	}
	if f.ValueUSD != 0 {
		b.WriteString(" usd=" + strconv.FormatFloat(f.ValueUSD, 'g', -1, 64))
	}
	if f.Year != 0 {
		b.WriteString(" year=" + strconv.Itoa(f.Year))
	}
	if f.Since != "" {
		b.WriteString(" since=" + f.Since)
	}
	if f.Modality != event.Asserted {
		b.WriteString(" " + f.Modality)
	}
	if f.Attribution != nil {
		b.WriteString(" by=" + f.Attribution.Code)
	}
	return b.String()
}
