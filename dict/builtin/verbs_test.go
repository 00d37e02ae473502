package builtin

import (
	"bufio"
	"errors"
	"fmt"
	"github.com/entente/entente/internal/sharedtest"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/dict"
)

// The checks here read verbs.txt, agents.txt and discards.txt with a small
// reader of their own, stricter than the format: one synset label style,
// no bracketed pattern syntax, codes that CAMEO defines. TestEventReaders
// then loads the same files with package dict's readers, as the coder does.

const (
	verbsFile    = "verbs.txt"
	agentsFile   = "agents.txt"
	discardsFile = "discards.txt"
)

var (
	vSynsetLabel = regexp.MustCompile(`^&[A-Z][A-Z0-9]*$`)
	vMember      = regexp.MustCompile(`^\+[A-Z0-9][A-Z0-9'.\-]*(_[A-Z0-9][A-Z0-9'.\-]*)*_?$`)
	vHeader      = regexp.MustCompile(`^--- ([A-Z][A-Z0-9_]*) \[([^\]]+)\] ---$`)
	vPattern     = regexp.MustCompile(`^- (.+) \[([^\]]+)\]$`)
	vVerb        = regexp.MustCompile(`^(\+?[A-Z][A-Z0-9'\-]*(?:_\+?[A-Z][A-Z0-9'\-]*)*)(?:\s+\{([^}]*)\})?(?:\s+\[([^\]]+)\])?$`)
	vWord        = regexp.MustCompile(`^[A-Z0-9][A-Z0-9'.\-]*$`)
	vCode        = regexp.MustCompile(`^(---|[0-9]{3,4}(:[0-9]{3,4})?)$`)
)

// verbBlock is one "--- NAME [code] ---" block as the checker reads it.
type verbBlock struct {
	name     string
	line     int
	verbs    int
	patterns int
	forms    map[string]bool
}

// verbCheck is what the checker finds in a verb file.
type verbCheck struct {
	blocks   []*verbBlock
	synsets  map[string]int // label → members
	codes    map[string][]int
	problems []string
}

func (c *verbCheck) bad(n int, format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf("%s:%d: %s", verbsFile, n, fmt.Sprintf(format, args...)))
}

func (c *verbCheck) code(n int, s string) {
	if !vCode.MatchString(s) {
		c.bad(n, "bad code [%s]", s)
		return
	}
	if s == "---" {
		return
	}
	for _, part := range strings.Split(s, ":") {
		c.codes[part] = append(c.codes[part], n)
	}
}

// uncomment drops a '#' comment; the files put no '#' in a code.
func uncomment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func checkVerbs(text string) *verbCheck {
	c := &verbCheck{synsets: map[string]int{}, codes: map[string][]int{}}
	var (
		cur    *verbBlock
		synset string
		seen   = map[string]string{} // verb form → block
	)
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		s := uncomment(raw)
		if s == "" {
			if strings.TrimSpace(raw) == "" {
				synset = ""
			}
			continue
		}
		if strings.ContainsAny(s, ";<>(){}|") && !(vVerb.MatchString(s) && strings.Contains(s, "{")) {
			c.bad(n, "syntax the file does not use: %q", s)
			continue
		}
		switch {
		case s[0] == '&':
			if !vSynsetLabel.MatchString(s) {
				c.bad(n, "bad synset label %q (letters and digits, no '_')", s)
				continue
			}
			if cur != nil {
				c.bad(n, "synset %s after the first verb block", s)
			}
			if _, dup := c.synsets[s[1:]]; dup {
				c.bad(n, "synset %s defined twice", s)
			}
			synset = s[1:]
			c.synsets[synset] = 0
		case s[0] == '+' && synset != "":
			if !vMember.MatchString(s) {
				c.bad(n, "bad synset member %q", s)
				continue
			}
			c.synsets[synset]++
		case strings.HasPrefix(s, "---"):
			synset = ""
			m := vHeader.FindStringSubmatch(s)
			if m == nil {
				c.bad(n, "bad block header %q", s)
				continue
			}
			if cur != nil && cur.verbs == 0 {
				c.bad(cur.line, "block %s has no verbs", cur.name)
			}
			cur = &verbBlock{name: m[1], line: n, forms: map[string]bool{}}
			c.blocks = append(c.blocks, cur)
			c.code(n, m[2])
		case s[0] == '-':
			synset = ""
			if cur == nil || cur.verbs == 0 {
				c.bad(n, "pattern before any verb")
				continue
			}
			c.pattern(n, s)
			cur.patterns++
		default:
			synset = ""
			if cur == nil {
				c.bad(n, "verb %q before any block", s)
				continue
			}
			forms, ok := c.verb(n, s)
			if !ok {
				continue
			}
			cur.verbs++
			own := map[string]bool{}
			for _, f := range forms {
				if own[f] {
					continue // HIT {HITS HIT HITTING}: the base is listed again
				}
				own[f] = true
				if b, dup := seen[f]; dup {
					c.bad(n, "form %s also in block %s", f, b)
					continue
				}
				seen[f] = cur.name
				cur.forms[f] = true
			}
		}
	}
	if cur != nil && cur.verbs == 0 {
		c.bad(cur.line, "block %s has no verbs", cur.name)
	}
	for label, k := range c.synsets {
		if k == 0 {
			c.problems = append(c.problems, fmt.Sprintf("%s: synset &%s has no members", verbsFile, label))
		}
	}
	return c
}

