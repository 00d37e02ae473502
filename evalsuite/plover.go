package evalsuite

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
)

// PloverRecord is one record of a PLOVER gold standard (eval/event-coding/
// plover-gsr-dev.jsonl): an example sentence with its PLOVER event type and
// its source and target actors.
type PloverRecord struct {
	ID   string
	Line int // line in the suite file, from 1
	// Date is the record's date, YYYY-MM-DD, used as the publication date.
	Date string
	Text string
	// Event and Mode are the labels as written, under the names of the
	// record's PLOVER version (v0.5b1: DEMAND, DISAPPROVE, …).
	Event, Mode string
	Version     string
	Source      []PloverActor
	Target      []PloverActor
}

// PloverActor is an actor of a gold record: the words and their code.
type PloverActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

type rawPlover struct {
	ID      string          `json:"id"`
	Date    string          `json:"date"`
	Text    string          `json:"text"`
	Event   string          `json:"event"`
	Mode    string          `json:"mode"`
	Version string          `json:"version"`
	Source  json.RawMessage `json:"source"`
	Target  json.RawMessage `json:"target"`
}

// ReadPloverSuite reads a PLOVER gold standard in JSONL form, one record
// per line; blank lines are skipped. A record needs an id (unique), a text
// and an event type. Its source and target are lists of actors; a missing,
// null or string value (the file has "" and "diplomatic") is read as no
// actor. A bad line stops the read with an error naming it.
func ReadPloverSuite(r io.Reader) ([]PloverRecord, error) {
	br := bufio.NewReader(r)
	var recs []PloverRecord
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("read plover suite line %d: %w", n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(line)) > 0 {
			rec, perr := parsePlover(line)
			if perr != nil {
				return nil, fmt.Errorf("plover suite line %d: %w", n, perr)
			}
			if prev, dup := seen[rec.ID]; dup {
				return nil, fmt.Errorf("plover suite line %d: id %q already used on line %d", n, rec.ID, prev)
			}
			seen[rec.ID] = n
			rec.Line = n
			recs = append(recs, rec)
		}
		if err != nil {
			return recs, nil
		}
	}
}

func parsePlover(line []byte) (PloverRecord, error) {
	var raw rawPlover
	if err := json.Unmarshal(line, &raw); err != nil {
		return PloverRecord{}, err
	}
	rec := PloverRecord{ID: raw.ID, Date: raw.Date, Text: raw.Text, Event: raw.Event, Mode: raw.Mode, Version: raw.Version}
	switch {
	case rec.ID == "":
		return rec, errors.New("no id")
	case strings.TrimSpace(rec.Text) == "":
		return rec, fmt.Errorf("%s: no text", rec.ID)
	case rec.Event == "":
		return rec, fmt.Errorf("%s: no event type", rec.ID)
	}
	if rec.Date != "" {
		if _, err := document.ParsePublished(rec.Date); err != nil {
			return rec, fmt.Errorf("%s: date: %w", rec.ID, err)
		}
	}
	var err error
	if rec.Source, err = ploverActors(raw.Source); err != nil {
		return rec, fmt.Errorf("%s: source: %w", rec.ID, err)
	}
	if rec.Target, err = ploverActors(raw.Target); err != nil {
		return rec, fmt.Errorf("%s: target: %w", rec.ID, err)
	}
	return rec, nil
}

func ploverActors(raw json.RawMessage) ([]PloverActor, error) {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || t[0] != '[' {
		// Absent, null, or a string such as "" or "diplomatic": the
		// record names no actor here.
		var s *string
		if len(t) > 0 {
			if err := json.Unmarshal(t, &s); err != nil {
				return nil, errors.New("neither a list of actors nor a string")
			}
		}
		return nil, nil
	}
	var as []PloverActor
	if err := json.Unmarshal(t, &as); err != nil {
		return nil, err
	}
	return as, nil
}

// ploverCodeAliases maps the CAMEO-era or mistaken country codes of the
// gold to ISO 3166-1 alpha-3.
var ploverCodeAliases = map[string]string{
	"JAP": "JPN", // Japan
	"ITL": "ITA", // Italy
	"VTN": "VNM", // Vietnam
}

// ploverKey returns what is compared of an actor code: its first
// three-letter block (the country, or IGO, NGO, IMG… for actors that are
// not states), with the aliases applied; "" for no actor.
func ploverKey(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) < 3 || code[:3] == "---" {
		return ""
	}
	k := code[:3]
	if a, ok := ploverCodeAliases[k]; ok {
		return a
	}
	return k
}

// PloverOutcome is how one record fared.
type PloverOutcome struct {
	Record PloverRecord
	// Type is the record's event type under its 2023 name.
	Type   string
	Events []event.Event
	// Right: one coded event has the type and the dyad. TypeRight: one
	// has the type. DyadRight: one has the source and target.
	Right, TypeRight, DyadRight bool
}

