package evalsuite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/store"
)

// AcrossStore is what the cross-document scorer needs of a store: to take
// documents, count what it holds, and list its canonical events with their
// mentions.
type AcrossStore interface {
	Put(ctx context.Context, ins ...store.Input) ([]store.PutResult, error)
	Stats(ctx context.Context) (store.Stats, error)
	ScanEvents(ctx context.Context, q store.EventQuery, fn func(store.Event) error) error
}

// AcrossGroup is the outcome of one across_documents group.
type AcrossGroup struct {
	Canonical string `json:"canonical"`
	// OK is set when one canonical event holds a stored mention matching
	// every gold mention of the group, from at least two documents.
	OK bool `json:"ok"`
	// Event is that canonical event (or the one holding most of the
	// group's mentions); Sources and Documents are its sources.
	Event     int64    `json:"event"`
	Sources   int      `json:"sources"`
	Documents []string `json:"documents"`
	// Date is the canonical event's date.
	Date string `json:"date"`
	// Unmatched lists the gold mentions no stored mention matches;
	// Split those matched only by mentions of other canonical events.
	Unmatched []string `json:"unmatched"`
	Split     []string `json:"split"`
}

// AcrossReport scores the across_documents groups of a seeds gold.
type AcrossReport struct {
	Suite  string        `json:"suite"` // "across"
	Groups []AcrossGroup `json:"groups"`
	// Idempotent reports that ingesting the documents a second time
	// changed no count of the store; Stats are the counts.
	Idempotent bool        `json:"idempotent"`
	Stats      store.Stats `json:"stats"`
}

// OK counts the groups that hold.
func (r AcrossReport) OK() int {
	n := 0
	for _, g := range r.Groups {
		if g.OK {
			n++
		}
	}
	return n
}

// Figures returns groups (the groups scored), groups_ok and idempotent (1
// when a second ingest changed nothing).
func (r AcrossReport) Figures() map[string]float64 {
	idem := 0.0
	if r.Idempotent {
		idem = 1
	}
	return map[string]float64{"groups": float64(len(r.Groups)), "groups_ok": float64(r.OK()), "idempotent": idem}
}

// JSON renders the report as one line.
func (r AcrossReport) JSON() ([]byte, error) {
	type figures struct {
		AcrossReport
		GroupsOK int `json:"groups_ok"`
	}
	return json.Marshal(figures{AcrossReport: r, GroupsOK: r.OK()})
}