// pattern checks "- before * after [code]".
func (c *verbCheck) pattern(n int, s string) {
	m := vPattern.FindStringSubmatch(s)
	if m == nil {
		c.bad(n, "bad pattern %q", s)
		return
	}
	c.code(n, m[2])
	stars := 0
	for _, field := range strings.Fields(m[1]) {
		for _, w := range strings.Split(field, "_") {
			switch {
			case w == "":
				// "ON_*": the '_' joins, it names nothing.
			case w == "*":
				stars++
			case w == "$" || w == "+" || w == "%" || w == "^":
			case w[0] == '&':
				if _, ok := c.synsets[w[1:]]; !ok {
					c.bad(n, "synset %s used before it is defined", w)
				}
			case !vWord.MatchString(w):
				c.bad(n, "bad pattern word %q", w)
			}
		}
	}
	if stars != 1 {
		c.bad(n, "pattern has %d '*', want 1", stars)
	}
}

// verb checks a verb line and returns its forms, spelled with '_'.
func (c *verbCheck) verb(n int, s string) ([]string, bool) {
	m := vVerb.FindStringSubmatch(s)
	if m == nil {
		c.bad(n, "bad verb line %q", s)
		return nil, false
	}
	text, forms, code := m[1], m[2], m[3]
	if code != "" {
		c.code(n, code)
	}
	words := strings.Split(text, "_")
	plus := strings.Count(text, "+")
	switch {
	case len(words) > 1 && plus != 1:
		c.bad(n, "multi-word verb %s needs one '+' on its verb word", text)
		return nil, false
	case len(words) == 1 && plus != 0:
		c.bad(n, "single-word verb %s with a '+'", text)
		return nil, false
	}
	out := []string{strings.ReplaceAll(text, "+", "")}
	if strings.Contains(s, "{") {
		if strings.TrimSpace(forms) == "" {
			c.bad(n, "empty {} on verb %s", text)
			return nil, false
		}
		for _, f := range strings.Fields(forms) {
			if len(strings.Split(f, "_")) != len(words) || strings.Count(f, "+") != plus {
				c.bad(n, "form %s does not have the shape of %s", f, text)
				continue
			}
			out = append(out, strings.ReplaceAll(f, "+", ""))
		}
		return out, true
	}
	head := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			head = i
		}
	}
	base := strings.TrimPrefix(words[head], "+")
	for _, inf := range inflect(base) {
		w := append([]string(nil), words...)
		w[head] = inf
		out = append(out, strings.ReplaceAll(strings.Join(w, "_"), "+", ""))
	}
	return out, true
}

// inflect makes the regular -S, -ED and -ING forms the way the dict reader
// does, so that the duplicate check sees the forms the coder will see.
func inflect(w string) []string {
	n := len(w)
	vowel := func(b byte) bool { return strings.IndexByte("AEIOU", b) >= 0 }
	last, prev := w[n-1], w[n-2]
	var s, ed, ing string
	switch {
	case last == 'Y' && !vowel(prev):
		s, ed = w[:n-1]+"IES", w[:n-1]+"IED"
	case last == 'S' || last == 'X' || last == 'Z' || last == 'H' && (prev == 'S' || prev == 'C'):
		s, ed = w+"ES", w+"ED"
	case last == 'E':
		s, ed = w+"S", w+"D"
	default:
		s, ed = w+"S", w+"ED"
	}
	switch {
	case strings.HasSuffix(w, "IE"):
		ing = w[:n-2] + "YING"
	case last == 'E' && !vowel(prev):
		ing = w[:n-1] + "ING"
	default:
		ing = w + "ING"
	}
	return []string{s, ed, ing}
}

