package dict

import (
	"fmt"
	"strings"
)

// maxSynsetMembers bounds the members of one synset after nested synsets
// are expanded, and maxSynsetTotal those of all synsets of a file:
// "+&A_&B" multiplies, and a hostile file could make that explode. The
// Phoenix files hold about two thousand members in all.
const (
	maxSynsetMembers = 1 << 14
	maxSynsetTotal   = 1 << 17
)

// maxPatternDepth bounds the nesting of brackets in a pattern.
const maxPatternDepth = 16

// formSyntax are the characters that cannot be part of a verb form.
const formSyntax = "*|(){}[]&$%^"

// splitVerbLine cuts a verb line into the verb text, the "{…}" forms (nil
// when there are no braces, empty for "{}") and the "[code]". Without a
// code, code is [---].
func splitVerbLine(s string) (text string, forms []string, code Code, hasCode bool, msg string) {
	code = Code{Kind: CodeNull}
	before, inner, after, found, msg := cutVerbBracket(s, '[', ']')
	if msg != "" {
		return "", nil, code, false, msg
	}
	if found {
		if a := strings.TrimSpace(after); a != "" && a[0] != '{' {
			return "", nil, code, false, "text after the [code]"
		}
		c, m := parseVerbCode(inner)
		if m != "" {
			return "", nil, code, false, m
		}
		code, hasCode = c, true
		s = before + " " + after
	}
	before, inner, after, found, msg = cutVerbBracket(s, '{', '}')
	if msg != "" {
		return "", nil, code, false, msg
	}
	if found {
		if strings.ContainsAny(inner, formSyntax) {
			return "", nil, code, false, "irregular forms hold pattern syntax"
		}
		forms = strings.Fields(inner)
		if forms == nil {
			forms = []string{}
		}
		s = before + " " + after
	}
	text = strings.Join(strings.Fields(s), " ")
	switch {
	case text == "":
		msg = "no verb on the line"
	case strings.ContainsAny(text, formSyntax):
		msg = fmt.Sprintf("verb %q holds pattern syntax", clipVerb(text))
	}
	return text, forms, code, hasCode, msg
}

// cutVerbBracket finds the one open…close pair of s.
func cutVerbBracket(s string, open, closer byte) (before, inner, after string, found bool, msg string) {
	i := strings.IndexByte(s, open)
	if i < 0 {
		if strings.IndexByte(s, closer) >= 0 {
			return s, "", "", false, fmt.Sprintf("unbalanced '%c'", closer)
		}
		return s, "", "", false, ""
	}
	j := strings.IndexByte(s[i+1:], closer)
	if j < 0 {
		return s, "", "", false, fmt.Sprintf("unbalanced '%c'", open)
	}
	before, inner, after = s[:i], s[i+1:i+1+j], s[i+1+j+1:]
	if strings.IndexByte(before, closer) >= 0 || strings.IndexByte(inner, open) >= 0 ||
		strings.IndexByte(after, open) >= 0 || strings.IndexByte(after, closer) >= 0 {
		return s, "", "", false, fmt.Sprintf("more than one '%c…%c' or unbalanced brackets", open, closer)
	}
	return before, inner, after, true, ""
}

// parseVerbCode reads the text between the square brackets of a verb,
// pattern or time-shift line. Odd codes ("031!", "174K", "025?") are kept
// as written; "- - -" is the null code.
func parseVerbCode(s string) (Code, string) {
	c := strings.Join(strings.Fields(s), "")
	switch c {
	case "":
		return Code{}, "empty [code]"
	case "---":
		return Code{Kind: CodeNull}, ""
	case "###":
		return Code{Kind: CodeDiscard}, ""
	case "+++":
		return Code{Kind: CodeComplex}, ""
	}
	main, paired, _ := strings.Cut(c, ":")
	if main == "" && paired == "" {
		return Code{}, "empty [code]"
	}
	return Code{Kind: CodeEvent, Main: main, Paired: paired}, ""
}

