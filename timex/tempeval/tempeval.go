// Package tempeval scores package timex on TempEval-3 Task A (SemEval-2013
// Task 1): finding TIMEX3 expressions in news text and normalising them
// against the document creation time (DCT).
//
// It reads TimeML 1.2.1 files (.tml: inline XML with <DCT> and <TEXT>) at
// run time; the data is not part of this repository. The scoring follows
// the TempEval-3 conventions: precision, recall and F1 of extents under
// strict matching (the same characters) and relaxed matching (any
// overlap); type and value are judged over the relaxed matches, and their
// F1 is relaxed F1 times their accuracy there. Expressions are paired one
// to one, exact extents first, then by largest overlap. Values are
// compared as strings, as TimeML writes them.
package tempeval

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/entente/entente/segment"
	"github.com/entente/entente/timex"
)

// Doc is one TimeML document: the text of its <TEXT> element with the
// tags removed, its DCT and its gold expressions.
type Doc struct {
	Name string
	DCT  string // the TIMEX3 value of the creation time: "2013-03-22"
	Text string
	Gold []Span
}

// Span is a TIMEX3 in a document's text, by byte offsets.
type Span struct {
	Start, End int
	Type       string
	Value      string
}

// ReadDir reads every .tml file of dir, in name order.
func ReadDir(ctx context.Context, dir string) ([]Doc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("read %s: no .tml files", dir)
	}
	sort.Strings(names)
	docs := make([]Doc, 0, len(names))
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		d, err := ReadTML(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		d.Name = strings.TrimSuffix(filepath.Base(name), ".tml")
		docs = append(docs, d)
	}
	return docs, nil
}