// WriteText writes the report for people.
func (r AcrossReport) WriteText(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "across documents: %d of %d groups are one canonical event with mentions from several documents\n", r.OK(), len(r.Groups))
	fmt.Fprintf(&b, "second ingest changed nothing: %v (%d documents, %d mentions, %d canonical events)\n",
		r.Idempotent, r.Stats.Documents, r.Stats.Mentions, r.Stats.Events)
	for _, g := range r.Groups {
		fmt.Fprintf(&b, "%s  %s: event %d, %d sources %v, date %s", okText(g.OK), g.Canonical, g.Event, g.Sources, g.Documents, g.Date)
		if len(g.Unmatched) > 0 {
			fmt.Fprintf(&b, "; no stored mention matches %v", g.Unmatched)
		}
		if len(g.Split) > 0 {
			fmt.Fprintf(&b, "; in other events: %v", g.Split)
		}
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// RunAcross ingests the gold's documents from seedsDir into st (which
// should be empty), each made ready for the store by process (see
// ingest.Input), ingests them again to check that nothing changes, and
// scores the across_documents groups.
func RunAcross(ctx context.Context, g *SeedGold, seedsDir string, st AcrossStore, process func(document.Document) store.Input) (AcrossReport, error) {
	rep := AcrossReport{Suite: "across"}
	var ins []store.Input
	for _, d := range g.Documents {
		doc, err := readSeed(ctx, seedsDir, d)
		if err != nil {
			return rep, err
		}
		ins = append(ins, process(doc))
	}
	for _, in := range ins {
		if _, err := st.Put(ctx, in); err != nil {
			return rep, err
		}
	}
	first, err := st.Stats(ctx)
	if err != nil {
		return rep, err
	}
	if _, err := st.Put(ctx, ins...); err != nil {
		return rep, err
	}
	if rep.Stats, err = st.Stats(ctx); err != nil {
		return rep, err
	}
	rep.Idempotent = rep.Stats == first
	var events []store.Event
	err = st.ScanEvents(ctx, store.EventQuery{Mentions: true}, func(e store.Event) error {
		events = append(events, e)
		return nil
	})
	if err != nil {
		return rep, err
	}
	rep.Groups = ScoreAcross(g, events)
	return rep, nil
}

// ScoreAcross checks each across_documents group against the canonical
// events of a store: a stored mention matches a gold mention when it comes
// from the gold's document and matches its event by the rules of the
// gold's README; the group holds when one canonical event has a match for
// every gold mention and mentions from at least two documents.
func ScoreAcross(g *SeedGold, events []store.Event) []AcrossGroup {
	var out []AcrossGroup
	for _, grp := range g.AcrossDocuments {
		res := AcrossGroup{Canonical: grp.Canonical, Documents: []string{}, Unmatched: []string{}, Split: []string{}}
		// holders[i] are the canonical events with a mention matching
		// gold mention i.
		holders := make([][]int64, len(grp.Mentions))
		for i, ref := range grp.Mentions {
			ge := g.mention(ref)
			doc := g.documentOf(ref)
			for _, e := range events {
				for _, m := range e.Mentions {
					if m.Doc == doc && mentionMatches(*ge, m) && !slices.Contains(holders[i], e.ID) {
						holders[i] = append(holders[i], e.ID)
					}
				}
			}
			if len(holders[i]) == 0 {
				res.Unmatched = append(res.Unmatched, ref)
			}
		}
		// The event holding the most gold mentions, the earliest on a tie.
		count := map[int64]int{}
		for _, hs := range holders {
			for _, id := range hs {
				count[id]++
			}
		}
		for id, n := range count {
			if res.Event == 0 || n > count[res.Event] || (n == count[res.Event] && id < res.Event) {
				res.Event = id
			}
		}
		for i, hs := range holders {
			if len(hs) > 0 && !slices.Contains(hs, res.Event) {
				res.Split = append(res.Split, grp.Mentions[i])
			}
		}
		for _, e := range events {
			if e.ID != res.Event {
				continue
			}
			res.Sources = e.Sources
			if e.Date != nil {
				res.Date = e.Date.Value
			}
			for _, m := range e.Mentions {
				if !slices.Contains(res.Documents, m.Doc) {
					res.Documents = append(res.Documents, m.Doc)
				}
			}
		}
		res.OK = res.Event != 0 && len(res.Unmatched) == 0 && len(res.Split) == 0 && len(res.Documents) >= 2
		out = append(out, res)
	}
	return out
}

// documentOf returns the document name (file base name) a cross-document
// mention "000:a-pact" refers to.
func (g *SeedGold) documentOf(ref string) string {
	prefix, _, _ := strings.Cut(ref, ":")
	for _, d := range g.Documents {
		if base := filepath.Base(d.File); strings.HasPrefix(base, prefix) {
			return base
		}
	}
	return ""
}

// mentionMatches applies the gold's event rules to a stored mention.
func mentionMatches(ge GoldEvent, m store.Mention) bool {
	if !strings.Contains(fold(m.Sentence.Text), fold(ge.Evidence)) {
		return false
	}
	e := event.Event{Doc: m.Doc, Sentence: m.Sentence, Source: m.Source, Target: m.Target, CAMEO: m.CAMEO,
		Plover: m.Plover, Date: m.Date, Modality: m.Modality}
	return len(eventMisses(ge, e)) == 0
}
