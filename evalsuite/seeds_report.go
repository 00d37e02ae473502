package evalsuite

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Figures returns the figures a [Baseline] can hold for this suite:
// recall, precision, required_found, required, matched,
// no_event_violations_max, extra_events_max (coded minus matched),
// boilerplate_ok and headings_ok (1 or 0), and the recall of required
// metonyms, facts and relations (metonyms_recall, facts_recall,
// relations_recall).
func (r SeedsReport) Figures() map[string]float64 {
	return map[string]float64{
		"recall":                  r.Recall(),
		"metonyms_recall":         r.Category("metonyms").Recall(),
		"facts_recall":            r.Category("facts").Recall(),
		"relations_recall":        r.Category("relations").Recall(),
		"precision":               r.Precision(),
		"required_found":          float64(r.RequiredFound),
		"required":                float64(r.Required),
		"matched":                 float64(r.Matched),
		"no_event_violations_max": float64(r.NoEventViolations),
		"extra_events_max":        float64(r.Coded - r.Matched),
		"boilerplate_ok":          b2f(r.BoilerplateOK()),
		"headings_ok":             b2f(r.HeadingsOK()),
		"persons_recall":          r.Category("persons").Recall(),
		"organizations_recall":    r.Category("organizations").Recall(),
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// jsonCategory is a category in the JSON report.
type jsonCategory struct {
	Implemented   bool     `json:"implemented"`
	Note          string   `json:"note,omitempty"`
	Listed        int      `json:"listed"`
	Required      int      `json:"required"`
	Found         int      `json:"found"`
	RequiredFound int      `json:"required_found"`
	Recall        float64  `json:"recall"`
	Missed        []string `json:"missed"`
}

type jsonSeeds struct {
	Suite             string                  `json:"suite"`
	Recall            float64                 `json:"recall"`
	Precision         float64                 `json:"precision"`
	Required          int                     `json:"required"`
	RequiredFound     int                     `json:"required_found"`
	Matched           int                     `json:"matched"`
	Coded             int                     `json:"coded"`
	Extra             int                     `json:"extra"`
	BareStatements    int                     `json:"bare_statements"`
	Optional          int                     `json:"optional"`
	OptionalFound     int                     `json:"optional_found"`
	NoEventViolations int                     `json:"no_event_violations"`
	BoilerplateOK     bool                    `json:"boilerplate_ok"`
	HeadingsOK        bool                    `json:"headings_ok"`
	ModalityChecked   int                     `json:"modality_checked"`
	ModalityAgreed    int                     `json:"modality_agreed"`
	Categories        map[string]jsonCategory `json:"categories"`
	AcrossDocuments   jsonAcross              `json:"across_documents"`
	Missed            []string                `json:"missed_required"`
	Problems          []string                `json:"problems"`
}

type jsonAcross struct {
	Groups    int    `json:"groups"`
	Evaluated bool   `json:"evaluated"`
	Note      string `json:"note"`
}

const (
	notImplemented = "not implemented yet: the system does not extract these (issue 3)"
	acrossNote     = "not evaluated here: entente eval across ingests the documents into a store and checks them"
)

// JSON renders the report as one line of JSON: the figures, the recall of
// each category (with implemented false and a note while the system does
// not extract it), the across_documents groups (not evaluated), and the ids
// of the required events missed.
func (r SeedsReport) JSON() ([]byte, error) {
	j := jsonSeeds{
		Suite: r.Suite, Recall: r.Recall(), Precision: r.Precision(),
		Required: r.Required, RequiredFound: r.RequiredFound, Matched: r.Matched, Coded: r.Coded,
		Extra: r.Coded - r.Matched, BareStatements: r.BareStatements,
		Optional: r.Optional, OptionalFound: r.OptionalFound,
		NoEventViolations: r.NoEventViolations, BoilerplateOK: r.BoilerplateOK(), HeadingsOK: r.HeadingsOK(),
		ModalityChecked: r.ModalityChecked, ModalityAgreed: r.ModalityAgreed,
		Categories:      map[string]jsonCategory{},
		AcrossDocuments: jsonAcross{Groups: r.AcrossGroups, Note: acrossNote},
		Missed:          []string{},
		Problems:        r.Problems,
	}
	if j.Problems == nil {
		j.Problems = []string{}
	}
	for _, c := range r.Categories {
		jc := jsonCategory{Implemented: c.Implemented, Listed: c.Listed, Required: c.Required,
			Found: c.Found, RequiredFound: c.RequiredFound, Recall: c.Recall(), Missed: c.Missed}
		if !c.Implemented {
			jc.Note = notImplemented
		}
		if jc.Missed == nil {
			jc.Missed = []string{}
		}
		j.Categories[c.Name] = jc
	}
	for _, d := range r.Documents {
		for _, o := range d.Events {
			if o.Gold.Required && !o.Found {
				j.Missed = append(j.Missed, o.Gold.ID)
			}
		}
	}
	return json.Marshal(j)
}

// WriteText writes the report for people: the figures, then per document
// the required events missed (with their sentence and why each event coded
// from it does not match), the optional ones missed, the extra events with
// their sentences, and the no-event, boilerplate and heading checks.
func (r SeedsReport) WriteText(w io.Writer) error {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("seeds: %d documents, %d gold events (%d required, %d optional)\n", len(r.Documents), r.Required+r.Optional, r.Required, r.Optional)
	p("recall    %.3f  (%d of %d required events found; optional found: %d of %d)\n", r.Recall(), r.RequiredFound, r.Required, r.OptionalFound, r.Optional)
	p("precision %.3f  (%d of %d coded events match the gold; %d extra, of which %d bare statements)\n",
		r.Precision(), r.Matched, r.Coded, r.Coded-r.Matched, r.BareStatements)
	p("no-event sentences: %d, events coded from them: %d\n", r.NoEventSentences, r.NoEventViolations)
	p("boilerplate: %s (%d lines, %d failed); headings: %s (%d, %d failed)\n",
		okText(r.BoilerplateOK()), r.BoilerplateLines, r.BoilerplateFailures, okText(r.HeadingsOK()), r.HeadingLines, r.HeadingFailures)
	p("modality (informational): %d of %d found events with a gold modality have it\n", r.ModalityAgreed, r.ModalityChecked)
	for _, c := range r.Categories {
		if !c.Implemented {
			p("%-15s %s (0 of %d found)\n", c.Name+":", notImplemented, c.Required)
			continue
		}
		p("%-15s recall %.3f (%d of %d required; %d of %d listed)\n", c.Name+":", c.Recall(), c.RequiredFound, c.Required, c.Found, c.Listed)
	}
	p("across documents: %d groups, %s\n", r.AcrossGroups, acrossNote)
	for _, s := range r.Problems {
		p("problem: %s\n", s)
	}
	for _, d := range r.Documents {
		p("\n== %s: %d events coded, %d match the gold\n", d.File, d.Coded, d.Matched)
		writeMissed(p, d, true)
		writeMissed(p, d, false)
		if len(d.Extra) > 0 {
			p("extra events:\n")
			for _, e := range d.Extra {
				bare := ""
				if e.Bare {
					bare = "  [bare statement]"
				}
				p("  %s%s\n      %q\n", eventString(e.Event), bare, truncate(e.Event.Sentence.Text, 160))
			}
		}
		for _, n := range d.NoEvent {
			if len(n.Events) > 0 {
				p("no-event sentence coded: %q\n", n.Evidence)
				for _, e := range n.Events {
					p("  %s\n", eventString(e))
				}
			}
		}
		for _, c := range append(slices.Clone(d.Boilerplate), d.Headings...) {
			if !c.OK {
				p("FAILED %q: %s\n", c.Text, c.Detail)
			}
		}
		for _, c := range d.Categories {
			if !c.Implemented || len(c.Missed) == 0 {
				continue
			}
			if !slices.ContainsFunc(c.Why, func(w []string) bool { return len(w) > 0 }) {
				p("%s missed: %s\n", c.Name, strings.Join(c.Missed, "; "))
				continue
			}
			p("%s missed:\n", c.Name)
			for i, m := range c.Missed {
				p("  %s\n", m)
				for _, w := range c.Why[i] {
					p("      %s\n", w)
				}
			}
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeMissed(p func(string, ...any), d SeedsDocument, required bool) {
	head := false
	for _, o := range d.Events {
		if o.Found || o.Gold.Required != required {
			continue
		}
		if !head {
			if required {
				p("missed required events:\n")
			} else {
				p("missed optional events:\n")
			}
			head = true
		}
		g := o.Gold
		date := ""
		if g.Date != "" {
			date = " " + g.Date
		}
		sym := ""
		if g.Symmetric {
			sym = " (symmetric)"
		}
		p("  %s  %s>%s%s roots %v types %v%s  evidence %q\n", g.ID, g.Source, g.Target, sym, g.CAMEORoots, g.Plover, date, g.Evidence)
		if o.Sentence != "" {
			p("      sentence: %q\n", truncate(o.Sentence, 160))
		}
		for _, m := range o.Misses {
			p("      %s\n", m)
		}
	}
}

func okText(ok bool) string {
	if ok {
		return "ok"
	}
	return "FAILED"
}
