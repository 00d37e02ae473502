package timex

// Resolver finds and normalises the time expressions of one document,
// sentence by sentence, in order. It keeps the document's running
// reference date (the last date an expression named), against which
// anchored offsets such as "three months later" are resolved. A Resolver
// is cheap; use one per document and not from two goroutines at once.
type Resolver struct {
	anchor Anchor
	today  cal // the anchor's day in its own zone; empty when unresolved
	now    cal // the anchor at its own precision
	ref    cal // the running reference; starts at the anchor
	toks   []token
	info   []placed
	near   []bool
}

// NewResolver returns a resolver for a document published at a.
func NewResolver(a Anchor) *Resolver {
	r := &Resolver{anchor: a}
	if a.Resolved() {
		r.today = calOf(a.Time, gDay)
		r.now = r.today
		if a.Granularity == Instant {
			r.now = calOf(a.Time, gMinute)
		}
		r.ref = r.today
	}
	return r
}

// Anchor returns the anchor the resolver was made with.
func (r *Resolver) Anchor() Anchor { return r.anchor }

// Sentence returns the time expressions of one sentence of the document,
// in order, with byte offsets into text. Call it for every sentence in
// document order: anchored offsets ("three months later", "the next day")
// take the last date of the sentences before. A sentence with no digit
// and no time word costs one pass over its bytes.
func (r *Resolver) Sentence(text string) []Timex {
	toks, interesting := tokenize(text, r.toks)
	r.toks = toks
	if !interesting {
		return nil
	}
	lowerInto(text, toks)
	sc := scanner{s: text, t: toks, r: r, last: -1, info: r.info[:0], near: r.near}
	sc.run()
	r.info, r.near = sc.info, sc.near
	return sc.out
}
