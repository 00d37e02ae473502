package evalsuite

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
)

// Coder codes one sentence.
type Coder interface {
	CodeSentence(text string, date dict.Date) coder.Result
}

// Factory returns a coder for the given options. The suites change options
// from record to record; a run asks for each distinct set of options once.
type Factory func(coder.Options) (Coder, error)

// Status is the verdict on one record.
type Status uint8

const (
	// Pass means the record's expectation was met.
	Pass Status = iota
	// Fail means it was not.
	Fail
	// NotApplicable means the record was not scored; Outcome.Reason says why.
	NotApplicable
)

func (s Status) String() string {
	switch s {
	case Pass:
		return "pass"
	case Fail:
		return "fail"
	default:
		return "n/a"
	}
}

// Expectation kinds, as written in Outcome.Expect.
const (
	ExpectEvents          = "events"
	ExpectNothing         = "none"
	ExpectDiscard         = "discard"
	ExpectSentenceDiscard = "sentencediscard"
	ExpectStoryDiscard    = "storydiscard"
	ExpectComplex         = "complex"
)

// Failure kinds, as written in Outcome.Reason for a failed record.
const (
	FailMissing      = "missing_events" // some expected events not coded, nothing extra
	FailExtra        = "extra_events"   // all expected coded, plus others
	FailWrong        = "wrong_events"   // some missing and some extra
	FailOrder        = "order"          // TABARI: right events, wrong order
	FailDiscarded    = "discarded"      // events expected, the sentence was discarded
	FailComplex      = "complex"        // events expected, the sentence was marked complex
	FailNoDiscard    = "not_discarded"  // a discard was expected
	FailWrongDiscard = "wrong_discard"  // a sentence discard instead of a story one, or back
	FailNotComplex   = "not_complex"    // complex was expected
	FailPanic        = "panic"          // the coder panicked
)

// Not-applicable reasons.
const (
	NATreebankInput = "treebank_input"     // PETRARCH bad_input_parse / dateline
	NANotDefaultRun = "not_in_default_run" // PETRARCH in_default_run false
	NABadRecord     = "bad_record"         // unusable override or error kind
	NADirective     = "directive"          // TABARI record carrying only directives
	NACheckSkipped  = "check_skipped"      // TABARI leading '-'
	NANonstandard   = "nonstandard"        // TABARI standard_section false
	NANoExpectation = "no_expectation"     // states nothing to check
)

// nullActor is how both PETRARCH and TABARI write an actor with no code.
const nullActor = "---"

// Outcome is what happened to one record.
type Outcome struct {
	ID       string `json:"id"`
	Line     int    `json:"line,omitempty"`
	Category string `json:"category"`
	Text     string `json:"text"`
	Status   Status `json:"-"`
	// Reason is why the record is not applicable, or the kind of failure.
	Reason string `json:"reason,omitempty"`
	// Expect is the kind of expectation checked (ExpectEvents, …).
	Expect   string   `json:"expect,omitempty"`
	Expected []Triple `json:"expected,omitempty"`
	Got      []Triple `json:"got,omitempty"`
	// Discard and Complex are what the coder said.
	Discard coder.Discard `json:"discard,omitempty"`
	Complex bool          `json:"complex,omitempty"`
	// Found is the number of expected events matched, Extra the number of
	// coded events that match nothing expected.
	Found int `json:"found,omitempty"`
	Extra int `json:"extra,omitempty"`
	// Detail holds a panic message or the problem with the record.
	Detail string `json:"detail,omitempty"`
}

// CategoryStats counts the records of one suite category.
type CategoryStats struct {
	Records    int `json:"records"`
	Applicable int `json:"applicable"`
	Passed     int `json:"passed"`
}

// DirectiveCount is an option directive (or config key) the coder has no
// option for, grouped by name ("SET: TIME SHIFT", "LABEL"), with where it
// was met ("suite" or the options file's name) and how often.
type DirectiveCount struct {
	Directive string `json:"directive"`
	From      string `json:"from"`
	Count     int    `json:"count"`
}

// Report holds a suite's figures and every record's outcome.
type Report struct {
	Suite          string
	Records        int
	Passed         int
	NotApplicable  int
	ExpectedEvents int
	FoundEvents    int
	ExtraEvents    int
	// NotApplicableBy counts not-applicable records by reason.
	NotApplicableBy map[string]int
	// Failures counts failed records by kind.
	Failures map[string]int
	// Categories counts records by the suite's own category field.
	Categories map[string]CategoryStats
	// DirectivesFound counts the option directives met in a TABARI suite,
	// DirectivesApplied those that changed the coder's options.
	DirectivesFound, DirectivesApplied int
	// OptionSets is the number of distinct coder options the run used.
	OptionSets int
	// Unsupported lists directives and config keys that were ignored.
	Unsupported []DirectiveCount
	// OptionsFile is the options file the base options came from, if any.
	OptionsFile string
	// Problems are records or directives the harness could not use.
	Problems []string
	Outcomes []Outcome
}

