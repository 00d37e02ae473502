package evalsuite

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/segment"
)

// SeedGold is the hand-written gold of the seed documents
// (gold/seeds.gold.json in ../shared): what a careful analyst extracts from
// each document. The matching rules are those of the README beside it; see
// [ScoreSeeds].
type SeedGold struct {
	About           string         `json:"about"`
	Documents       []GoldDocument `json:"documents"`
	AcrossDocuments []GoldGroup    `json:"across_documents"`
}

// GoldDocument is the gold of one seed document.
type GoldDocument struct {
	// File is the document's path relative to the gold file's parent
	// folder ("seeds/000_019a319f6763018d.txt").
	File      string `json:"file"`
	Published string `json:"published"`
	Note      string `json:"note"`
	// Boilerplate lines must not become sentences; Headings must stay
	// units of their own.
	Boilerplate []string    `json:"boilerplate"`
	Headings    []string    `json:"headings"`
	Events      []GoldEvent `json:"events"`
	// NoEventEvidence are passages whose sentences must yield no event.
	NoEventEvidence []string           `json:"no_event_evidence"`
	Persons         []GoldPerson       `json:"persons"`
	Organizations   []GoldOrganization `json:"organizations"`
	// Metonyms maps a name as written to the actor code it stands for.
	Metonyms  map[string]string `json:"metonyms"`
	Facts     []GoldFact        `json:"facts"`
	Relations []GoldRelation    `json:"relations"`
}

// GoldEvent is one expected event.
type GoldEvent struct {
	ID       string `json:"id"`
	Required bool   `json:"required"`
	// Symmetric events match with source and target swapped.
	Symmetric bool       `json:"symmetric"`
	Source    GoldActors `json:"source"`
	Target    GoldActors `json:"target"`
	// CAMEORoots are two-digit CAMEO roots; Plover are PLOVER types
	// (2023 names). Either one matching is enough.
	CAMEORoots []string `json:"cameo_roots"`
	Plover     []string `json:"plover"`
	// Date, when given, is a prefix of the event's normalised date
	// ("2024", "2024-06", "2024-06-20"); DateAlt are other accepted
	// prefixes.
	Date     string   `json:"date"`
	DateAlt  []string `json:"date_alt"`
	Modality string   `json:"modality"`
	// Evidence is text of the sentence the event must be coded from.
	Evidence string `json:"evidence"`
	Note     string `json:"note"`
}

// GoldActors is a gold list of accepted actor codes. In the file it is a
// JSON array of codes in which null means that no actor (no target) is
// accepted too; None records that null.
type GoldActors struct {
	Codes []string
	None  bool
}

// UnmarshalJSON reads a JSON array of strings and nulls.
func (a *GoldActors) UnmarshalJSON(b []byte) error {
	var raw []*string
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*a = GoldActors{}
	for _, s := range raw {
		if s == nil {
			a.None = true
			continue
		}
		a.Codes = append(a.Codes, *s)
	}
	return nil
}

// String lists the codes, with "none" for null: "[IGO NAT none]".
func (a GoldActors) String() string {
	s := slices.Clone(a.Codes)
	if a.None {
		s = append(s, "none")
	}
	return "[" + strings.Join(s, " ") + "]"
}

// GoldPerson is a person the document names. TextVariant is a spelling
// used in the text that must resolve to Name.
type GoldPerson struct {
	Name        string `json:"name"`
	TextVariant string `json:"text_variant"`
	Country     string `json:"country"`
	Role        string `json:"role"`
}

// GoldOrganization is an organisation the document names.
type GoldOrganization struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Kind    string `json:"kind"`
}

// GoldFact is a quantified fact such as a trade figure.
type GoldFact struct {
	Kind     string   `json:"kind"`
	Parties  []string `json:"parties"`
	ValueUSD float64  `json:"value_usd"`
	Year     int      `json:"year"`
	Required bool     `json:"required"`
	Evidence string   `json:"evidence"`
	Note     string   `json:"note"`
}

// GoldRelation is a standing tie. Its parties are given either as Parties
// (an undirected pair), as By and Target (sanctions) or as Supplier and
// Recipient (arms supply); see [GoldRelation.Ends].
type GoldRelation struct {
	Kind      string   `json:"kind"`
	Parties   []string `json:"parties"`
	Mutual    bool     `json:"mutual"`
	By        string   `json:"by"`
	Target    string   `json:"target"`
	Supplier  string   `json:"supplier"`
	Recipient string   `json:"recipient"`
	Level     string   `json:"level"`
	Since     string   `json:"since"`
	When      string   `json:"when"`
	Status    string   `json:"status"`
	Required  bool     `json:"required"`
	Evidence  string   `json:"evidence"`
	Note      string   `json:"note"`
}

// Ends returns the relation's two parties, from and to, and whether their
// order is free (an undirected pair).
func (g GoldRelation) Ends() (from, to string, undirected bool) {
	switch {
	case len(g.Parties) == 2:
		return g.Parties[0], g.Parties[1], true
	case g.By != "" || g.Target != "":
		return g.By, g.Target, false
	default:
		return g.Supplier, g.Recipient, false
	}
}

