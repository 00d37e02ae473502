package dict

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// verbFormat is the layout of a verb dictionary. ReadVerbs tells it from
// the content, not the file name: the three differ in how verbs are
// grouped and in what brackets mean inside a pattern.
type verbFormat uint8

const (
	// verbsTABARI: "VERB [code]" records each with its own patterns, an
	// optional "{ FORM … }" line, <SYNSETS> and <TIME> sections, stems.
	verbsTABARI verbFormat = iota
	// verbsPETR1: "--- NAME [code] ---" blocks whose verbs share the
	// patterns; whole words only.
	verbsPETR1
	// verbsPETR2: PETRARCH-1 blocks whose patterns mark noun phrases with
	// "{…}" and prepositional phrases with "(…)".
	verbsPETR2
)

// TimeShift is a record of a TABARI <TIME> section: a phrase that moves the
// date of the events of its sentence ("LAST_WEEK [-7]"), or whose null,
// discard or complex code acts on the sentence as a verb's would.
type TimeShift struct {
	Phrase Phrase
	// Code is CodeEvent with Main the signed day offset as written ("-7",
	// "+30"), or CodeNull, CodeDiscard or CodeComplex.
	Code Code
	// Days is Main as a number for a CodeEvent.
	Days int
	// Patterns refine the record like a verb's ("- * AND A WEEK [+8]"):
	// their Code.Main holds the day offset.
	Patterns []Pattern
	Pos      Pos
}

// ReadVerbs reads a verb dictionary in any of the three layouts in use and
// tells them apart by their content:
//
//   - TABARI ".verbs": "VERB [code]" lines, each followed by its own
//     "- … * … [code]" patterns and optionally a "{ FORM … }" line of
//     irregular forms; <SYNSETS> and <TIME> sections; ';' comments. A word
//     without a trailing '_' is a stem.
//   - PETRARCH-1 (CAMEO.verbpatterns): "--- NAME [code] ---" blocks of
//     verbs (a '+' marks the verb word of a multi-word verb, "{…}" lists
//     all its forms, "[code]" overrides the block's code) followed by
//     patterns that apply to every verb of the block; "&LABEL" synsets with
//     "+" members anywhere in the file; '#', ';' and "<!-- -->" comments.
//     Words match whole.
//   - PETRARCH-2 (CAMEO.2.0.txt): PETRARCH-1 blocks whose patterns group
//     noun phrases in "{…}" and prepositional phrases in "(…)".
//
// Each verb of a PETRARCH block becomes one Verb; they share the block's
// patterns (Verb.Block names the block). A block verb without its own code
// takes the header's, and a header without one (or "[---]") means the verb
// alone codes nothing.
//
// Verb forms: TABARI stems cover inflection, so a stem verb has only its
// written form; a stopped single word ("DEPART_") also gets the endings
// TABARI accepts (S, ES, ED, EN, ING; D, N and ING without the E after a
// final E), and "BAN=" none. PETRARCH verbs with no "{…}" get regular
// forms of their verb word (the '+' word of a multi-word verb, else the
// first): -S/-ES, -ED/-D, -ING, a consonant and Y becoming IES and IED, a
// final E dropped before ING (not after a vowel: AGREEING); consonants are
// never doubled, that is what "{…}" lists are for. With "{…}" the forms
// are the written verb and the listed ones only, as in PETRARCH.
//
// Synsets map a label without '&' (and without a trailing '_') to its
// members. A member that names another synset ("+&TIETYPES_MEMOS") is
// expanded, so no member holds a '&' word. PETRARCH members get a regular
// plural of their last word unless the member or the label ends with '_'
// or the word already ends in a single S.
//
// Codes: "[---]" is CodeNull, "[###]" CodeDiscard, "[+++]" CodeComplex;
// "[042:043]" sets Main and Paired (":173" only Paired); anything else is
// kept as written in Main ("031!", "174K", "025?").
//
// Patterns (see Pattern and Elem): a space between elements is JoinSkip,
// '_' JoinNext; TABARI's "~_" joins a word that stays a stem. "{ A | B }"
// is an ElemAlt in every layout, as is PETRARCH-2's "TO/FOR"; PETRARCH-2
// "{…}" without '|' and "(…)" are ElemGroups.
//
// Time-shift records are not verbs: ReadVerbs notes each <TIME> section as
// one problem, and ReadTimeShifts returns them.
func ReadVerbs(r io.Reader, file string) (verbs []Verb, synsets map[string][]Phrase, problems []Problem, err error) {
	vr, err := readVerbFile(r, file)
	return vr.verbs, vr.synsets, vr.problems, err
}