// PloverTypeScore is one row of the per-type table.
type PloverTypeScore struct {
	// Label is the type as the gold writes it, Type its 2023 name.
	Label, Type                          string
	Records, Right, TypeRight, DyadRight int
}

// PloverReport is the result of a PLOVER run.
type PloverReport struct {
	Suite                                         string // "plover"
	Records, Right, TypeRight, DyadRight, Uncoded int
	// Types is the per-type table, sorted by label.
	Types    []PloverTypeScore
	Outcomes []PloverOutcome
}

// Accuracy is the share of records with one event of the right type and
// dyad.
func (r PloverReport) Accuracy() float64 { return ratio(r.Right, r.Records) }

// TypeAccuracy is the share of records with one event of the right type.
func (r PloverReport) TypeAccuracy() float64 { return ratio(r.TypeRight, r.Records) }

// DyadAccuracy is the share of records with one event of the right dyad.
func (r PloverReport) DyadAccuracy() float64 { return ratio(r.DyadRight, r.Records) }

// RunPlover codes each record's text as a document of its own (dated with
// the record's date) with c and scores it with [ScorePlover].
func RunPlover(ctx context.Context, recs []PloverRecord, c DocumentCoder) (PloverReport, error) {
	events := make([][]event.Event, len(recs))
	for i, rec := range recs {
		if err := ctx.Err(); err != nil {
			return PloverReport{}, err
		}
		doc := document.Document{ID: rec.ID, Path: rec.ID, Line: rec.Line, Text: rec.Text, Language: "en"}
		if rec.Date != "" {
			doc.Published, _ = document.ParsePublished(rec.Date)
		}
		events[i] = c.Code(doc)
	}
	return ScorePlover(recs, events), nil
}

// ScorePlover scores the events coded from each record (events[i] from
// recs[i]). A record is right when one coded event has both the right
// type and the right dyad; type-right and dyad-right count the two halves
// on their own (possibly from different events).
//
// Types: the gold's v0.5b1 labels are mapped to the 2023 names with
// [ontology.CurrentPlover] (DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→
// ACCUSE, FIGHT→ASSAULT) and so is the coded type; modes are not compared.
//
// Actors are compared by their first three-letter block: the country
// (USAGOV and USA are both USA), or the kind of a non-state actor, so
// that a bare IGO in the gold means any intergovernmental organisation
// (IGOUNO, IGOWSTNAT) and likewise NGO and IMG. The gold's CAMEO-era or
// mistaken codes JAP, ITL and VTN are read as JPN, ITA and VNM. Where the
// gold itself is wrong (IGO for Amnesty International, the Red Cross and
// "Serbian military police") it is not coded around.
//
//   - Source: the coded source is one of the gold sources. A record
//     without a source (a victim without a named attacker) accepts an event
//     without a source or with one of the targets' countries.
//   - Target: the coded target is one of the gold targets. A record
//     without a target accepts an event without one, or with one of the
//     gold sources' countries: the gold writes a joint act ("Hungarian and
//     Romanian officials agreed", SRC/TAR in its markup) as sources only,
//     and CAMEO codes it as one source acting on the other.
func ScorePlover(recs []PloverRecord, events [][]event.Event) PloverReport {
	r := PloverReport{Suite: "plover", Records: len(recs)}
	rows := map[string]*PloverTypeScore{}
	for i, rec := range recs {
		var evs []event.Event
		if i < len(events) {
			evs = events[i]
		}
		o := scorePloverRecord(rec, evs)
		r.Outcomes = append(r.Outcomes, o)
		row := rows[rec.Event]
		if row == nil {
			row = &PloverTypeScore{Label: rec.Event, Type: o.Type}
			rows[rec.Event] = row
		}
		row.Records++
		if len(evs) == 0 {
			r.Uncoded++
		}
		if o.Right {
			r.Right++
			row.Right++
		}
		if o.TypeRight {
			r.TypeRight++
			row.TypeRight++
		}
		if o.DyadRight {
			r.DyadRight++
			row.DyadRight++
		}
	}
	for _, row := range rows {
		r.Types = append(r.Types, *row)
	}
	slices.SortFunc(r.Types, func(a, b PloverTypeScore) int { return strings.Compare(a.Label, b.Label) })
	return r
}

func scorePloverRecord(rec PloverRecord, evs []event.Event) PloverOutcome {
	typ, _ := ontology.CurrentPlover(rec.Event, rec.Mode)
	o := PloverOutcome{Record: rec, Type: typ, Events: evs}
	src, tgt := ploverKeys(rec.Source), ploverKeys(rec.Target)
	for _, e := range evs {
		have, _ := ontology.CurrentPlover(e.Plover.Type, e.Plover.Mode)
		typeOK := have == typ
		dyadOK := ploverSideOK(e.Source.Code, src, tgt) && ploverSideOK(targetCode(e), tgt, src)
		o.TypeRight = o.TypeRight || typeOK
		o.DyadRight = o.DyadRight || dyadOK
		o.Right = o.Right || typeOK && dyadOK
	}
	return o
}