// GoldGroup lists mentions, in different documents, of one real-world
// event or relation: "000:a-pact" is event a-pact of the document whose
// file name starts with "000".
type GoldGroup struct {
	Canonical string   `json:"canonical"`
	Mentions  []string `json:"mentions"`
	Expect    string   `json:"expect"`
}

var (
	goldDate = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	goldRoot = regexp.MustCompile(`^[0-9]{2}$`)
)

// ReadSeedGold reads and checks a seeds gold file. Unknown fields are
// errors, so that a misspelt key ("symetric") cannot silently change what
// is scored; so are events without an id, evidence, source or target, ids
// used twice in a document, CAMEO roots that are not two digits, dates that
// are not YYYY[-MM[-DD]], and cross-document mentions that name no event.
func ReadSeedGold(r io.Reader) (*SeedGold, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var g SeedGold
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("read seeds gold: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("read seeds gold: data after the JSON object")
	}
	if err := g.check(); err != nil {
		return nil, fmt.Errorf("read seeds gold: %w", err)
	}
	return &g, nil
}

func (g *SeedGold) check() error {
	if len(g.Documents) == 0 {
		return errors.New("no documents")
	}
	files := map[string]bool{}
	for i, d := range g.Documents {
		if strings.TrimSpace(d.File) == "" {
			return fmt.Errorf("document %d: no file", i+1)
		}
		if files[d.File] {
			return fmt.Errorf("document %s listed twice", d.File)
		}
		files[d.File] = true
		if d.Published != "" {
			if _, err := document.ParsePublished(d.Published); err != nil {
				return fmt.Errorf("%s: published: %w", d.File, err)
			}
		}
		ids := map[string]bool{}
		for j, e := range d.Events {
			if e.ID == "" {
				return fmt.Errorf("%s: event %d: no id", d.File, j+1)
			}
			if ids[e.ID] {
				return fmt.Errorf("%s: event id %q used twice", d.File, e.ID)
			}
			ids[e.ID] = true
			if err := e.check(); err != nil {
				return fmt.Errorf("%s: event %s: %w", d.File, e.ID, err)
			}
		}
		for _, list := range [][]string{d.Boilerplate, d.Headings, d.NoEventEvidence} {
			for _, s := range list {
				if fold(s) == "" {
					return fmt.Errorf("%s: empty boilerplate, heading or no-event line", d.File)
				}
			}
		}
		for _, p := range d.Persons {
			if fold(p.Name) == "" {
				return fmt.Errorf("%s: person without a name", d.File)
			}
		}
		for _, o := range d.Organizations {
			if fold(o.Name) == "" {
				return fmt.Errorf("%s: organization without a name", d.File)
			}
		}
		for _, f := range d.Facts {
			if fold(f.Evidence) == "" || f.Kind == "" {
				return fmt.Errorf("%s: fact without kind or evidence", d.File)
			}
		}
		for _, r := range d.Relations {
			if fold(r.Evidence) == "" || r.Kind == "" {
				return fmt.Errorf("%s: relation without kind or evidence", d.File)
			}
			if r.Since != "" && !goldDate.MatchString(r.Since) {
				return fmt.Errorf("%s: relation %s: since %q is not YYYY[-MM[-DD]]", d.File, r.Kind, r.Since)
			}
		}
	}
	for _, grp := range g.AcrossDocuments {
		for _, m := range grp.Mentions {
			if g.mention(m) == nil {
				return fmt.Errorf("across_documents %q: mention %q names no event", grp.Canonical, m)
			}
		}
	}
	return nil
}

func (e GoldEvent) check() error {
	if fold(e.Evidence) == "" {
		return errors.New("no evidence")
	}
	if len(e.Source.Codes) == 0 && !e.Source.None {
		return errors.New("no source")
	}
	if len(e.Target.Codes) == 0 && !e.Target.None {
		return errors.New("no target (use [null] for none)")
	}
	if len(e.CAMEORoots) == 0 && len(e.Plover) == 0 {
		return errors.New("neither cameo_roots nor plover")
	}
	for _, r := range e.CAMEORoots {
		if !goldRoot.MatchString(r) {
			return fmt.Errorf("cameo root %q is not two digits", r)
		}
	}
	for _, d := range append([]string{e.Date}, e.DateAlt...) {
		if d != "" && !goldDate.MatchString(d) {
			return fmt.Errorf("date %q is not YYYY[-MM[-DD]]", d)
		}
	}
	if len(e.DateAlt) > 0 && e.Date == "" {
		return errors.New("date_alt without date")
	}
	return nil
}

// mention returns the event a cross-document mention names, or nil.
func (g *SeedGold) mention(m string) *GoldEvent {
	prefix, id, ok := strings.Cut(m, ":")
	if !ok || prefix == "" {
		return nil
	}
	for i := range g.Documents {
		d := &g.Documents[i]
		if !strings.HasPrefix(filepath.Base(d.File), prefix) {
			continue
		}
		for j := range d.Events {
			if d.Events[j].ID == id {
				return &d.Events[j]
			}
		}
	}
	return nil
}