// ReadTML reads one TimeML document.
func ReadTML(r io.Reader) (Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var d Doc
	var text strings.Builder
	inText, inDCT := false, false
	var open *Span
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Doc{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				if inDCT || attr(t, "functionInDocument") == "CREATION_TIME" {
					if d.DCT == "" {
						d.DCT = attr(t, "value")
					}
				} else if inText {
					open = &Span{Start: text.Len(), Type: attr(t, "type"), Value: attr(t, "value")}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if open != nil {
					open.End = text.Len()
					d.Gold = append(d.Gold, *open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	if d.DCT == "" {
		return Doc{}, errors.New("no creation time (DCT)")
	}
	d.Text = text.String()
	return d, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// Anchor returns the document's creation time as a timex anchor.
func (d Doc) Anchor() (timex.Anchor, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, d.DCT); err == nil {
			return timex.AnchorAt(t), nil
		}
	}
	return timex.Anchor{}, fmt.Errorf("%s: creation time %q is not a date", d.Name, d.DCT)
}

// Find runs timex over d sentence by sentence, as the pipeline does, and
// returns the TIMEX3 it finds with offsets into d.Text. Lines the
// segmenter sets aside as page furniture are read too: they may hold
// expressions the gold marks.
func Find(d Doc) ([]Span, error) {
	a, err := d.Anchor()
	if err != nil {
		return nil, err
	}
	seg := segment.Segment(d.Text)
	units := make([]segment.Span, 0, len(seg.Sentences)+len(seg.Dropped))
	for _, s := range seg.Sentences {
		units = append(units, s.Span)
	}
	for _, s := range seg.Dropped {
		units = append(units, s.Span)
	}
	sort.Slice(units, func(i, j int) bool { return units[i].Start < units[j].Start })
	r := timex.NewResolver(a)
	var out []Span
	for _, u := range units {
		for _, tx := range r.Sentence(d.Text[u.Start:u.End]) {
			x := tx.TIMEX3
			out = append(out, Span{Start: u.Start + x.Start, End: u.Start + x.End, Type: x.Type.String(), Value: x.Value})
		}
	}
	return out, nil
}

// Report holds the counts of a run.
type Report struct {
	Docs    int
	Gold    int // gold expressions
	Found   int // expressions found
	Strict  int // pairs with the same extent
	Relaxed int // pairs with overlapping extents
	TypeOK  int // relaxed pairs with the gold type
	ValueOK int // relaxed pairs with the gold value
	// Errors lists the misses, spurious expressions and wrong values.
	Errors []Error
}

// Error is one difference from the gold.
type Error struct {
	Doc  string
	Kind string // "missed", "spurious", "value", "type"
	Gold Span
	Got  Span
	Text string // the gold text, or the found text for a spurious one
}

// Score compares found with the gold of d and adds the counts to r.
func (r *Report) Score(d Doc, found []Span) {
	r.Docs++
	r.Gold += len(d.Gold)
	r.Found += len(found)
	usedG := make([]bool, len(d.Gold))
	usedF := make([]bool, len(found))
	pair := make([]int, len(d.Gold))
	for i := range pair {
		pair[i] = -1
	}
	// Exact extents first, then the largest overlap.
	for gi, g := range d.Gold {
		for fi, f := range found {
			if !usedF[fi] && f.Start == g.Start && f.End == g.End {
				usedG[gi], usedF[fi], pair[gi] = true, true, fi
				r.Strict++
				break
			}
		}
	}
	for gi, g := range d.Gold {
		if usedG[gi] {
			continue
		}
		best, bestN := -1, 0
		for fi, f := range found {
			if usedF[fi] {
				continue
			}
			if n := min(g.End, f.End) - max(g.Start, f.Start); n > bestN {
				best, bestN = fi, n
			}
		}
		if best >= 0 {
			usedG[gi], usedF[best], pair[gi] = true, true, best
		}
	}
	for gi, g := range d.Gold {
		fi := pair[gi]
		if fi < 0 {
			r.Errors = append(r.Errors, Error{Doc: d.Name, Kind: "missed", Gold: g, Text: d.Text[g.Start:g.End]})
			continue
		}
		f := found[fi]
		r.Relaxed++
		if f.Type == g.Type {
			r.TypeOK++
		}
		if f.Value == g.Value {
			r.ValueOK++
		} else {
			r.Errors = append(r.Errors, Error{Doc: d.Name, Kind: "value", Gold: g, Got: f, Text: d.Text[g.Start:g.End]})
		}
	}
	for fi, f := range found {
		if !usedF[fi] {
			r.Errors = append(r.Errors, Error{Doc: d.Name, Kind: "spurious", Got: f, Text: d.Text[f.Start:f.End]})
		}
	}
}

// Run scores timex on docs.
func Run(ctx context.Context, docs []Doc) (Report, error) {
	var r Report
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		found, err := Find(d)
		if err != nil {
			return Report{}, err
		}
		r.Score(d, found)
	}
	return r, nil
}

func f1(m, found, gold int) float64 {
	if found+gold == 0 {
		return 0
	}
	return 2 * float64(m) / float64(found+gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// StrictF1 is the F1 of extents matched exactly.
func (r Report) StrictF1() float64 { return f1(r.Strict, r.Found, r.Gold) }

// RelaxedF1 is the F1 of extents that overlap.
func (r Report) RelaxedF1() float64 { return f1(r.Relaxed, r.Found, r.Gold) }

// TypeAccuracy is the share of relaxed matches with the gold type.
func (r Report) TypeAccuracy() float64 { return ratio(r.TypeOK, r.Relaxed) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (r Report) ValueAccuracy() float64 { return ratio(r.ValueOK, r.Relaxed) }

// TypeF1 is RelaxedF1 times TypeAccuracy.
func (r Report) TypeF1() float64 { return f1(r.TypeOK, r.Found, r.Gold) }

// ValueF1 is RelaxedF1 times ValueAccuracy, TempEval-3's headline figure
// for normalisation.
func (r Report) ValueF1() float64 { return f1(r.ValueOK, r.Found, r.Gold) }

// Figures returns the report's figures by the names the command prints
// and the baseline uses.
func (r Report) Figures() map[string]float64 {
	return map[string]float64{
		"strict_f1":     r.StrictF1(),
		"relaxed_f1":    r.RelaxedF1(),
		"type_accuracy": r.TypeAccuracy(),
		"value_f1":      r.ValueF1(),
		"gold":          float64(r.Gold),
		"found":         float64(r.Found),
	}
}