// tabariVerb builds a TABARI verb from its text ("ACT_", "BAN=",
// "APPRECIATE POSITION", "CALLED_ON") and its irregular forms.
func tabariVerb(text string, forms []string) (Verb, bool) {
	if strings.IndexByte(text, '+') >= 0 {
		return Verb{}, false
	}
	noEndings := strings.IndexByte(text, '=') >= 0
	p := parsePhrase(strings.ReplaceAll(text, "=", "_"), JoinSkip, true)
	if len(p) == 0 {
		return Verb{}, false
	}
	v := Verb{Name: strings.ToUpper(strings.TrimRight(text, "_= ")), Forms: []Phrase{p}}
	if len(p) == 1 && !p[0].Stem && !noEndings {
		for _, e := range tabariEndings(p[0].Text) {
			v.Forms = appendForm(v.Forms, Phrase{{Text: e}})
		}
	}
	for _, f := range forms {
		v.Forms = appendForm(v.Forms, parsePhrase(f, JoinNext, true))
	}
	return v, true
}

// petrarchVerb builds a PETRARCH verb from its text ("ABANDON",
// "+CLEAR_UP", "RE_+ARREST") and its "{…}" forms (nil: generate them).
func petrarchVerb(text string, forms []string) (Verb, bool) {
	p, head := petrarchVerbPhrase(text)
	if len(p) == 0 {
		return Verb{}, false
	}
	name := make([]string, len(p))
	for i, w := range p {
		name[i] = w.Text
	}
	v := Verb{Name: strings.Join(name, "_"), Forms: []Phrase{p}}
	if forms == nil {
		for _, f := range verbInflections(p[head].Text) {
			q := make(Phrase, len(p))
			copy(q, p)
			q[head].Text = f
			v.Forms = appendForm(v.Forms, q)
		}
		return v, true
	}
	for _, f := range forms {
		if q, _ := petrarchVerbPhrase(f); len(q) > 0 {
			v.Forms = appendForm(v.Forms, q)
		}
	}
	return v, true
}

// petrarchVerbPhrase reads a PETRARCH verb form: whole words joined by '_'
// (or, loosely, by spaces: "LASH OUT"), one of them possibly marked with
// '+' as the verb word. head is the index of that word, else 0.
func petrarchVerbPhrase(s string) (p Phrase, head int) {
	head = -1
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }) {
		if strings.HasPrefix(f, "+") && head < 0 {
			head = len(p)
		}
		f = strings.Trim(f, "+")
		if f == "" {
			continue
		}
		p = append(p, Word{Text: strings.ToUpper(f), Next: JoinNext})
	}
	if head < 0 || head >= len(p) {
		head = 0
	}
	return p, head
}

// appendForm appends p to forms unless it is there already.
func appendForm(forms []Phrase, p Phrase) []Phrase {
	if len(p) == 0 {
		return forms
	}
	for _, f := range forms {
		if samePhrase(f, p) {
			return forms
		}
	}
	return append(forms, p)
}

func samePhrase(a, b Phrase) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Text != b[i].Text || a[i].Stem != b[i].Stem || (i < len(a)-1 && a[i].Next != b[i].Next) {
			return false
		}
	}
	return true
}

// verbInflections returns the regular third-person, past and -ING forms of
// an upper-case verb: PROTESTS PROTESTED PROTESTING, DENIES DENIED
// DENYING, PUSHES, AGREED AGREEING, RAISED RAISING, DYING. Doubled
// consonants are not guessed (PETRARCH lists them in "{…}"). PETRARCH's
// own rules are cruder (every final Y takes IES, a final Y never IED).
func verbInflections(w string) []string {
	n := len(w)
	if n < 2 {
		return nil
	}
	last, prev := w[n-1], w[n-2]
	s := plural(w)
	var ed, ing string
	switch {
	case last == 'Y' && !isVowel(prev):
		ed = w[:n-1] + "IED"
	case last == 'E':
		ed = w + "D"
	default:
		ed = w + "ED"
	}
	switch {
	case strings.HasSuffix(w, "IE"):
		ing = w[:n-2] + "YING"
	case last == 'E' && !isVowel(prev):
		ing = w[:n-1] + "ING"
	default:
		ing = w + "ING"
	}
	return []string{s, ed, ing}
}