// ReadTimeShifts returns the records of the <TIME> sections of a TABARI verb
// dictionary, and the problems found in those sections.
func ReadTimeShifts(r io.Reader, file string) (shifts []TimeShift, problems []Problem, err error) {
	vr, err := readVerbFile(r, file)
	return vr.times, vr.timeProblems, err
}

// verbReader holds the state of one verb file being read.
type verbReader struct {
	file   string
	format verbFormat

	verbs        []Verb
	synsets      map[string][]Phrase
	times        []TimeShift
	problems     []Problem
	timeProblems []Problem

	// groups are the pattern owners: one per TABARI verb, one per
	// PETRARCH block. Their patterns are given to verbs[first:end] once the
	// synsets are known.
	groups []verbGroup
	// cur is the index in groups of the group that takes the next
	// pattern (in a <TIME> section, the index in times of the record), or
	// -1.
	cur int
	// curBad is set when the line that would have opened cur was skipped,
	// so that its patterns are reported as such.
	curBad bool
	// blockCode is the code of the current PETRARCH block header.
	blockCode Code

	// defs holds the synset members as written, before expansion.
	defs    map[string]*synsetDef
	defList []string
	// synset is the label whose '+' members are being read, or "".
	synset string

	// section is the TABARI <SECTION> being read ("" outside one).
	section    string
	sectionPos Pos
	timeCount  int
}

type verbGroup struct {
	name       string
	first, end int
	patterns   []Pattern
	pos        Pos
}

type synsetDef struct {
	members  []synsetMember
	noPlural bool
	pos      Pos
}

type synsetMember struct {
	phrase Phrase
	pos    Pos
}

// readVerbFile reads and parses a whole verb file.
func readVerbFile(r io.Reader, file string) (*verbReader, error) {
	vr := &verbReader{file: file, cur: -1}
	lines, err := readLines(r, file, &vr.problems)
	if err != nil {
		return vr, fmt.Errorf("read verbs %s: %w", file, err)
	}
	var sc scrubber
	text := make([]string, len(lines))
	for i, l := range lines {
		text[i] = sc.scrub(l.Text)
	}
	vr.format = detectVerbFormat(text)
	for i, l := range lines {
		vr.line(l, text[i])
	}
	if vr.section != "" {
		vr.endSection()
	}
	vr.finish()
	// The end-of-file checks report out of line order.
	sortProblems(vr.problems)
	sortProblems(vr.timeProblems)
	return vr, nil
}

func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}