// Applicable is the number of records scored.
func (r Report) Applicable() int { return r.Records - r.NotApplicable }

// PassRate is Passed over Applicable, 0 when nothing was applicable.
func (r Report) PassRate() float64 { return ratio(r.Passed, r.Applicable()) }

// FoundRatio is FoundEvents over ExpectedEvents, 0 when nothing was expected.
func (r Report) FoundRatio() float64 { return ratio(r.FoundEvents, r.ExpectedEvents) }

func ratio(a, b int) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func newReport(suite string) Report {
	return Report{
		Suite:           suite,
		NotApplicableBy: map[string]int{},
		Failures:        map[string]int{},
		Categories:      map[string]CategoryStats{},
	}
}

func (r *Report) add(o Outcome) {
	r.Records++
	cs := r.Categories[o.Category]
	cs.Records++
	switch o.Status {
	case NotApplicable:
		r.NotApplicable++
		r.NotApplicableBy[o.Reason]++
	case Pass:
		r.Passed++
		cs.Applicable++
		cs.Passed++
	case Fail:
		r.Failures[o.Reason]++
		cs.Applicable++
	}
	r.Categories[o.Category] = cs
	if o.Status != NotApplicable {
		if o.Expect == ExpectEvents {
			r.ExpectedEvents += len(o.Expected)
		}
		r.FoundEvents += o.Found
		r.ExtraEvents += o.Extra
	}
	r.Outcomes = append(r.Outcomes, o)
}

// badRecord marks o not applicable because rec cannot be used, and says
// why among the problems.
func (r *Report) badRecord(o *Outcome, rec Record, why string) {
	o.Status, o.Reason, o.Detail = NotApplicable, NABadRecord, why
	r.Problems = append(r.Problems, fmt.Sprintf("line %d: %s: %s", rec.Line, rec.ID, why))
}

// unsupported counts ignored directives by where and name.
type unsupported map[[2]string]int

func (u unsupported) add(from, name string) { u[[2]string{from, name}]++ }

func (u unsupported) list() []DirectiveCount {
	out := make([]DirectiveCount, 0, len(u))
	for k, n := range u {
		out = append(out, DirectiveCount{Directive: k[1], From: k[0], Count: n})
	}
	slices.SortFunc(out, func(a, b DirectiveCount) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		return strings.Compare(a.Directive, b.Directive)
	})
	return out
}

// mergeUnsupported adds counts to r.Unsupported, keeping it sorted.
func (r *Report) mergeUnsupported(add []DirectiveCount) {
	u := unsupported{}
	for _, d := range slices.Concat(r.Unsupported, add) {
		u[[2]string{d.From, d.Directive}] += d.Count
	}
	r.Unsupported = u.list()
}

// coders builds one coder per distinct set of options.
type coders struct {
	f Factory
	m map[string]Coder
}

func (c *coders) get(o coder.Options) (Coder, error) {
	// The printed form keys the cache so that Options need not stay
	// comparable as it grows.
	key := fmt.Sprintf("%#v", o)
	if k, ok := c.m[key]; ok {
		return k, nil
	}
	if c.m == nil {
		c.m = map[string]Coder{}
	}
	k, err := c.f(o)
	if err != nil {
		return nil, err
	}
	if k == nil {
		return nil, fmt.Errorf("factory returned no coder for %+v", o)
	}
	c.m[key] = k
	return k, nil
}

// codeSafely codes one sentence; a coder panic becomes a failed record,
// not a lost run.
func codeSafely(k Coder, text string, date dict.Date) (res coder.Result, panicked string) {
	defer func() {
		if p := recover(); p != nil {
			res, panicked = coder.Result{}, fmt.Sprint(p)
		}
	}()
	return k.CodeSentence(text, date), ""
}

// got is a coded event in comparable form.
type got struct {
	t Triple
	// srcWords and tgtWords are the actors' text in the form PETRARCH
	// quotes new actors, for matching a "---" actor.
	srcWords, tgtWords string
}

func normActor(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nullActor
	}
	return s
}

func normExpected(ts []Triple) []Triple {
	out := make([]Triple, 0, len(ts))
	for _, t := range ts {
		if t.Unchecked {
			continue
		}
		out = append(out, Triple{Source: normActor(t.Source), Target: normActor(t.Target), Code: strings.TrimSpace(t.Code)})
	}
	return out
}

func gotEvents(text string, evs []coder.Coded) []got {
	out := make([]got, len(evs))
	for i, e := range evs {
		out[i] = got{
			t:        Triple{Source: normActor(e.Source.Code), Target: normActor(e.Target.Code), Code: strings.TrimSpace(e.Code)},
			srcWords: spanWords(text, e.Source),
			tgtWords: spanWords(text, e.Target),
		}
	}
	return out
}

func triples(gs []got) []Triple {
	if len(gs) == 0 {
		return nil
	}
	out := make([]Triple, len(gs))
	for i, g := range gs {
		out[i] = g.t
	}
	return out
}

func spanWords(text string, m coder.Mention) string {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return ""
	}
	return quotedWords(text[m.Start:m.End])
}

