package timex

import "sort"

// Governing returns the time expression that dates the clause of the verb
// at bytes [verbStart, verbEnd) of sentence, among the expressions
// Resolver.Sentence found in it (tx). Only expressions with a Value count:
// durations, sets and "now" date nothing. The rule, without a parser:
//
//  1. The verb's segment — the words between clause punctuation (, ; : (
//     ) and dashes) and clause openers (that, which, who, when, while,
//     because, …): the nearest expression after the verb ("will begin …
//     on Thursday"), else the nearest before it ("a day after signing",
//     "In 2022 Russia invaded").
//  2. A segment opened by "when" right after an expression takes that
//     expression's date: "since 2022, when Russia invaded" is 2022.
//  3. Other segments of the same clause (up to ; : ( ) or a dash), after
//     the verb's first, then before, leaving out segments opened by a
//     clause opener and segments with a reporting verb ("…, the ministry
//     said on Friday" dates the saying, not the event).
//  4. A fronted expression that opens the sentence on its own ("On
//     Thursday, …", "Three months later, …").
//
// It is false when none applies; the event then takes its document's date
// (Anchor.Date).
func Governing(sentence string, tx []Timex, verbStart, verbEnd int) (Timex, bool) {
	if len(tx) == 0 || verbStart < 0 || verbStart >= len(sentence) {
		return Timex{}, false
	}
	toks, _ := tokenize(sentence, make([]token, 0, 64))
	if len(toks) == 0 {
		return Timex{}, false
	}
	lowerInto(sentence, toks)
	segs := clauseParts(toks)
	segOf := make([]int, len(toks)) // -1 on clause punctuation and commas
	for k, sg := range segs {
		for i := sg.s; i < sg.e; i++ {
			segOf[i] = k
		}
		if sg.e < len(toks) {
			segOf[sg.e] = -1
		}
	}
	if segs[0].s > 0 {
		for i := 0; i < segs[0].s; i++ {
			segOf[i] = -1
		}
	}
	tokenAt := func(b int) int {
		i := sort.Search(len(toks), func(i int) bool { return b < toks[i].e })
		return min(i, len(toks)-1)
	}
	v := tokenAt(verbStart)
	ve := tokenAt(max(verbEnd-1, verbStart))
	if segOf[v] < 0 {
		return Timex{}, false
	}
	vs := segOf[v]
	type cand struct {
		i, s, e, seg int
	}
	var cands []cand
	for i, x := range tx {
		if x.Value == "" || x.Start < 0 || x.End > len(sentence) || x.Start >= x.End {
			continue
		}
		a, b := tokenAt(x.Start), tokenAt(x.End-1)
		sg := segOf[a]
		if sg < 0 {
			sg = segOf[b]
		}
		if sg >= 0 {
			cands = append(cands, cand{i: i, s: a, e: b, seg: sg})
		}
	}
	if len(cands) == 0 {
		return Timex{}, false
	}
	// nearest returns the candidate of segment sg nearest after the verb
	// (after) or before it (before), first after.
	nearest := func(sg int, after, before bool) (int, bool) {
		best, bestD := -1, 0
		for _, k := range cands {
			if k.seg == sg && after && k.s > ve {
				if d := k.s - ve; best < 0 || d < bestD {
					best, bestD = k.i, d
				}
			}
		}
		if best >= 0 || !before {
			return best, best >= 0
		}
		for _, k := range cands {
			if k.seg == sg && k.e < v {
				if d := v - k.e; best < 0 || d < bestD {
					best, bestD = k.i, d
				}
			}
		}
		return best, best >= 0
	}
	// 1. The verb's own segment.
	if i, ok := nearest(vs, true, true); ok {
		return tx[i], true
	}
	// 2. "…since 2022, when Russia invaded Ukraine".
	if segs[vs].opener == "when" && vs > 0 && segs[vs-1].comma {
		for _, k := range cands {
			if k.seg == vs-1 && k.e == segs[vs-1].e-1 {
				return tx[k.i].pointed(), true
			}
		}
	}
	// 3. The other segments of the clause: after the verb's, then before.
	usable := func(sg int) bool {
		return segs[sg].clause == segs[vs].clause && !clauseOpeners[segs[sg].opener] && !segs[sg].reporting
	}
	for sg := vs + 1; sg < len(segs) && segs[sg].clause == segs[vs].clause; sg++ {
		if usable(sg) {
			if i, ok := nearest(sg, true, false); ok {
				return tx[i], true
			}
		}
	}
	if !clauseOpeners[segs[vs].opener] {
		for sg := vs - 1; sg >= 0 && segs[sg].clause == segs[vs].clause; sg-- {
			if !usable(sg) {
				continue
			}
			best := -1
			for _, k := range cands {
				if k.seg == sg {
					best = k.i
				}
			}
			if best >= 0 {
				return tx[best], true
			}
		}
	}
	// 4. A fronted expression: "On Thursday, Putin will …".
	first := segs[0].s
	if w := toks[first].low; w == "but" || w == "and" {
		first++
	}
	if k := cands[0]; k.seg == 0 && k.s <= first+1 && segs[0].comma && k.e == segs[0].e-1 {
		return tx[k.i], true
	}
	return Timex{}, false
}