// tabariEndings returns the forms TABARI accepts for a stopped verb such
// as "DEPART_": the root with S, ES, ED, EN or ING (DEPARTEN is accepted:
// TABARI matches endings, not English), and after a final E the root with
// S, D or N and ING in place of the E.
func tabariEndings(w string) []string {
	n := len(w)
	if n < 2 {
		return nil
	}
	if w[n-1] == 'E' {
		return []string{w + "S", w + "D", w + "N", w[:n-1] + "ING"}
	}
	out := []string{w + "S", w + "ES", w + "ED", w + "EN", w + "ING"}
	if w[n-1] == 'Y' && !isVowel(w[n-2]) {
		out = append(out, w[:n-1]+"IES", w[:n-1]+"IED")
	}
	return out
}

// expandSynsets fills vr.synsets from the definitions, replacing each
// member that names another synset by that synset's members.
func (vr *verbReader) expandSynsets() {
	if len(vr.defList) == 0 {
		return
	}
	vr.synsets = make(map[string][]Phrase, len(vr.defList))
	const visiting, done = 1, 2
	state := make(map[string]uint8, len(vr.defList))
	defined := func(label string) bool { return vr.defs[label] != nil }
	total := 0
	var expand func(label string) ([]Phrase, bool)
	expand = func(label string) ([]Phrase, bool) {
		d := vr.defs[label]
		if d == nil {
			return nil, false
		}
		switch state[label] {
		case done:
			return vr.synsets[label], true
		case visiting:
			vr.problems = append(vr.problems, Problem{d.pos, "synset &" + label + " contains itself; the loop is cut"})
			return nil, true
		}
		state[label] = visiting
		var out []Phrase
		limit := min(maxSynsetMembers, maxSynsetTotal-total)
		for _, m := range d.members {
			var msg string
			out, msg = expandMember(out, m.phrase, limit, defined, expand)
			if msg != "" {
				vr.problems = append(vr.problems, Problem{m.pos, msg})
			}
		}
		total += len(out)
		state[label] = done
		if out == nil {
			out = []Phrase{}
		}
		vr.synsets[label] = out
		return out, true
	}
	for _, label := range vr.defList {
		expand(label)
	}
}

// expandMember appends to out the phrases that member stands for, up to
// limit phrases in out. A '&' word names a synset; the name may go on over
// '_' ("&FIGHT_OF_WORDS" was read as three words): the longest defined
// name wins.
func expandMember(out []Phrase, member Phrase, limit int, defined func(string) bool, expand func(string) ([]Phrase, bool)) ([]Phrase, string) {
	if len(out) >= limit {
		return out, "too many synset members; member skipped"
	}
	partial := []Phrase{nil}
	for wi := 0; wi < len(member); wi++ {
		w := member[wi]
		if !strings.HasPrefix(w.Text, "&") {
			for i := range partial {
				partial[i] = append(partial[i], w)
			}
			continue
		}
		label, last := "", -1
		name := strings.TrimPrefix(w.Text, "&")
		if defined(name) {
			label, last = name, wi
		}
		for k := wi; k+1 < len(member) && member[k].Next == JoinNext && !strings.HasPrefix(member[k+1].Text, "&"); k++ {
			name += "_" + member[k+1].Text
			if defined(name) {
				label, last = name, k+1
			}
		}
		if last < 0 {
			return out, "member names undefined synset " + w.Text + "; skipped"
		}
		sub, _ := expand(label)
		if len(partial)*len(sub)+len(out) > limit {
			return out, "nested synsets give too many members; member skipped"
		}
		if last == len(member)-1 && len(partial) == 1 && len(partial[0]) == 0 {
			// A bare "+&OTHER": its members are shared, not copied (the
			// Next of a last word means nothing).
			for _, s := range sub {
				if len(s) > 0 {
					out = append(out, s)
				}
			}
			return out, ""
		}
		rest := len(member) - last - 1
		next := make([]Phrase, 0, len(partial)*len(sub))
		for _, p := range partial {
			for _, s := range sub {
				if len(s) == 0 {
					continue
				}
				q := make(Phrase, 0, len(p)+len(s)+rest)
				q = append(append(q, p...), s...)
				q[len(q)-1].Next = member[last].Next
				next = append(next, q)
			}
		}
		partial = next
		wi = last
	}
	for _, p := range partial {
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out, ""
}

// patToken is one token of a pattern: a word (or marker) or one of the
// brackets "{}()|".
type patToken struct {
	kind byte // 'w' or the bracket
	text string
	// stopped is set on a word written with a '_' right after it (but
	// not "~_", TABARI's adjacent-stem connector).
	stopped bool
	next    Join
}

// lexVerbPattern splits pattern text into tokens, recording for each how
// it joins the next: a space (or nothing) is JoinSkip, '_' or "~_" alone
// JoinNext.
func lexVerbPattern(s string) []patToken {
	var toks []patToken
	space, under := false, false
	emit := func(t patToken) {
		if n := len(toks); n > 0 {
			toks[n-1].next = JoinSkip
			if under && !space {
				toks[n-1].next = JoinNext
			}
		}
		space, under = false, false
		toks = append(toks, t)
	}
	isTilde := func(i int) bool { return s[i] == '~' && i+1 < len(s) && s[i+1] == '_' }
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
			space = true
			i++
		case c == '_':
			under = true
			i++
		case isTilde(i):
			under = true
			i += 2
		case strings.IndexByte("{}()|", c) >= 0:
			emit(patToken{kind: c, next: JoinSkip})
			i++
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t_{}()|", s[j]) < 0 && !isTilde(j) {
				j++
			}
			emit(patToken{kind: 'w', text: s[i:j], stopped: j < len(s) && s[j] == '_', next: JoinSkip})
			i = j
		}
	}
	return toks
}