// quotedWords renders a phrase the way PETRARCH writes a new actor: upper
// case, possessive 's and punctuation dropped, single spaces.
func quotedWords(s string) string {
	fields := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	words := fields[:0]
	for _, w := range fields {
		w = strings.ReplaceAll(w, "’", "'")
		w = strings.TrimSuffix(w, "'S")
		if w = strings.ReplaceAll(w, "'", ""); w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

func actorMatches(want, code, words string) bool {
	if want == code {
		return true
	}
	if code != nullActor || len(want) < 3 || want[0] != '"' || want[len(want)-1] != '"' {
		return false
	}
	return words != "" && words == quotedWords(want[1:len(want)-1])
}

func (g got) matches(t Triple) bool {
	return g.t.Code == t.Code && actorMatches(t.Source, g.t.Source, g.srcWords) && actorMatches(t.Target, g.t.Target, g.tgtWords)
}

// intersect returns the size of the multiset intersection: a maximum
// matching between expected and coded events, so that an expected "---"
// cannot take the one "---" event a quoted new actor needs.
func intersect(want []Triple, gs []got) int {
	owner := make([]int, len(gs)) // the expected event coded event j is matched to
	for j := range owner {
		owner[j] = -1
	}
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for j, g := range gs {
			if seen[j] || !g.matches(want[i]) {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || augment(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	n := 0
	for i := range want {
		if augment(i, make([]bool, len(gs))) {
			n++
		}
	}
	return n
}

// judge fills in o's verdict for the result of coding rec.
func judge(o *Outcome, text string, want []Triple, res coder.Result, ordered bool) {
	gs := gotEvents(text, res.Events)
	o.Got = triples(gs)
	o.Discard, o.Complex = res.Discard, res.Complex
	fail := func(reason string) { o.Status, o.Reason = Fail, reason }
	o.Status = Pass
	switch o.Expect {
	case ExpectNothing, ExpectDiscard, ExpectSentenceDiscard, ExpectStoryDiscard, ExpectComplex:
		o.Extra = len(gs)
		discarding := o.Expect == ExpectDiscard || o.Expect == ExpectSentenceDiscard || o.Expect == ExpectStoryDiscard
		switch {
		case discarding && res.Discard == coder.Keep:
			fail(FailNoDiscard)
		case o.Expect == ExpectSentenceDiscard && res.Discard != coder.DiscardSentence,
			o.Expect == ExpectStoryDiscard && res.Discard != coder.DiscardStory:
			fail(FailWrongDiscard)
		case o.Expect == ExpectComplex && !res.Complex:
			fail(FailNotComplex)
		case len(gs) > 0:
			fail(FailExtra)
		}
		return
	}
	o.Expected = want
	o.Found = intersect(want, gs)
	o.Extra = len(gs) - o.Found
	inOrder := len(gs) == len(want)
	for i := 0; inOrder && i < len(want); i++ {
		inOrder = gs[i].matches(want[i])
	}
	switch {
	case ordered && inOrder, !ordered && o.Found == len(want) && o.Extra == 0:
	case len(gs) == 0 && res.Discard != coder.Keep:
		fail(FailDiscarded)
	case len(gs) == 0 && res.Complex:
		fail(FailComplex)
	case o.Found == len(want) && o.Extra == 0:
		fail(FailOrder)
	case o.Found == len(want):
		fail(FailExtra)
	case o.Extra == 0:
		fail(FailMissing)
	default:
		fail(FailWrong)
	}
}

// scoreRecord codes rec with k and judges it.
func scoreRecord(k Coder, rec Record, o *Outcome, ordered bool) {
	scoreRecordIn(k, nil, rec, o, ordered)
}

// ContextCoder is a Coder that can code a sentence as part of a document,
// so that a pronoun may refer to an earlier sentence's actors.
type ContextCoder interface {
	CodeSentenceIn(ctx *coder.Context, text string, date dict.Date) coder.Result
}

// inContext codes through ctx when there is one and k supports it.
type inContext struct {
	k   Coder
	ctx *coder.Context
}

func (c inContext) CodeSentence(text string, date dict.Date) coder.Result {
	if cc, ok := c.k.(ContextCoder); ok && c.ctx != nil {
		return cc.CodeSentenceIn(c.ctx, text, date)
	}
	return c.k.CodeSentence(text, date)
}

func scoreRecordIn(k Coder, ctx *coder.Context, rec Record, o *Outcome, ordered bool) {
	res, panicked := codeSafely(inContext{k, ctx}, rec.Text, rec.Date)
	if panicked != "" {
		o.Status, o.Reason, o.Detail = Fail, FailPanic, panicked
		if o.Expect == ExpectEvents {
			o.Expected = normExpected(rec.Expected)
		}
		return
	}
	judge(o, rec.Text, normExpected(rec.Expected), res, ordered)
}

func newOutcome(rec Record) Outcome {
	return Outcome{ID: rec.ID, Line: rec.Line, Category: rec.Category, Text: rec.Text}
}
