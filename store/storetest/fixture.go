// Package storetest is the conformance suite of the store: the behaviour
// every database behind store.DB must share, run by the tests of
// store/sqlite and store/postgres. Its documents and events are written by
// hand for it, so that every expectation follows from the fixture alone.
package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/store"
)

// builder makes an Input whose events and facts point into its sentences.
type builder struct {
	t  testing.TB
	in store.Input
	n  int
}

func newDoc(t testing.TB, name, text string, published time.Time) *builder {
	b := &builder{t: t}
	b.in.Document = document.Document{ID: name, Path: "fixture/" + name, Format: document.FormatText, Text: text,
		Published: published, Source: "Fixture Wire", Title: strings.SplitN(text, "\n", 2)[0], Language: "en"}
	b.in.Sentences = segment.Segment(text).Sentences
	return b
}

// sentence returns the span of the sentence that contains words.
func (b *builder) sentence(words string) event.Span {
	b.t.Helper()
	text := b.in.Document.Text
	for _, s := range b.in.Sentences {
		if strings.Contains(text[s.Start:s.End], words) {
			return event.Span{Start: s.Start, End: s.End, Text: text[s.Start:s.End]}
		}
	}
	b.t.Fatalf("fixture %s: no sentence holds %q", b.in.Document.ID, words)
	return event.Span{}
}

// event adds an event coded from the sentence holding words; src and tgt
// are "CODE" or "CODE=words" (the actor's words in the sentence), date is
// "VALUE granularity" or "".
func (b *builder) event(words, src, tgt, code, modality, date string) *builder {
	b.t.Helper()
	s := b.sentence(words)
	actor := func(spec string) event.Actor {
		code, text, ok := strings.Cut(spec, "=")
		if !ok {
			text = ""
		}
		return event.Actor{Code: code, Text: text}
	}
	e := event.Event{Doc: b.in.Document.ID, ID: fmt.Sprintf("%s-%d", b.in.Document.ID, b.n), Sentence: s,
		Source: actor(src), CAMEO: code, Modality: modality}
	b.n++
	if tgt != "" {
		a := actor(tgt)
		e.Target = &a
	}
	if info, ok := ontology.Lookup(code); ok {
		e.Plover = event.Plover{Type: info.PloverType, Mode: info.PloverMode}
		e.Goldstein, e.Quad = info.Goldstein, info.Quad
	}
	if date != "" {
		v, g, _ := strings.Cut(date, " ")
		e.Date = &event.Date{Value: v, Granularity: g}
	}
	b.in.Events = append(b.in.Events, e)
	return b
}

// attributed sets the attribution of the last event.
func (b *builder) attributed(text, code string) *builder {
	b.in.Events[len(b.in.Events)-1].Attribution = &event.Attribution{Text: text, Code: code}
	return b
}

// fact adds a fact stated by the words evidence.
func (b *builder) fact(f event.Fact, evidence string) *builder {
	b.t.Helper()
	s := b.sentence(evidence)
	i := strings.Index(s.Text, evidence)
	f.Kind, f.Doc, f.Sentence = "fact", b.in.Document.ID, s
	f.ID = fmt.Sprintf("%s-f%d", b.in.Document.ID, b.n)
	b.n++
	f.Evidence = event.Span{Start: s.Start + i, End: s.Start + i + len(evidence), Text: evidence}
	if f.Modality == "" {
		f.Modality = event.Asserted
	}
	b.in.Facts = append(b.in.Facts, f)
	return b
}

// person adds a person the document names at words.
func (b *builder) person(name, code, role, words string) *builder {
	b.t.Helper()
	i := strings.Index(b.in.Document.Text, words)
	if i < 0 {
		b.t.Fatalf("fixture %s: no %q", b.in.Document.ID, words)
	}
	b.in.Entities = append(b.in.Entities, event.Entity{Kind: "person", Doc: b.in.Document.ID, Name: name, Code: code,
		Country: code[:3], Role: role, Mentions: []event.Span{{Start: i, End: i + len(words), Text: words}}})
	return b
}

func (b *builder) done() store.Input { return b.in }