// patParser builds pattern elements from tokens.
type patParser struct {
	toks   []patToken
	i      int
	format verbFormat
}

// parseVerbPattern reads a pattern line without its leading '-':
// "SAID + MUST * POLICY [100]".
func parseVerbPattern(body string, format verbFormat) (Pattern, string) {
	i := strings.LastIndexByte(body, '[')
	if i < 0 {
		if strings.IndexByte(body, ']') >= 0 {
			return Pattern{}, "unbalanced ']'"
		}
		return Pattern{}, "pattern without a [code]"
	}
	j := strings.IndexByte(body[i:], ']')
	switch {
	case j < 0:
		return Pattern{}, "unbalanced '['"
	case strings.IndexByte(body[:i], '[') >= 0 || strings.IndexByte(body[:i], ']') >= 0:
		return Pattern{}, "more than one [code] or unbalanced '[' ']'"
	case strings.TrimSpace(body[i+j+1:]) != "":
		return Pattern{}, "text after the [code]"
	}
	code, msg := parseVerbCode(body[i+1 : i+j])
	if msg != "" {
		return Pattern{}, msg
	}
	pp := patParser{toks: lexVerbPattern(body[:i]), format: format}
	p, msg := pp.top()
	p.Code = code
	return p, msg
}

// top parses the whole token list, splitting it at the verb ('*').
func (pp *patParser) top() (Pattern, string) {
	var elems []Elem
	verb := -1
	var verbNext Join
	for pp.i < len(pp.toks) {
		t := pp.toks[pp.i]
		switch {
		case t.kind == 'w' && t.text == "*":
			if verb >= 0 {
				return Pattern{}, "more than one '*'"
			}
			verb, verbNext = len(elems), t.next
			pp.i++
			continue
		case t.kind == '|':
			return Pattern{}, "'|' outside '{ }'"
		case t.kind == '}' || t.kind == ')':
			return Pattern{}, fmt.Sprintf("unbalanced '%c'", t.kind)
		}
		e, msg := pp.elem(0)
		if msg != "" {
			return Pattern{}, msg
		}
		elems = append(elems, e)
	}
	if verb < 0 {
		return Pattern{}, "no '*' (verb) in pattern"
	}
	p := Pattern{VerbNext: verbNext}
	if verb > 0 {
		p.Before = elems[:verb:verb]
	}
	if verb < len(elems) {
		p.After = elems[verb:]
	}
	return p, ""
}

// elem parses the element that starts at the current token.
func (pp *patParser) elem(depth int) (Elem, string) {
	if depth > maxPatternDepth {
		return Elem{}, "brackets nested too deep"
	}
	t := pp.toks[pp.i]
	pp.i++
	switch t.kind {
	case '{':
		if pp.format == verbsPETR2 && !pp.barAhead() {
			return pp.group('{', '}', depth)
		}
		return pp.alternatives(depth)
	case '(':
		return pp.group('(', ')', depth)
	}
	return pp.word(t)
}