// detectVerbFormat tells the layout from the comment-free lines: block
// headers mean PETRARCH, and bracketed phrases or transformations in a
// block file mean PETRARCH-2.
func detectVerbFormat(text []string) verbFormat {
	header, p2 := false, false
	for _, s := range text {
		if s == "" {
			continue
		}
		switch {
		case hasPrefixFold(s, "<SYNSETS>"), hasPrefixFold(s, "<TIME>"):
			return verbsTABARI
		case strings.HasPrefix(s, "---"):
			header = true
		case s[0] == '-':
			// A stray bracket in one broken line is no evidence; a closed
			// phrase is.
			if strings.Contains(s, "(") && strings.Contains(s, ")") ||
				strings.Contains(s, "{") && strings.Contains(s, "}") && !strings.Contains(s, "|") {
				p2 = true
			}
		case s[0] == '~' && !strings.HasPrefix(s, "~~"):
			p2 = true
		}
	}
	switch {
	case !header:
		return verbsTABARI
	case p2:
		return verbsPETR2
	}
	return verbsPETR1
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func (vr *verbReader) problem(pos Pos, format string, args ...any) {
	p := Problem{pos, fmt.Sprintf(format, args...)}
	if vr.section == "TIME" {
		vr.timeProblems = append(vr.timeProblems, p)
		return
	}
	vr.problems = append(vr.problems, p)
}

// line handles one line; s is its text without comments.
func (vr *verbReader) line(l line, s string) {
	pos := Pos{vr.file, l.N}
	if s == "" {
		// A blank line ends a synset's members; a comment line does not.
		if strings.TrimSpace(l.Text) == "" {
			vr.synset = ""
		}
		return
	}
	if s[0] == '<' && s[len(s)-1] == '>' {
		vr.synset = ""
		if vr.format != verbsTABARI {
			vr.problem(pos, "%s: PETRARCH files have no sections; skipped", clipVerb(s))
			return
		}
		vr.tag(pos, s)
		return
	}
	switch vr.section {
	case "TIME":
		vr.timeLine(pos, s)
		return
	case "":
	case "SYNSETS":
		if s[0] != '&' && s[0] != '+' {
			vr.problem(pos, "%q is not a synset line; skipped", clipVerb(s))
			return
		}
	default:
		return // an unknown section, reported at its start
	}
	if s[0] == '+' && vr.synset != "" {
		vr.member(pos, s[1:])
		return
	}
	vr.synset = ""
	switch {
	case s[0] == '&':
		vr.synsetLabel(pos, s)
	case strings.HasPrefix(s, "---") && vr.format != verbsTABARI:
		vr.header(pos, s)
	case s[0] == '-':
		vr.patternLine(pos, s)
	case s[0] == '~':
		if !strings.HasPrefix(s, "~~") { // TABARI's "~~FINISH" end stamp
			vr.problem(pos, "verb transformations are not supported; skipped")
		}
	case s[0] == '{' && vr.format == verbsTABARI:
		vr.formsLine(pos, s)
	case s[0] == '+' && vr.format == verbsTABARI:
		vr.problem(pos, "synset member outside a synset; skipped")
	default:
		vr.verbLine(pos, s)
	}
}

// tag handles a TABARI section tag such as "<SYNSETS>" or "</TIME>".
func (vr *verbReader) tag(pos Pos, s string) {
	name := strings.ToUpper(strings.TrimSpace(s[1 : len(s)-1]))
	if strings.HasPrefix(name, "/") {
		name = strings.TrimSpace(name[1:])
		if name != vr.section {
			vr.problem(pos, "%s without its opening tag; ignored", clipVerb(s))
			return
		}
		vr.endSection()
		return
	}
	if vr.section != "" {
		vr.problem(pos, "<%s> section has no closing tag before %s", vr.section, clipVerb(s))
		vr.endSection()
	}
	vr.section, vr.sectionPos = name, pos
	switch name {
	case "SYNSETS", "TIME":
	default:
		vr.problem(pos, "unknown section <%s>; skipped", clipVerb(name))
	}
	vr.cur, vr.curBad = -1, false
}

func (vr *verbReader) endSection() {
	if vr.section == "TIME" {
		vr.section = ""
		vr.problem(vr.sectionPos, "<TIME> section of %d time-shift records is not part of the verbs (see ReadTimeShifts)", vr.timeCount)
		vr.timeCount = 0
	}
	vr.section = ""
	vr.cur, vr.curBad = -1, false
}

// synsetLabel starts a synset: "&CURRENCY" or "&AUXVERB3_" (no plurals).
func (vr *verbReader) synsetLabel(pos Pos, s string) {
	f := strings.Fields(s)
	if len(f) > 1 {
		vr.problem(pos, "text after synset label %s ignored", clipVerb(f[0]))
	}
	label := strings.ToUpper(f[0][1:])
	noPlural := strings.HasSuffix(label, "_")
	label = strings.TrimRight(label, "_")
	if label == "" || strings.ContainsAny(label, "&*$+%^{}()[]|") {
		vr.problem(pos, "bad synset label %q; its members are skipped", clipVerb(f[0]))
		vr.synset = "\x00" // swallow the members
		return
	}
	if vr.defs == nil {
		vr.defs = make(map[string]*synsetDef)
	}
	d := vr.defs[label]
	if d == nil {
		d = &synsetDef{pos: pos}
		vr.defs[label] = d
		vr.defList = append(vr.defList, label)
	} else {
		vr.problem(pos, "synset &%s defined again at %s; members added", label, d.pos)
	}
	d.noPlural = d.noPlural || noPlural
	vr.synset = label
}

// member reads a "+" line of the synset being defined.
func (vr *verbReader) member(pos Pos, s string) {
	d := vr.defs[vr.synset]
	if d == nil {
		return // a skipped synset
	}
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "*{}()[]|") {
		vr.problem(pos, "synset member %q holds pattern syntax; skipped", clipVerb(s))
		return
	}
	var p Phrase
	if vr.format == verbsTABARI {
		p = parsePhrase(s, JoinSkip, true)
	} else {
		p = parsePhrase(s, JoinNext, false)
	}
	if len(p) == 0 {
		vr.problem(pos, "empty synset member; skipped")
		return
	}
	d.members = append(d.members, synsetMember{p, pos})
	if vr.format == verbsTABARI || d.noPlural || strings.HasSuffix(s, "_") {
		return
	}
	last := p[len(p)-1].Text
	if strings.HasPrefix(last, "&") || (strings.HasSuffix(last, "S") && !strings.HasSuffix(last, "SS")) {
		return
	}
	d.members = append(d.members, synsetMember{pluralPhrase(p), pos})
}