// The fixture's two wire stories and a commentary, written for this suite.
// They report, among other things, one summit in Oslo (a visit and a
// signed pact) in all three, so that its mentions must merge.
const (
	storyA = "Lindqvist lands in Oslo for pact talks\n\n" +
		"Swedish Prime Minister Eva Lindqvist arrived in Oslo on Monday evening for two days of talks. " +
		"Lindqvist and Norwegian Prime Minister Jonas Berg signed a mutual defence pact on Tuesday. " +
		"The two countries promised to defend each other if attacked. " +
		"Finland praised the agreement. " +
		"Sweden imposed sanctions on Belarus in March.\n\n" +
		"Trade between Sweden and Norway reached $40 billion in 2023.\n"
	storyB = "Nordic pact signed\n\n" +
		"OSLO (Fixture Wire) - Sweden and Norway signed a defence pact in Oslo, officials said. " +
		"Lindqvist arrived in the Norwegian capital late on Monday, 22:40 local time. " +
		"Russia condemned the pact, according to a Kremlin spokesperson. " +
		"Norway's navy will host Swedish ships next month.\n"
	commentary = "Why the Nordic pact matters\n\n" +
		"Analysts say the pact that Berg and Lindqvist signed this week binds Oslo to defend Stockholm. " +
		"Critics accuse Sweden of selling missiles to Norway for years. " +
		"Nobody has been sanctioned over it.\n"
)

var (
	mon = time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC) // Monday 3 March 2025
	tue = time.Date(2025, 3, 4, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	thu = time.Date(2025, 3, 6, 12, 0, 0, 0, time.UTC)
)

// docA is the first story: published Tuesday morning.
func docA(t testing.TB) store.Input {
	return newDoc(t, "a.txt", storyA, tue).
		event("arrived in Oslo", "SWEGOV=Swedish Prime Minister Eva Lindqvist", "NOR=Oslo", "042", "asserted", "2025-03-03 day").
		event("signed a mutual defence pact", "SWEGOV=Lindqvist", "NORGOV=Norwegian Prime Minister Jonas Berg", "057", "asserted", "2025-03-04 day").
		event("signed a mutual defence pact", "NORGOV=Norwegian Prime Minister Jonas Berg", "SWEGOV=Lindqvist", "057", "asserted", "2025-03-04 day").
		event("Finland praised", "FIN=Finland", "", "051", "asserted", "2025-03-04 document").
		event("imposed sanctions on Belarus", "SWE=Sweden", "BLR=Belarus", "163", "asserted", "2025-03 month").
		fact(event.Fact{Type: event.FactDefensePact, Parties: []string{"SWE", "NOR"}, Mutual: true, Since: "2025-03-04",
			Level: "mutual defence pact"}, "promised to defend each other if attacked").
		fact(event.Fact{Type: event.FactTrade, Parties: []string{"SWE", "NOR"}, ValueUSD: 40e9, Year: 2023},
			"Trade between Sweden and Norway reached $40 billion in 2023").
		person("Eva Lindqvist", "SWEGOV", "prime minister", "Eva Lindqvist").
		person("Jonas Berg", "NORGOV", "prime minister", "Jonas Berg").
		done()
}

// docB is the second story, published Tuesday too: the same arrival (a
// clock time in local time, an hour ahead of UTC) and the same pact, seen
// from the other side.
func docB(t testing.TB) store.Input {
	return newDoc(t, "b.txt", storyB, tue.Add(2*time.Hour)).
		event("signed a defence pact in Oslo", "NOR=Norway", "SWE=Sweden", "057", "asserted", "2025-03-04 document").
		event("arrived in the Norwegian capital", "SWEGOV=Lindqvist", "NOR=the Norwegian capital", "042", "asserted", "2025-03-03T21:40Z instant").
		event("Russia condemned", "RUS=Russia", "SWE", "111", "asserted", "2025-03-04 document").attributed("a Kremlin spokesperson", "RUSGOV").
		event("will host Swedish ships", "NORMIL=Norway's navy", "SWEMIL=Swedish ships", "043", "planned", "2025-04 month").
		fact(event.Fact{Type: event.FactDefensePact, Parties: []string{"NORGOV", "SWEGOV"}, Mutual: true,
			Attribution: &event.Attribution{Text: "officials", Code: ""}}, "signed a defence pact in Oslo").
		person("Eva Lindqvist", "SWEGOV", "", "Lindqvist").
		done()
}

// docC is the commentary, two days later.
func docC(t testing.TB) store.Input {
	return newDoc(t, "c.txt", commentary, thu).
		event("Berg and Lindqvist signed", "NORGOV=Berg", "SWEGOV=Lindqvist", "057", "asserted", "2025-03-06 document").
		event("accuse Sweden", "CVL=Critics", "SWE=Sweden", "112", "asserted", "2025-03-06 document").
		event("selling missiles to Norway", "SWE=Sweden", "NOR=Norway", "072", "alleged", "2025-03-06 document").
		fact(event.Fact{Type: event.FactArmsSupply, Parties: []string{"SWE", "NOR"}, Source: "SWE", Target: "NOR",
			Modality: event.Alleged}, "selling missiles to Norway").
		done()
}