func readBuiltin(t *testing.T, name string) string {
	t.Helper()
	data, err := fs.ReadFile(FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestVerbsSyntax(t *testing.T) {
	c := checkVerbs(readBuiltin(t, verbsFile))
	for _, p := range c.problems {
		t.Error(p)
	}
	verbs, forms, patterns := 0, 0, 0
	for _, b := range c.blocks {
		verbs += b.verbs
		forms += len(b.forms)
		patterns += b.patterns
	}
	t.Logf("%d synsets, %d blocks, %d verbs, %d forms, %d patterns", len(c.synsets), len(c.blocks), verbs, forms, patterns)
	// Floors, so that a file cut short by a bad edit does not pass.
	if len(c.blocks) < 80 || forms < 250 {
		t.Errorf("%d blocks and %d verb forms; want at least 80 and 250", len(c.blocks), forms)
	}
}

// cameoCodes reads the CAMEO event codes from the ontology tables in
// ../shared, beside the repository. It returns nil when they are absent.
func cameoCodes(t *testing.T) map[string]bool {
	t.Helper()
	cameo, ok := sharedtest.Find("eval", "ontology", "cameo")
	if !ok {
		return nil
	}
	codes := map[string]bool{}
	for _, name := range []string{"cameo_codes_goldstein_quad.tsv", "CAMEO.eventcodes.txt"} {
		data, err := os.ReadFile(filepath.Join(cameo, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			code, _, _ := strings.Cut(line, "\t")
			if code = strings.TrimSpace(code); code != "" && strings.Trim(code, "0123456789") == "" {
				codes[code] = true
			}
		}
	}
	if len(codes) == 0 {
		return nil
	}
	return codes
}

func TestVerbsCAMEOCodes(t *testing.T) {
	known := cameoCodes(t)
	if known == nil {
		t.Skip("CAMEO tables not found at ../shared/eval/ontology/cameo beside the repository")
	}
	c := checkVerbs(readBuiltin(t, verbsFile))
	var used []string
	for code := range c.codes {
		used = append(used, code)
	}
	sort.Strings(used)
	for _, code := range used {
		if !known[code] {
			t.Errorf("%s: code %s (lines %v) is not a CAMEO event code", verbsFile, code, c.codes[code])
		}
	}
	t.Logf("%d distinct CAMEO codes", len(used))
}

// sectors are the CAMEO role and sector codes the agents may use.
var sectors = strings.Fields("GOV MIL LEG JUD COP SPY OPP REB UAF BUS MED NGO HRI REF CVL EDU HLH LAB AGR REL CRM ELI ENV")

var (
	vAgent  = regexp.MustCompile(`^([A-Z0-9!][A-Z0-9'\-!]*(?:_[A-Z0-9!][A-Z0-9'\-!]*)*)(?:\s+\{([^}]*)\})?\s+\[([^\]]+)\]$`)
	vSubst  = regexp.MustCompile(`^!([A-Z]+)! = ([A-Z]+(?:, [A-Z]+)*)$`)
	vMarker = regexp.MustCompile(`!([A-Z]+)!`)
)

func validSectorCode(code string) bool {
	code = strings.Trim(code, "~")
	if code == "" || len(code)%3 != 0 {
		return false
	}
	for i := 0; i < len(code); i += 3 {
		found := false
		for _, s := range sectors {
			found = found || code[i:i+3] == s
		}
		if !found {
			return false
		}
	}
	return true
}

func TestAgentsSyntax(t *testing.T) {
	text := readBuiltin(t, agentsFile)
	markers := map[string]bool{}
	names := map[string]int{}
	entries := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		s := uncomment(sc.Text())
		if s == "" {
			continue
		}
		if m := vSubst.FindStringSubmatch(s); m != nil {
			markers[m[1]] = true
			continue
		}
		m := vAgent.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("%s:%d: bad agent line %q", agentsFile, n, s)
			continue
		}
		entries++
		name, code := m[1], m[3]
		if strings.Count(code, "~") != 1 || !(strings.HasPrefix(code, "~") || strings.HasSuffix(code, "~")) || !validSectorCode(code) {
			t.Errorf("%s:%d: bad agent code [%s]", agentsFile, n, code)
		}
		if strings.Count(name, "!")%2 != 0 {
			t.Errorf("%s:%d: unbalanced marker in %s", agentsFile, n, name)
		}
		for _, mk := range vMarker.FindAllStringSubmatch(name, -1) {
			if !markers[mk[1]] {
				t.Errorf("%s:%d: marker !%s! used before it is defined", agentsFile, n, mk[1])
			}
		}
		if prev, dup := names[name]; dup {
			t.Errorf("%s:%d: agent %s also on line %d", agentsFile, n, name, prev)
		}
		names[name] = n
	}
	t.Logf("%d agent entries", entries)
	if entries < 120 {
		t.Errorf("%d agent entries, want at least 120", entries)
	}
}

var vDiscard = regexp.MustCompile(`^\+?[A-Z0-9][A-Z0-9'\-]*( [A-Z0-9][A-Z0-9'\-]*)*$`)

func TestDiscardsSyntax(t *testing.T) {
	seen := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(readBuiltin(t, discardsFile)))
	for n := 1; sc.Scan(); n++ {
		s := uncomment(sc.Text())
		if s == "" {
			continue
		}
		if !vDiscard.MatchString(s) {
			t.Errorf("%s:%d: bad discard %q", discardsFile, n, s)
		}
		k := strings.TrimPrefix(s, "+")
		if prev, dup := seen[k]; dup {
			t.Errorf("%s:%d: %s also on line %d", discardsFile, n, k, prev)
		}
		seen[k] = n
	}
}