// header starts a PETRARCH block: "--- EXPLAIN_VERBAL [010] ---".
func (vr *verbReader) header(pos Pos, s string) {
	t := strings.TrimSpace(strings.TrimLeft(s, "-"))
	code := Code{Kind: CodeNull}
	name := strings.TrimSpace(strings.TrimRight(t, "- "))
	if i := strings.IndexByte(t, '['); i >= 0 {
		name = strings.TrimSpace(t[:i])
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			vr.problem(pos, "block header has an unbalanced '['; its code is taken as [---]")
		} else if c, msg := parseVerbCode(t[i+1 : i+j]); msg != "" {
			vr.problem(pos, "block header: %s; its code is taken as [---]", msg)
		} else {
			code = c
		}
	}
	vr.groups = append(vr.groups, verbGroup{name: name, first: len(vr.verbs), end: len(vr.verbs), pos: pos})
	vr.cur, vr.curBad = len(vr.groups)-1, false
	vr.blockCode = code
}

// verbLine reads a verb: "ABANDON [080]", "SAY {SAID SAYING}",
// "+CLEAR_UP", "ACT_ [100]", "BAN= [191]".
func (vr *verbReader) verbLine(pos Pos, s string) {
	text, forms, code, hasCode, msg := splitVerbLine(s)
	if msg != "" {
		vr.problem(pos, "%s; verb skipped", msg)
		vr.skipVerb()
		return
	}
	if vr.format == verbsTABARI {
		if !hasCode {
			vr.problem(pos, "verb %q has no [code]; taken as [---]", clipVerb(text))
		}
		v, ok := tabariVerb(text, forms)
		if !ok {
			vr.problem(pos, "cannot read verb %q; skipped", clipVerb(text))
			vr.skipVerb()
			return
		}
		v.Code, v.Pos = code, pos
		vr.verbs = append(vr.verbs, v)
		vr.groups = append(vr.groups, verbGroup{first: len(vr.verbs) - 1, end: len(vr.verbs), pos: pos})
		vr.cur, vr.curBad = len(vr.groups)-1, false
		return
	}
	if vr.cur < 0 {
		vr.problem(pos, "verb %q before any --- block header ---; skipped", clipVerb(text))
		return
	}
	v, ok := petrarchVerb(text, forms)
	if !ok {
		vr.problem(pos, "cannot read verb %q; skipped", clipVerb(text))
		return
	}
	if !hasCode {
		code = vr.blockCode
	}
	g := &vr.groups[vr.cur]
	// Only the current block adds verbs, so its verbs are contiguous.
	v.Code, v.Pos, v.Block = code, pos, g.name
	vr.verbs = append(vr.verbs, v)
	g.end = len(vr.verbs)
}