// barAhead reports whether the braces just opened hold a '|' of their own.
func (pp *patParser) barAhead() bool {
	depth := 0
	for _, t := range pp.toks[pp.i:] {
		switch t.kind {
		case '{', '(':
			depth++
		case '}', ')':
			if depth == 0 {
				return false
			}
			depth--
		case '|':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// alternatives parses "{ A | B C }" after its '{'.
func (pp *patParser) alternatives(depth int) (Elem, string) {
	var alts [][]Elem
	var cur []Elem
	for pp.i < len(pp.toks) {
		t := pp.toks[pp.i]
		switch {
		case t.kind == '|' || t.kind == '}':
			if len(cur) == 0 {
				return Elem{}, "empty alternative in '{ }'"
			}
			alts = append(alts, cur)
			cur = nil
			pp.i++
			if t.kind == '}' {
				return Elem{Kind: ElemAlt, Alts: alts, Next: t.next}, ""
			}
			continue
		case t.kind == ')':
			return Elem{}, "unbalanced ')'"
		case t.kind == 'w' && t.text == "*":
			return Elem{}, "'*' inside brackets"
		}
		e, msg := pp.elem(depth + 1)
		if msg != "" {
			return Elem{}, msg
		}
		cur = append(cur, e)
	}
	return Elem{}, "unbalanced '{'"
}

// group parses a PETRARCH-2 phrase "(TO {BANNED PARTIES})" after its
// opening bracket.
func (pp *patParser) group(open, closer byte, depth int) (Elem, string) {
	var elems []Elem
	for pp.i < len(pp.toks) {
		t := pp.toks[pp.i]
		switch {
		case t.kind == closer:
			pp.i++
			if len(elems) == 0 {
				return Elem{}, fmt.Sprintf("empty '%c%c'", open, closer)
			}
			return Elem{Kind: ElemGroup, Group: elems, Bracket: open, Next: t.next}, ""
		case t.kind == '|':
			return Elem{}, fmt.Sprintf("'|' inside '%c%c'", open, closer)
		case t.kind == '}' || t.kind == ')':
			return Elem{}, fmt.Sprintf("unbalanced '%c'", t.kind)
		case t.kind == 'w' && t.text == "*":
			return Elem{}, "'*' inside brackets"
		}
		e, msg := pp.elem(depth + 1)
		if msg != "" {
			return Elem{}, msg
		}
		elems = append(elems, e)
	}
	return Elem{}, fmt.Sprintf("unbalanced '%c'", open)
}

// word turns a word token into a marker, synset, alternation (PETRARCH-2
// "TO/FOR") or word element.
func (pp *patParser) word(t patToken) (Elem, string) {
	switch t.text {
	case "$":
		return Elem{Kind: ElemSource, Next: t.next}, ""
	case "+":
		return Elem{Kind: ElemTarget, Next: t.next}, ""
	case "%":
		return Elem{Kind: ElemCompound, Next: t.next}, ""
	case "^":
		return Elem{Kind: ElemSkipNP, Next: t.next}, ""
	}
	if strings.IndexByte(t.text, '*') >= 0 {
		return Elem{}, fmt.Sprintf("stray '*' in %q", clipVerb(t.text))
	}
	if strings.HasPrefix(t.text, "&") {
		label := strings.ToUpper(t.text[1:])
		if label == "" || strings.ContainsAny(label, "&$+%^") {
			return Elem{}, fmt.Sprintf("bad synset name %q", clipVerb(t.text))
		}
		return Elem{Kind: ElemSynset, Label: label, Next: t.next}, ""
	}
	if pp.format == verbsPETR2 && strings.IndexByte(t.text, '/') >= 0 {
		parts := strings.Split(t.text, "/")
		alts := make([][]Elem, 0, len(parts))
		for _, a := range parts {
			if a == "" {
				alts = nil
				break
			}
			alts = append(alts, []Elem{{Kind: ElemWord, Word: Word{Text: strings.ToUpper(a)}}})
		}
		if alts != nil {
			return Elem{Kind: ElemAlt, Alts: alts, Next: t.next}, ""
		}
	}
	w := Word{Text: strings.ToUpper(t.text), Stem: pp.format == verbsTABARI && !t.stopped, Next: t.next}
	return Elem{Kind: ElemWord, Word: w, Next: t.next}, ""
}