// TestEventReaders loads the three files with the readers the coder uses:
// nothing may be skipped or reported, and what was read must match what
// the files say.
func TestEventReaders(t *testing.T) {
	text := readBuiltin(t, verbsFile)
	verbs, synsets, problems, err := dict.ReadVerbs(strings.NewReader(text), verbsFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("ReadVerbs: %s", p)
	}
	c := checkVerbs(text)
	want := 0
	for _, b := range c.blocks {
		want += b.verbs
	}
	if len(verbs) != want {
		t.Errorf("ReadVerbs: %d verbs, want %d", len(verbs), want)
	}
	if len(synsets) != len(c.synsets) {
		t.Errorf("ReadVerbs: %d synsets, want %d", len(synsets), len(c.synsets))
	}
	// The coder finds a verb by its forms: none may lead to two blocks.
	owner := map[string]string{}
	for _, v := range verbs {
		if len(v.Forms) == 0 {
			t.Errorf("ReadVerbs: verb %s has no forms", v.Name)
		}
		for _, f := range v.Forms {
			k := f.String()
			if b, dup := owner[k]; dup && b != v.Block {
				t.Errorf("ReadVerbs: form %s in blocks %s and %s", k, b, v.Block)
			}
			owner[k] = v.Block
		}
	}

	agentText := readBuiltin(t, agentsFile)
	agents, problems, err := dict.ReadAgents(strings.NewReader(agentText), agentsFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("ReadAgents: %s", p)
	}
	if len(agents) < 120 {
		t.Errorf("ReadAgents: %d agents, want at least 120", len(agents))
	}
	// An agent name that an actor file codes already would make the two
	// dictionaries compete for the same words.
	actorNames := map[string]string{}
	for _, name := range Names() {
		if !strings.HasSuffix(name, ".actors.txt") {
			continue
		}
		actors, _, _, _, err := dict.ReadActors(strings.NewReader(readBuiltin(t, name)), name)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range actors {
			for _, n := range a.Names {
				actorNames[strings.TrimSuffix(n.String(), "_")] = name
			}
		}
	}
	agentNames := map[string]int{}
	for _, a := range agents {
		for _, n := range a.Names {
			k := strings.TrimSuffix(n.String(), "_")
			if file, ok := actorNames[k]; ok {
				t.Errorf("agent %s (%s) is also an actor in %s", k, a.Pos, file)
			}
			if prev, dup := agentNames[k]; dup && prev != a.Pos.Line {
				t.Errorf("agent name %s on lines %d and %d", k, prev, a.Pos.Line)
			}
			agentNames[k] = a.Pos.Line
		}
	}

	discards, problems, err := dict.ReadDiscards(strings.NewReader(readBuiltin(t, discardsFile)), discardsFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("ReadDiscards: %s", p)
	}
	if len(discards) == 0 {
		t.Error("ReadDiscards: no discards")
	}
}