// skipVerb makes the patterns that follow a skipped TABARI verb line
// orphans rather than patterns of the verb before it.
func (vr *verbReader) skipVerb() {
	if vr.format == verbsTABARI {
		vr.cur, vr.curBad = -1, true
	}
}

// formsLine adds a TABARI "{ BROKE_ BROKEN_ }" line to the current verb.
func (vr *verbReader) formsLine(pos Pos, s string) {
	if vr.cur < 0 {
		vr.problem(pos, "irregular forms before any verb; skipped")
		return
	}
	before, inner, after, _, msg := cutVerbBracket(s, '{', '}')
	switch {
	case msg != "":
	case strings.TrimSpace(before+after) != "":
		msg = "text around the irregular forms"
	case strings.ContainsAny(inner, formSyntax+"+"):
		msg = "irregular forms hold pattern syntax"
	}
	if msg != "" {
		vr.problem(pos, "%s; forms skipped", msg)
		return
	}
	v := &vr.verbs[vr.groups[vr.cur].end-1]
	for _, f := range strings.Fields(inner) {
		v.Forms = appendForm(v.Forms, parsePhrase(f, JoinNext, true))
	}
}

// patternLine reads "- words * words [code]" into the current group.
func (vr *verbReader) patternLine(pos Pos, s string) {
	// "-- + HAVE * …" is a slip of the finger, not a word "-".
	p, msg := parseVerbPattern(strings.TrimLeft(s, "-"), vr.format)
	if msg != "" {
		vr.problem(pos, "%s; pattern skipped", msg)
		return
	}
	if vr.cur < 0 {
		if vr.curBad {
			vr.problem(pos, "pattern of a skipped verb; skipped")
		} else {
			vr.problem(pos, "pattern before any verb; skipped")
		}
		return
	}
	p.Pos = pos
	g := &vr.groups[vr.cur]
	g.patterns = append(g.patterns, p)
}

// timeLine reads a line of a TABARI <TIME> section.
func (vr *verbReader) timeLine(pos Pos, s string) {
	if s[0] == '-' {
		p, msg := parseVerbPattern(strings.TrimLeft(s, "-"), verbsTABARI)
		switch {
		case msg != "":
			vr.problem(pos, "%s; pattern skipped", msg)
		case vr.cur < 0:
			vr.problem(pos, "pattern before any time-shift record; skipped")
		default:
			p.Pos = pos
			t := &vr.times[vr.cur]
			t.Patterns = append(t.Patterns, p)
		}
		return
	}
	vr.cur = -1
	text, forms, code, hasCode, msg := splitVerbLine(s)
	switch {
	case msg != "":
	case !hasCode:
		msg = "time-shift record without a [code]"
	case forms != nil:
		msg = "irregular forms in a time-shift record"
	}
	if msg != "" {
		vr.problem(pos, "%s; skipped", msg)
		return
	}
	ts := TimeShift{Phrase: parsePhrase(text, JoinSkip, true), Code: code, Pos: pos}
	if code.Kind == CodeEvent {
		d, err := strconv.Atoi(code.Main)
		if err != nil || code.Paired != "" {
			vr.problem(pos, "time shift [%s] is not a number of days; skipped", clipVerb(code.Main))
			return
		}
		ts.Days = d
	}
	if len(ts.Phrase) == 0 {
		vr.problem(pos, "time-shift record without a phrase; skipped")
		return
	}
	vr.times = append(vr.times, ts)
	vr.timeCount++
	vr.cur = len(vr.times) - 1
}