// Extraction is what the system extracted from one document, as the seeds
// scorer reads it. [Extract] fills it from what the coder gives.
//
// Persons, Organizations, Metonyms, Facts and Relations are nil while the
// system does not extract them: the scorer then reports their category as
// not implemented, with nothing found. A non-nil slice, even empty, means
// the system extracts them and found these.
type Extraction struct {
	Doc           string
	Text          string
	Sentences     []segment.Sentence
	Dropped       []segment.Dropped
	Events        []event.Event
	Persons       []Person
	Organizations []Organization
	Metonyms      []Metonym
	Facts         []Fact
	Relations     []Relation
}

// Person is a person the system found, with the code of the country (or
// organisation) they belong to.
type Person struct {
	Name    string
	Country string
	Role    string
}

// Organization is an organisation the system found.
type Organization struct {
	Name    string
	Country string
}

// Metonym is a name the system resolved to an actor ("the Kremlin" to
// RUS).
type Metonym struct {
	Text string
	Code string
}

// Fact is a quantified fact the system found, with the sentence it was
// read from.
type Fact struct {
	Kind     string
	Parties  []string
	ValueUSD float64
	Year     int
	Sentence event.Span
}

// Relation is a standing tie the system found: From is the party that
// holds it (the sanctioning state, the supplier), To the other one; for an
// undirected tie the order is free. Since is an ISO date prefix or empty;
// Mutual marks a pact whose obligations run both ways.
type Relation struct {
	Kind     string
	From, To string
	Since    string
	Mutual   bool
	Sentence event.Span
}

// DocumentCoder codes a whole document; *pipeline.Pipeline is one.
type DocumentCoder interface {
	Code(doc document.Document) []event.Event
}

// EntityCoder is a DocumentCoder that also names the people a document
// mentions (`entente code --entities`); *pipeline.Pipeline is one.
type EntityCoder interface {
	CodeEntities(doc document.Document) ([]event.Event, []event.Entity)
}

// FactCoder is a DocumentCoder that also gives a document's facts and,
// when asked for them, its actor mentions (`entente code --facts
// --mentions`); *pipeline.Pipeline is one, with Mentions set for the
// metonyms.
type FactCoder interface {
	Process(doc document.Document) pipeline.Result
}

// Extract codes doc with c and returns what the scorers read: the events,
// the sentences and dropped lines of segment.Segment (which is how the
// pipeline cuts the document) and, when c is an [EntityCoder], the persons
// and organizations (entities of kind "person" and "organization", with
// their actor code as country), and, when it is a [FactCoder], the
// metonyms, facts and relations (see addFacts).
func Extract(doc document.Document, c DocumentCoder) Extraction {
	seg := segment.Segment(doc.Text)
	x := Extraction{
		Doc:       doc.ID,
		Text:      doc.Text,
		Sentences: seg.Sentences,
		Dropped:   seg.Dropped,
	}
	addFacts(&x, doc, c)
	ec, ok := c.(EntityCoder)
	if !ok {
		x.Events = c.Code(doc)
		return x
	}
	var entities []event.Entity
	x.Events, entities = ec.CodeEntities(doc)
	x.Persons = []Person{}
	x.Organizations = []Organization{}
	for _, e := range entities {
		switch e.Kind {
		case "person":
			x.Persons = append(x.Persons, Person{Name: e.Name, Country: e.Code, Role: e.Role})
		case "organization":
			x.Organizations = append(x.Organizations, Organization{Name: e.Name, Country: e.Code})
		}
	}
	return x
}

// addFacts fills, when c is a [FactCoder], the facts and the relations of
// x, and its metonyms (every actor mention, as the words that name the
// actor and the actor's code) when c gives mentions. A gold relation is evidenced by a fact of
// its kind read from its sentence: every fact is offered as a relation
// too, from its source to its target when it is directed, else between
// each pair of its parties. Without a FactCoder they stay nil.
func addFacts(x *Extraction, doc document.Document, c DocumentCoder) {
	fc, ok := c.(FactCoder)
	if !ok {
		return
	}
	res := fc.Process(doc)
	x.Facts, x.Relations = []Fact{}, []Relation{}
	if res.Mentions != nil {
		x.Metonyms = []Metonym{}
	}
	for _, m := range res.Mentions {
		if m.Reference {
			continue
		}
		// The words that name the actor; a phrase the coder placed from
		// the story's context ("the North") has none of its own.
		text, code := m.Span.Text, m.Code
		if m.Actor != nil {
			text = m.Actor.Text
			if m.ActorCode != "" {
				code = m.ActorCode
			}
		}
		x.Metonyms = append(x.Metonyms, Metonym{Text: text, Code: code})
	}
	for _, f := range res.Facts {
		x.Facts = append(x.Facts, Fact{Kind: f.Type, Parties: f.Parties, ValueUSD: f.ValueUSD, Year: f.Year, Sentence: f.Sentence})
		x.Relations = append(x.Relations, relations(f)...)
	}
}

// relations returns the ties fact f states: one from its source to its
// target when it is directed (a sanctions regime whose source the text
// does not name goes to its target from no one), else one between each
// pair of its parties.
func relations(f event.Fact) []Relation {
	rel := Relation{Kind: f.Type, Since: f.Since, Mutual: f.Mutual, Sentence: f.Sentence}
	if f.Source != "" || f.Target != "" {
		rel.From, rel.To = f.Source, f.Target
		return []Relation{rel}
	}
	var out []Relation
	for i := range f.Parties {
		for j := i + 1; j < len(f.Parties); j++ {
			rel.From, rel.To = f.Parties[i], f.Parties[j]
			out = append(out, rel)
		}
	}
	return out
}