// ploverSideOK reports whether a coded actor fits one side of the gold:
// one of want, or, when the gold names nobody on this side, no actor or
// one of other.
func ploverSideOK(code string, want, other []string) bool {
	k := ploverKey(code)
	if len(want) > 0 {
		return k != "" && slices.Contains(want, k)
	}
	return k == "" || slices.Contains(other, k)
}

func ploverKeys(as []PloverActor) []string {
	var out []string
	for _, a := range as {
		if k := ploverKey(a.Code); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func targetCode(e event.Event) string {
	if e.Target == nil {
		return ""
	}
	return e.Target.Code
}

// Figures returns the figures a [Baseline] can hold for this suite:
// accuracy, type_accuracy, dyad_accuracy, right and records.
func (r PloverReport) Figures() map[string]float64 {
	return map[string]float64{
		"accuracy":      r.Accuracy(),
		"type_accuracy": r.TypeAccuracy(),
		"dyad_accuracy": r.DyadAccuracy(),
		"right":         float64(r.Right),
		"records":       float64(r.Records),
	}
}

type jsonPloverType struct {
	Type      string `json:"type"`
	Records   int    `json:"records"`
	Right     int    `json:"right"`
	TypeRight int    `json:"type_right"`
	DyadRight int    `json:"dyad_right"`
}

type jsonPlover struct {
	Suite        string                    `json:"suite"`
	Records      int                       `json:"records"`
	Right        int                       `json:"right"`
	TypeRight    int                       `json:"type_right"`
	DyadRight    int                       `json:"dyad_right"`
	Uncoded      int                       `json:"uncoded"`
	Accuracy     float64                   `json:"accuracy"`
	TypeAccuracy float64                   `json:"type_accuracy"`
	DyadAccuracy float64                   `json:"dyad_accuracy"`
	ByType       map[string]jsonPloverType `json:"by_type"`
	Wrong        []string                  `json:"wrong"`
}

// JSON renders the report as one line of JSON: the counts, the three
// accuracies, the per-type table keyed by the gold's label, and the ids of
// the records not right.
func (r PloverReport) JSON() ([]byte, error) {
	j := jsonPlover{
		Suite: r.Suite, Records: r.Records, Right: r.Right, TypeRight: r.TypeRight, DyadRight: r.DyadRight,
		Uncoded: r.Uncoded, Accuracy: r.Accuracy(), TypeAccuracy: r.TypeAccuracy(), DyadAccuracy: r.DyadAccuracy(),
		ByType: map[string]jsonPloverType{}, Wrong: []string{},
	}
	for _, t := range r.Types {
		j.ByType[t.Label] = jsonPloverType{Type: t.Type, Records: t.Records, Right: t.Right, TypeRight: t.TypeRight, DyadRight: t.DyadRight}
	}
	for _, o := range r.Outcomes {
		if !o.Right {
			j.Wrong = append(j.Wrong, o.Record.ID)
		}
	}
	return json.Marshal(j)
}

// WriteText writes the report for people: the accuracies, the per-type
// table, then each record not right with its gold type and dyad, the
// events coded, and its text.
func (r PloverReport) WriteText(w io.Writer) error {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("plover: %d records, %d coded nothing\n", r.Records, r.Uncoded)
	p("accuracy      %.3f  (%d right type and source/target countries)\n", r.Accuracy(), r.Right)
	p("type only     %.3f  (%d)\n", r.TypeAccuracy(), r.TypeRight)
	p("dyad only     %.3f  (%d)\n", r.DyadAccuracy(), r.DyadRight)
	p("\n%-12s %-10s %7s %7s %7s %7s\n", "label", "2023 type", "records", "right", "type", "dyad")
	for _, t := range r.Types {
		p("%-12s %-10s %7d %7d %7d %7d\n", t.Label, t.Type, t.Records, t.Right, t.TypeRight, t.DyadRight)
	}
	wrong := false
	for _, o := range r.Outcomes {
		if o.Right {
			continue
		}
		if !wrong {
			p("\nrecords not right\n")
			wrong = true
		}
		what := "type and dyad wrong"
		switch {
		case o.TypeRight && o.DyadRight:
			what = "type and dyad right in different events"
		case o.TypeRight:
			what = "dyad wrong"
		case o.DyadRight:
			what = "type wrong"
		case len(o.Events) == 0:
			what = "nothing coded"
		}
		p("  %s  %s  want %s %s>%s\n", o.Record.ID, what, o.Type, actorList(o.Record.Source), actorList(o.Record.Target))
		for _, e := range o.Events {
			p("      got %s>%s %s %s\n", orNone(e.Source.Code), orNone(targetCode(e)), e.CAMEO, orNone(e.Plover.Type))
		}
		p("      %q\n", truncate(o.Record.Text, 160))
	}
	_, err := w.Write(b.Bytes())
	return err
}

func actorList(as []PloverActor) string {
	if len(as) == 0 {
		return "none"
	}
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Code
	}
	return strings.Join(s, "+")
}