// finish expands the synsets, drops the patterns that name an undefined
// synset and hands each group's patterns to its verbs.
func (vr *verbReader) finish() {
	vr.expandSynsets()
	for gi := range vr.groups {
		g := &vr.groups[gi]
		if g.end == g.first {
			if len(g.patterns) > 0 && g.name != "" {
				vr.problem(g.pos, "block %s has patterns but no verbs; %d patterns dropped", clipVerb(g.name), len(g.patterns))
			}
			continue
		}
		pats := vr.checkSynsets(g.patterns, &vr.problems)
		for i := g.first; i < g.end; i++ {
			vr.verbs[i].Patterns = pats
		}
	}
	for i := range vr.times {
		vr.times[i].Patterns = vr.checkSynsets(vr.times[i].Patterns, &vr.timeProblems)
	}
}

// checkSynsets resolves the synset names of pats and returns them without
// the patterns that name an undefined synset, reporting each in problems.
func (vr *verbReader) checkSynsets(pats []Pattern, problems *[]Problem) []Pattern {
	out := pats[:0]
	for _, p := range pats {
		var label string
		p.Before, label = resolveSynsets(p.Before, vr.synsets)
		if label == "" {
			p.After, label = resolveSynsets(p.After, vr.synsets)
		}
		if label != "" {
			*problems = append(*problems, Problem{p.Pos, "pattern names undefined synset &" + label + "; skipped"})
			continue
		}
		out = append(out, p)
	}
	return out
}

// resolveSynsets checks the synset names in elems. A label may hold '_'
// ("&FIGHT_OF_WORDS"), which the pattern reader took for a synset followed
// by adjacent words: the longest defined name wins, so "&TIETYPES_TIES" is
// &TIETYPES then TIES unless a synset TIETYPES_TIES exists. It returns
// elems (rewritten where names were merged) and the first undefined label.
func resolveSynsets(elems []Elem, synsets map[string][]Phrase) ([]Elem, string) {
	var out []Elem // nil until something changes
	for i := 0; i < len(elems); i++ {
		e := elems[i]
		switch e.Kind {
		case ElemSynset:
			label, last := "", -1
			if _, ok := synsets[e.Label]; ok {
				label, last = e.Label, i
			}
			name := e.Label
			for k := i; k+1 < len(elems) && elems[k].Next == JoinNext && elems[k+1].Kind == ElemWord; k++ {
				name += "_" + elems[k+1].Word.Text
				if _, ok := synsets[name]; ok {
					label, last = name, k+1
				}
			}
			if last < 0 {
				return elems, name
			}
			if last > i {
				if out == nil {
					out = append(make([]Elem, 0, len(elems)), elems[:i]...)
				}
				out = append(out, Elem{Kind: ElemSynset, Label: label, Next: elems[last].Next})
				i = last
				continue
			}
		case ElemGroup:
			g, label := resolveSynsets(e.Group, synsets)
			if label != "" {
				return elems, label
			}
			e.Group = g
		case ElemAlt:
			alts := make([][]Elem, len(e.Alts))
			for k, a := range e.Alts {
				var label string
				if alts[k], label = resolveSynsets(a, synsets); label != "" {
					return elems, label
				}
			}
			e.Alts = alts
		}
		if out != nil {
			out = append(out, e)
		} else if e.Kind == ElemGroup || e.Kind == ElemAlt {
			elems[i] = e
		}
	}
	if out == nil {
		return elems, ""
	}
	return out, ""
}

// clipVerb shortens s for a problem message.
func clipVerb(s string) string {
	if len(s) <= 60 {
		return s
	}
	n := 57
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