// RunSeeds reads each gold document from seedsDir (by its file's base
// name, with its .meta.json sidecar), extracts it with c and scores the
// result. A document without a publication date gets the gold's.
func RunSeeds(ctx context.Context, g *SeedGold, seedsDir string, c DocumentCoder) (SeedsReport, error) {
	ex := map[string]Extraction{}
	for _, d := range g.Documents {
		doc, err := readSeed(ctx, seedsDir, d)
		if err != nil {
			return SeedsReport{}, err
		}
		ex[d.File] = Extract(doc, c)
	}
	return ScoreSeeds(g, ex), nil
}

// readSeed reads the gold document d from seedsDir (by its file's base
// name, with its .meta.json sidecar); without a publication date it gets
// the gold's.
func readSeed(ctx context.Context, seedsDir string, d GoldDocument) (document.Document, error) {
	path := filepath.Join(seedsDir, filepath.Base(d.File))
	var docs []document.Document
	err := document.Read(ctx, path, document.Options{}, func(doc document.Document, err error) error {
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return document.Document{}, fmt.Errorf("seed document %s: %w", d.File, err)
	}
	if len(docs) != 1 {
		return document.Document{}, fmt.Errorf("seed document %s: read %d documents, want 1", path, len(docs))
	}
	doc := docs[0]
	if doc.Published.IsZero() && d.Published != "" {
		doc.Published, _ = document.ParsePublished(d.Published)
	}
	return doc, nil
}

// SeedsReport is the result of scoring extractions against a seeds gold.
type SeedsReport struct {
	Suite     string // "seeds"
	Documents []SeedsDocument

	// Required and Optional count the gold events; RequiredFound and
	// OptionalFound those matched by at least one coded event.
	Required, RequiredFound int
	Optional, OptionalFound int
	// Coded counts every event coded from the documents' sentences;
	// Matched those that match a gold event (required or optional);
	// BareStatements the unmatched ones that are bare statements.
	Coded, Matched, BareStatements int
	// ModalityChecked counts matched gold events that state a modality,
	// ModalityAgreed those where a matching event has it. Informational:
	// the README's rules do not match on modality.
	ModalityChecked, ModalityAgreed int
	// NoEventSentences counts the no_event_evidence passages;
	// NoEventViolations the events coded from their sentences.
	NoEventSentences, NoEventViolations   int
	BoilerplateLines, BoilerplateFailures int
	HeadingLines, HeadingFailures         int
	// Categories are the recalls of persons, organizations, metonyms,
	// facts and relations, in that order, over all documents.
	Categories []CategoryScore
	// AcrossGroups counts the across_documents groups, which are not
	// evaluated: they need the store (issue 5).
	AcrossGroups int
	// Problems are gold documents without an extraction.
	Problems []string
}

// SeedsDocument is the scoring of one document.
type SeedsDocument struct {
	File        string
	Coded       int
	Matched     int
	Events      []GoldOutcome
	Extra       []ExtraEvent
	NoEvent     []NoEventOutcome
	Boilerplate []LineCheck
	Headings    []LineCheck
	Categories  []CategoryScore
}

// GoldOutcome is how one gold event fared.
type GoldOutcome struct {
	Gold  GoldEvent
	Found bool
	// Matches are the coded events that match it.
	Matches []event.Event
	// Sentence is the first sentence of the document that contains the
	// evidence, or "" when none does (the text was cut elsewhere).
	Sentence string
	// Misses says, for an event not found, why each event coded from the
	// evidence sentence does not match.
	Misses []string
}

// ExtraEvent is a coded event that matches no gold event. Bare is set for
// a bare statement (CAMEO 01x without a target), which never matches.
type ExtraEvent struct {
	Event event.Event
	Bare  bool
}

// NoEventOutcome lists the events coded from a no_event_evidence sentence.
type NoEventOutcome struct {
	Evidence string
	Events   []event.Event
}

// LineCheck is the check of one boilerplate line or heading.
type LineCheck struct {
	Text   string
	OK     bool
	Detail string
}

// CategoryScore is the recall of one category of listed items. Persons,
// organizations and metonyms are all required; facts and relations carry
// their own required flag.
type CategoryScore struct {
	Name string
	// Implemented is false while the system does not extract the
	// category: nothing is found then.
	Implemented   bool
	Listed        int
	Found         int
	Required      int
	RequiredFound int
	// Missed names the required items not found; Why[i] says, for
	// Missed[i], what the system read from the item's sentence and why it
	// does not match (empty when there is nothing to say).
	Missed []string
	Why    [][]string
}

// Recall is RequiredFound/Required.
func (c CategoryScore) Recall() float64 { return ratio(c.RequiredFound, c.Required) }

// Recall is the share of required gold events found.
func (r SeedsReport) Recall() float64 { return ratio(r.RequiredFound, r.Required) }

// Precision is the share of coded events that match a gold event.
func (r SeedsReport) Precision() float64 { return ratio(r.Matched, r.Coded) }

// BoilerplateOK reports that no boilerplate line became a sentence.
func (r SeedsReport) BoilerplateOK() bool { return r.BoilerplateFailures == 0 }

// HeadingsOK reports that every heading is a unit of its own.
func (r SeedsReport) HeadingsOK() bool { return r.HeadingFailures == 0 }

// Category returns the score of the named category.
func (r SeedsReport) Category(name string) CategoryScore {
	for _, c := range r.Categories {
		if c.Name == name {
			return c
		}
	}
	return CategoryScore{Name: name}
}

// categoryNames fixes the order of the categories in reports.
var categoryNames = []string{"persons", "organizations", "metonyms", "facts", "relations"}

// ScoreSeeds scores the extractions, keyed by the gold documents' File,
// with the rules of gold/README.md:
//
//   - A coded event matches a gold event when its sentence contains the
//     evidence (after folding curly quotes and dashes to ASCII, non-breaking
//     spaces to spaces and runs of white space to one), its source code has
//     a three-letter block (USAGOV: USA, GOV; IGOWSTNAT: IGO, WST, NAT)
//     among the gold sources, its target likewise (no target, or the code
//     "---", is accepted when the list holds null), source and target may
//     be swapped for symmetric events, its CAMEO root is among cameo_roots
//     or its PLOVER type among plover, and, when the gold has a date, its
//     date value starts with it or with a date_alt. A coarser date ("2024"
//     for "2024-06-20") does not start with the gold's, and an event
//     without a date does not match a dated gold event.
//   - Bare statements (CAMEO 01x without a target) never match: the gold
//     leaves them out and they count as extra.
//   - Recall is over required gold events, each found when any coded event
//     matches it. Precision is the coded events that match some gold event,
//     required or optional, over all coded events.
//   - Every event coded from a sentence that contains a no_event_evidence
//     passage is a violation.
//   - A boilerplate line fails when a sentence contains it. A heading
//     passes when a unit of text is exactly the heading and no unit starts
//     with it and goes on (merged into the next sentence).
//   - Persons match by name (case, hyphens and spacing aside; the gold's
//     text_variant is accepted too) and country (a three-letter block, the
//     gold's "NATO" and "UN" read as NAT and UNO); organizations likewise;
//     metonyms by the words that name an actor (an article aside) and its
//     code; facts by kind, evidence sentence, parties (as sets), value
//     (within 1%) and year; relations by kind, evidence sentence, ends (in
//     either order when undirected), mutual when the gold says so, and
//     since (a date prefix, as for events). Roles are not compared.
//   - across_documents groups are counted and not evaluated.
func ScoreSeeds(g *SeedGold, ex map[string]Extraction) SeedsReport {
	r := SeedsReport{Suite: "seeds", AcrossGroups: len(g.AcrossDocuments)}
	totals := map[string]*CategoryScore{}
	for _, name := range categoryNames {
		totals[name] = &CategoryScore{Name: name, Implemented: true}
	}
	for _, gd := range g.Documents {
		x, ok := ex[gd.File]
		if !ok {
			r.Problems = append(r.Problems, gd.File+": no extraction")
		}
		d := scoreSeedDocument(gd, x)
		r.Documents = append(r.Documents, d)
		for _, o := range d.Events {
			if o.Gold.Required {
				r.Required++
				if o.Found {
					r.RequiredFound++
				}
			} else {
				r.Optional++
				if o.Found {
					r.OptionalFound++
				}
			}
			if o.Found && o.Gold.Modality != "" {
				r.ModalityChecked++
				if slices.ContainsFunc(o.Matches, func(e event.Event) bool { return e.Modality == o.Gold.Modality }) {
					r.ModalityAgreed++
				}
			}
		}
		r.Coded += d.Coded
		r.Matched += d.Matched
		for _, e := range d.Extra {
			if e.Bare {
				r.BareStatements++
			}
		}
		for _, n := range d.NoEvent {
			r.NoEventSentences++
			r.NoEventViolations += len(n.Events)
		}
		for _, b := range d.Boilerplate {
			r.BoilerplateLines++
			if !b.OK {
				r.BoilerplateFailures++
			}
		}
		for _, h := range d.Headings {
			r.HeadingLines++
			if !h.OK {
				r.HeadingFailures++
			}
		}
		for _, c := range d.Categories {
			t := totals[c.Name]
			t.Implemented = t.Implemented && c.Implemented
			t.Listed += c.Listed
			t.Found += c.Found
			t.Required += c.Required
			t.RequiredFound += c.RequiredFound
			for i, m := range c.Missed {
				t.Missed = append(t.Missed, filepath.Base(gd.File)+": "+m)
				t.Why = append(t.Why, c.Why[i])
			}
		}
	}
	for _, name := range categoryNames {
		r.Categories = append(r.Categories, *totals[name])
	}
	return r
}

func scoreSeedDocument(gd GoldDocument, x Extraction) SeedsDocument {
	d := SeedsDocument{File: gd.File, Coded: len(x.Events)}
	var sents []string
	for _, s := range x.Sentences {
		if s.Start >= 0 && s.End <= len(x.Text) && s.Start <= s.End {
			sents = append(sents, fold(x.Text[s.Start:s.End]))
		}
	}
	folded := make([]string, len(x.Events))
	for i, e := range x.Events {
		folded[i] = fold(e.Sentence.Text)
	}
	matched := make([]bool, len(x.Events))
	for _, ge := range gd.Events {
		o := GoldOutcome{Gold: ge}
		ev := fold(ge.Evidence)
		for _, s := range sents {
			if strings.Contains(s, ev) {
				o.Sentence = s
				break
			}
		}
		for i, e := range x.Events {
			if !strings.Contains(folded[i], ev) {
				continue
			}
			why := eventMisses(ge, e)
			if len(why) == 0 {
				o.Found = true
				o.Matches = append(o.Matches, e)
				matched[i] = true
				continue
			}
			o.Misses = append(o.Misses, eventString(e)+": "+strings.Join(why, "; "))
			if o.Sentence == "" {
				o.Sentence = folded[i]
			}
		}
		if o.Found {
			o.Misses = nil
		} else if len(o.Misses) == 0 {
			if o.Sentence == "" {
				o.Misses = []string{"no sentence contains the evidence"}
			} else {
				o.Misses = []string{"nothing coded from the sentence"}
			}
		}
		d.Events = append(d.Events, o)
	}
	for i, e := range x.Events {
		if matched[i] {
			d.Matched++
		} else {
			d.Extra = append(d.Extra, ExtraEvent{Event: e, Bare: isBare(e)})
		}
	}
	for _, ne := range gd.NoEventEvidence {
		n := NoEventOutcome{Evidence: ne}
		f := fold(ne)
		for i, e := range x.Events {
			if strings.Contains(folded[i], f) {
				n.Events = append(n.Events, e)
			}
		}
		d.NoEvent = append(d.NoEvent, n)
	}
	for _, b := range gd.Boilerplate {
		d.Boilerplate = append(d.Boilerplate, checkBoilerplate(b, sents, x))
	}
	for _, h := range gd.Headings {
		d.Headings = append(d.Headings, checkHeading(h, sents))
	}
	d.Categories = []CategoryScore{
		scorePersons(gd.Persons, x.Persons),
		scoreOrganizations(gd.Organizations, x.Organizations),
		scoreMetonyms(gd.Metonyms, x.Metonyms),
		scoreFacts(gd.Facts, x.Facts),
		scoreRelations(gd.Relations, x.Relations),
	}
	return d
}

// eventMisses returns why e does not match g, apart from the evidence;
// nil means it matches.
func eventMisses(g GoldEvent, e event.Event) []string {
	if isBare(e) {
		return []string{"bare statement (01x without target)"}
	}
	var why []string
	src, tgt := e.Source.Code, ""
	if e.Target != nil {
		tgt = e.Target.Code
	}
	straight := goldActorOK(src, g.Source) && goldActorOK(tgt, g.Target)
	swapped := g.Symmetric && goldActorOK(tgt, g.Source) && goldActorOK(src, g.Target)
	if !straight && !swapped {
		switch {
		case g.Symmetric:
			why = append(why, fmt.Sprintf("dyad %s>%s is not %s>%s either way", orNone(src), orNone(tgt), g.Source, g.Target))
		case !goldActorOK(src, g.Source):
			why = append(why, fmt.Sprintf("source %s not in %s", orNone(src), g.Source))
			if !goldActorOK(tgt, g.Target) {
				why = append(why, fmt.Sprintf("target %s not in %s", orNone(tgt), g.Target))
			}
		default:
			why = append(why, fmt.Sprintf("target %s not in %s", orNone(tgt), g.Target))
		}
	}
	typ, _ := ontology.CurrentPlover(e.Plover.Type, e.Plover.Mode)
	if !slices.Contains(g.CAMEORoots, ontology.Root(e.CAMEO)) && !slices.Contains(g.Plover, typ) {
		why = append(why, fmt.Sprintf("code %s (%s) not in roots %v or types %v", e.CAMEO, orNone(typ), g.CAMEORoots, g.Plover))
	}
	if g.Date != "" {
		have := ""
		if e.Date != nil {
			have = e.Date.Value
		}
		ok := have != "" && strings.HasPrefix(have, g.Date)
		for _, alt := range g.DateAlt {
			ok = ok || (have != "" && strings.HasPrefix(have, alt))
		}
		if !ok {
			want := strings.Join(append([]string{g.Date}, g.DateAlt...), " or ")
			why = append(why, fmt.Sprintf("date %s does not start with %s", orNone(have), want))
		}
	}
	return why
}

// isBare reports a bare statement: a CAMEO 01x event without a target.
func isBare(e event.Event) bool {
	return strings.HasPrefix(e.CAMEO, "01") && noActor(e.Target)
}

func noActor(a *event.Actor) bool {
	return a == nil || a.Code == "" || a.Code == "---"
}

// goldActorOK reports whether code is accepted by the gold list: no actor
// when the list holds null, otherwise one of the code's three-letter
// blocks in the list.
func goldActorOK(code string, g GoldActors) bool {
	if code == "" || code == "---" {
		return g.None
	}
	return slices.ContainsFunc(codeBlocks(code), func(b string) bool { return slices.Contains(g.Codes, b) })
}

// codeBlocks cuts an actor code into its three-letter blocks: IGOWSTNAT
// into IGO, WST, NAT. A trailing shorter block is kept as it is.
func codeBlocks(code string) []string {
	code = strings.ToUpper(code)
	var out []string
	for len(code) > 3 {
		out = append(out, code[:3])
		code = code[3:]
	}
	if code != "" {
		out = append(out, code)
	}
	return out
}

// goldNames maps the names the gold writes where a code is expected to the
// block that stands for them.
var goldNames = map[string]string{"NATO": "NAT", "UN": "UNO", "WEST": "WST"}

// sameActor reports whether a code the system gave matches a code or name
// the gold gave: the gold's code (or its three-letter stand-in) is one of
// the blocks of the system's code.
func sameActor(gold, have string) bool {
	g := strings.ToUpper(strings.TrimSpace(gold))
	if s, ok := goldNames[g]; ok {
		g = s
	}
	if g == "" || have == "" {
		return false
	}
	return slices.Contains(codeBlocks(have), g)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func eventString(e event.Event) string {
	tgt := ""
	if e.Target != nil {
		tgt = e.Target.Code
	}
	date := "no date"
	if e.Date != nil {
		date = e.Date.Value
	}
	return fmt.Sprintf("%s>%s %s %s %s %s", orNone(e.Source.Code), orNone(tgt), e.CAMEO, orNone(e.Plover.Type), date, e.Modality)
}

func checkBoilerplate(line string, sentences []string, x Extraction) LineCheck {
	f := fold(line)
	for _, s := range sentences {
		if strings.Contains(s, f) {
			return LineCheck{Text: line, Detail: fmt.Sprintf("became a sentence: %q", truncate(s, textWidth))}
		}
	}
	for _, dr := range x.Dropped {
		if dr.Start >= 0 && dr.End <= len(x.Text) && dr.Start <= dr.End && strings.Contains(fold(x.Text[dr.Start:dr.End]), f) {
			return LineCheck{Text: line, OK: true, Detail: "dropped: " + dr.Reason}
		}
	}
	return LineCheck{Text: line, OK: true, Detail: "not in any sentence"}
}

func checkHeading(h string, sentences []string) LineCheck {
	f := fold(h)
	alone := false
	for _, s := range sentences {
		switch {
		case s == f:
			alone = true
		case strings.HasPrefix(s, f):
			return LineCheck{Text: h, Detail: fmt.Sprintf("merged into %q", truncate(s, textWidth))}
		}
	}
	if !alone {
		return LineCheck{Text: h, Detail: "not kept as a unit of its own"}
	}
	return LineCheck{Text: h, OK: true, Detail: "kept alone"}
}

func scorePersons(gold []GoldPerson, have []Person) CategoryScore {
	c := CategoryScore{Name: "persons", Implemented: have != nil, Listed: len(gold)}
	for _, g := range gold {
		ok := slices.ContainsFunc(have, func(p Person) bool {
			n := normName(p.Name)
			return (n == normName(g.Name) || (g.TextVariant != "" && n == normName(g.TextVariant))) &&
				(g.Country == "" || sameActor(g.Country, p.Country))
		})
		c.count(ok, true, g.Name+" ("+g.Country+")")
	}
	return c
}

func scoreOrganizations(gold []GoldOrganization, have []Organization) CategoryScore {
	c := CategoryScore{Name: "organizations", Implemented: have != nil, Listed: len(gold)}
	for _, g := range gold {
		ok := slices.ContainsFunc(have, func(o Organization) bool {
			return normName(o.Name) == normName(g.Name) && (g.Country == "" || sameActor(g.Country, o.Country))
		})
		c.count(ok, true, g.Name)
	}
	return c
}

// scoreMetonyms finds each listed name among the actors the system
// recognised: the words that name an actor equal the name (an article
// before either aside: "the Kremlin" is "Kremlin") and its code has the
// gold's block.
func scoreMetonyms(gold map[string]string, have []Metonym) CategoryScore {
	c := CategoryScore{Name: "metonyms", Implemented: have != nil, Listed: len(gold)}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, text := range keys {
		code := gold[text]
		var why []string
		ok := false
		for _, m := range have {
			if bareName(m.Text) != bareName(text) {
				continue
			}
			if sameActor(code, m.Code) {
				ok = true
				break
			}
			if w := fmt.Sprintf("read as %s", m.Code); !slices.Contains(why, w) {
				why = append(why, w)
			}
		}
		if !ok && len(why) == 0 && have != nil {
			why = []string{"not recognised as an actor"}
		}
		c.count(ok, true, text+" = "+code, why...)
	}
	return c
}

// bareName is normName without a leading article.
func bareName(s string) string {
	n := normName(s)
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(n, a) {
			return n[len(a):]
		}
	}
	return n
}

func scoreFacts(gold []GoldFact, have []Fact) CategoryScore {
	c := CategoryScore{Name: "facts", Implemented: have != nil, Listed: len(gold)}
	for _, g := range gold {
		ok, why := findEvidenced(g.Evidence, have, func(f Fact) event.Span { return f.Sentence },
			func(f Fact) []string { return factMisses(g, f) },
			func(f Fact) string { return fmt.Sprintf("%s %v $%.4g %d", f.Kind, f.Parties, f.ValueUSD, f.Year) })
		c.count(ok, g.Required, fmt.Sprintf("%s %v %q", g.Kind, g.Parties, g.Evidence), why...)
	}
	return c
}

// findEvidenced looks, among the items the system read from a sentence
// holding the gold's evidence, for one that matches (misses returns
// nothing), and says otherwise why each does not ("no fact read from the
// sentence" when none was read from it). A nil have means the category is
// not extracted: nothing is said then.
func findEvidenced[T any](evidence string, have []T, sentence func(T) event.Span, misses func(T) []string, show func(T) string) (bool, []string) {
	ev := fold(evidence)
	var why []string
	for _, x := range have {
		if !strings.Contains(fold(sentence(x).Text), ev) {
			continue
		}
		miss := misses(x)
		if len(miss) == 0 {
			return true, nil
		}
		why = append(why, show(x)+": "+strings.Join(miss, "; "))
	}
	if len(why) == 0 && have != nil {
		why = []string{"no fact read from the sentence"}
	}
	return false, why
}

// factMisses returns why f, read from the gold fact's sentence, does not
// match g: kind, parties (as sets), value within 1% and year.
func factMisses(g GoldFact, f Fact) []string {
	var why []string
	if f.Kind != g.Kind {
		why = append(why, "kind is not "+g.Kind)
	}
	if !sameParties(g.Parties, f.Parties) {
		why = append(why, fmt.Sprintf("parties are not %v", g.Parties))
	}
	if g.ValueUSD != 0 && math.Abs(f.ValueUSD-g.ValueUSD) > 0.01*math.Abs(g.ValueUSD) {
		why = append(why, fmt.Sprintf("value is not $%.4g", g.ValueUSD))
	}
	if g.Year != 0 && f.Year != g.Year {
		why = append(why, fmt.Sprintf("year is not %d", g.Year))
	}
	return why
}

func scoreRelations(gold []GoldRelation, have []Relation) CategoryScore {
	c := CategoryScore{Name: "relations", Implemented: have != nil, Listed: len(gold)}
	for _, g := range gold {
		from, to, _ := g.Ends()
		ok, why := findEvidenced(g.Evidence, have, func(r Relation) event.Span { return r.Sentence },
			func(r Relation) []string { return relationMisses(g, r) },
			func(r Relation) string {
				mutual := ""
				if r.Mutual {
					mutual = " mutual"
				}
				return fmt.Sprintf("%s %s-%s%s since %s", r.Kind, orNone(r.From), orNone(r.To), mutual, orNone(r.Since))
			})
		c.count(ok, g.Required, fmt.Sprintf("%s %s-%s %q", g.Kind, orNone(from), orNone(to), g.Evidence), why...)
	}
	return c
}

// relationMisses returns why r, read from the gold relation's sentence,
// does not match g: kind, ends (either way when undirected; an end the
// gold leaves empty takes anything), mutual when the gold says so, and
// since (a date prefix).
func relationMisses(g GoldRelation, r Relation) []string {
	var why []string
	if r.Kind != g.Kind {
		why = append(why, "kind is not "+g.Kind)
	}
	from, to, undirected := g.Ends()
	end := func(gold, have string) bool { return gold == "" || sameActor(gold, have) }
	if !(end(from, r.From) && end(to, r.To) || undirected && end(from, r.To) && end(to, r.From)) {
		why = append(why, fmt.Sprintf("ends are not %s-%s", orNone(from), orNone(to)))
	}
	if g.Mutual && !r.Mutual {
		why = append(why, "not mutual")
	}
	if g.Since != "" && !strings.HasPrefix(r.Since, g.Since) {
		why = append(why, "since does not start with "+g.Since)
	}
	return why
}

// sameParties reports whether have names the gold parties, each once.
func sameParties(gold, have []string) bool {
	if len(gold) != len(have) {
		return false
	}
	used := make([]bool, len(have))
	for _, g := range gold {
		i := slices.IndexFunc(have, func(h string) bool { return sameActor(g, h) })
		for i >= 0 && used[i] {
			j := slices.IndexFunc(have[i+1:], func(h string) bool { return sameActor(g, h) })
			if j < 0 {
				i = -1
			} else {
				i += 1 + j
			}
		}
		if i < 0 {
			return false
		}
		used[i] = true
	}
	return true
}

func (c *CategoryScore) count(found, required bool, label string, why ...string) {
	if required {
		c.Required++
	}
	if !found {
		if required {
			c.Missed = append(c.Missed, label)
			c.Why = append(c.Why, why)
		}
		return
	}
	c.Found++
	if required {
		c.RequiredFound++
	}
}

// asciiFold folds typographic quotes and dashes to ASCII and non-breaking
// spaces to spaces, as the gold README's matching rule asks.
var asciiFold = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`, "\u00AB", `"`, "\u00BB", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u00A0", " ", "\u202F", " ",
)

// fold returns s with quotes and dashes folded to ASCII and white space
// collapsed to single spaces, trimmed.
func fold(s string) string {
	return strings.Join(strings.Fields(asciiFold.Replace(s)), " ")
}

// normName folds a name for comparison: case, hyphens and spacing aside.
func normName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(fold(s), "-", " ")), " "))
}