// clausePart is a run of tokens between clause punctuation, commas and
// clause openers.
type clausePart struct {
	s, e      int // tokens [s, e)
	clause    int
	opener    string // its first word
	comma     bool   // a comma ends it
	reporting bool   // it holds a reporting verb: "the ministry said"
}

// clauseParts splits a sentence's tokens into parts.
func clauseParts(toks []token) []clausePart {
	var out []clausePart
	clause := 0
	cur := clausePart{s: -1}
	flush := func(end int, comma bool) {
		if cur.s >= 0 {
			cur.e, cur.comma = end, comma
			out = append(out, cur)
		}
		cur = clausePart{s: -1, clause: clause}
	}
	for i, t := range toks {
		switch {
		case t.kind == tokPunct && isClausePunct(t.low, toks, i):
			flush(i, false)
			clause++
			cur.clause = clause
			continue
		case t.kind == tokPunct && t.low == ",":
			flush(i, true)
			continue
		case t.kind == tokWord && clauseOpeners[t.low] && cur.s >= 0:
			flush(i, false)
		}
		if cur.s < 0 {
			cur.s, cur.opener, cur.clause = i, t.low, clause
		}
		if reportingVerbs[t.low] {
			cur.reporting = true
		}
	}
	flush(len(toks), false)
	if len(out) == 0 {
		out = append(out, clausePart{s: 0, e: 0})
	}
	return out
}

// isClausePunct reports whether punctuation ends a clause: ; : ( ) [ ]
// and dashes, but not a hyphen inside a word.
func isClausePunct(p string, toks []token, i int) bool {
	switch p {
	case ";", ":", "(", ")", "[", "]", "—", "–":
		return true
	case "-":
		return toks[i].sp && (i+1 >= len(toks) || toks[i+1].sp)
	}
	return false
}

var clauseOpeners = setOf("that", "which", "who", "whom", "whose", "where", "when", "while", "because",
	"although", "though", "whereas", "if", "unless")

var reportingVerbs = setOf("said", "says", "say", "told", "tells", "added", "adds", "according",
	"reported", "reports", "announced", "stated", "claimed", "noted", "wrote", "quoted", "cited")

// pointed returns t as its own date, without the interval its preposition
// made: "since 2022" as 2022.
func (t Timex) pointed() Timex {
	if t.point == "" {
		return t
	}
	t.Value, t.Granularity = t.point, t.pointGran
	if a, b := t.TIMEX3.Start-t.Start, t.TIMEX3.End-t.Start; a >= 0 && b <= len(t.Text) && a < b {
		t.Text = t.Text[a:b]
		t.Start, t.End = t.TIMEX3.Start, t.TIMEX3.End
	}
	return t
}

// EventDate returns the date of the event whose verb is at bytes
// [verbStart, verbEnd) of sentence: the governing expression's (see
// Governing), else the document's (Anchor.Date, granularity "document").
// It is false only when neither exists.
func EventDate(sentence string, tx []Timex, verbStart, verbEnd int, a Anchor) (Date, bool) {
	if t, ok := Governing(sentence, tx, verbStart, verbEnd); ok {
		if d, ok := t.Date(); ok {
			return d, true
		}
	}
	return a.Date()
}
