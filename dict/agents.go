package dict

import (
	"io"
	"sort"
	"strings"
)

// maxExpansions and maxExpansionBytes bound the names one line may
// generate (substitution sets in agents, "n:", "v:" and '+' in issues), so
// that a hostile file cannot exhaust memory.
const (
	maxExpansions     = 256
	maxExpansionBytes = 256 << 10
)

// tooMany reports whether the expansions in ss exceed the bounds.
func tooMany(ss []string) bool {
	if len(ss) > maxExpansions {
		return true
	}
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	return n > maxExpansionBytes
}

// ReadAgents reads a TABARI or PETRARCH agents file (the dialect follows
// the file name as in ReadActors). A record is
//
//	NAME [~CODE]            the code follows the actor's: HUN + ~GOV = HUNGOV
//	NAME [CODE~]            the code goes first: NGO~ + HUN = NGOHUN
//	NAME {} [~CODE]         no plural
//	NAME {PLURAL …} [~CODE] irregular plural forms instead of the regular one
//
// In PETRARCH files the regular plural of the last word is generated
// (see plural) unless that word already ends in a single S; TABARI files
// list plurals themselves or rely on stems.
// A substitution set "!PERSON! = MAN, MEN, WOMAN" defines a marker that
// expands wherever it appears ("CONGRESS!PERSON!" gives CONGRESSMAN,
// CONGRESSMEN, …); the expansions get no further plurals. Sets may be
// defined anywhere in the file.
//
// A line that cannot be read is reported in problems and skipped; err is
// set only when r fails.
func ReadAgents(r io.Reader, file string) (agents []Agent, problems []Problem, err error) {
	lines, err := readLines(r, file, &problems)
	if err != nil {
		return nil, problems, err
	}
	d := dialectOf(file)
	bad := func(n int, msg string) {
		problems = append(problems, Problem{Pos{file, n}, msg})
	}
	var sc scrubber
	body := lines[:0:0]
	subst := map[string][]string{}
	for _, ln := range lines {
		s := sc.scrub(ln.Text)
		if s == "" {
			continue
		}
		if s[0] == '!' && strings.IndexByte(s, '=') > 0 && strings.IndexByte(s, '[') < 0 {
			marker, items, msg := parseSubstSet(s)
			if msg != "" {
				bad(ln.N, msg)
				continue
			}
			subst[marker] = items
			continue
		}
		body = append(body, line{ln.N, s})
	}
	for _, ln := range body {
		a, msg := parseAgent(ln.Text, d, subst)
		if msg != "" {
			bad(ln.N, msg)
			continue
		}
		a.Pos = Pos{file, ln.N}
		agents = append(agents, a)
	}
	// Substitution sets were read first; report in file order.
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
	return agents, problems, nil
}

// parseSubstSet reads "!PERSON! = MAN, MEN, WOMAN".
func parseSubstSet(s string) (marker string, items []string, msg string) {
	lhs, rhs, _ := strings.Cut(s, "=")
	lhs = strings.TrimSpace(lhs)
	if len(lhs) < 3 || lhs[len(lhs)-1] != '!' || strings.Count(lhs, "!") != 2 {
		return "", nil, "bad substitution set name " + clip(lhs)
	}
	if strings.IndexByte(rhs, '!') >= 0 {
		return "", nil, "substitution set " + lhs + " refers to a marker"
	}
	for _, it := range strings.Split(rhs, ",") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return "", nil, "empty substitution set " + lhs
	}
	return strings.ToUpper(lhs[1 : len(lhs)-1]), items, ""
}

// parseAgent reads one agent line; msg says what is wrong with it.
func parseAgent(s string, d dialect, subst map[string][]string) (Agent, string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return Agent{}, "agent without a [code]"
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return Agent{}, "unbalanced '['"
	}
	if rest := strings.TrimSpace(s[i+j+1:]); rest != "" {
		return Agent{}, "text after code block: " + clip(rest)
	}
	var a Agent
	code := strings.TrimSpace(s[i+1 : i+j])
	switch {
	case strings.Count(code, "~") != 1:
		return Agent{}, "agent code [" + code + "] needs one '~' before or after it"
	case strings.HasPrefix(code, "~"):
		a.Code = code[1:]
	case strings.HasSuffix(code, "~"):
		a.Code, a.Before = code[:len(code)-1], true
	default:
		return Agent{}, "agent code [" + code + "] needs one '~' before or after it"
	}
	if a.Code == "" || !validAgentCode(a.Code) {
		return Agent{}, "bad agent code [" + code + "]"
	}
	a.Code = strings.ToUpper(a.Code)

	name := s[:i]
	if strings.ContainsAny(name, "[]") {
		return Agent{}, "unbalanced brackets"
	}
	var forms []string
	braces := false
	if k := strings.IndexByte(name, '{'); k >= 0 {
		m := strings.IndexByte(name, '}')
		if m < k || strings.Count(name, "{") != 1 || strings.Count(name, "}") != 1 {
			return Agent{}, "unbalanced '{'"
		}
		if strings.TrimSpace(name[m+1:]) != "" {
			return Agent{}, "text after {…}: " + clip(name[m+1:])
		}
		forms = strings.Fields(name[k+1 : m])
		name = name[:k]
		braces = true
	} else if strings.IndexByte(name, '}') >= 0 {
		return Agent{}, "unbalanced '}'"
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return Agent{}, "agent without a name"
	}

	marked := strings.IndexByte(name, '!') >= 0
	bases, msg := expandMarkers(name, subst)
	if msg != "" {
		return Agent{}, msg
	}
	for _, b := range bases {
		p := namePhrase(b, d)
		if len(p) == 0 {
			continue
		}
		a.Names = append(a.Names, p)
		if d == petrarch && !braces && !marked && !looksPlural(p[len(p)-1].Text) {
			a.Names = append(a.Names, pluralPhrase(p))
		}
	}
	if len(a.Names) == 0 {
		return Agent{}, "agent without a name"
	}
	for _, f := range forms {
		fs, msg := expandMarkers(f, subst)
		if msg != "" {
			return Agent{}, msg
		}
		for _, f := range fs {
			if p := namePhrase(f, d); len(p) > 0 {
				a.Names = append(a.Names, p)
			}
		}
	}
	return a, ""
}

// validAgentCode reports whether s is letters and digits only.
func validAgentCode(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// expandMarkers replaces every "!NAME!" in s by each member of its
// substitution set, giving every combination.
func expandMarkers(s string, subst map[string][]string) ([]string, string) {
	out := []string{s}
	for {
		var next []string
		for _, t := range out {
			i := strings.IndexByte(t, '!')
			if i < 0 {
				return out, ""
			}
			j := strings.IndexByte(t[i+1:], '!')
			if j < 0 {
				return nil, "unclosed substitution marker in " + clip(s)
			}
			items, ok := subst[strings.ToUpper(t[i+1:i+1+j])]
			if !ok {
				return nil, "undefined substitution marker " + t[i:i+j+2]
			}
			for _, it := range items {
				next = append(next, t[:i]+it+t[i+j+2:])
			}
			if tooMany(next) {
				return nil, "substitution markers give too many names"
			}
		}
		out = next
	}
}

// pluralPhrase returns p with its last word in the plural.
func pluralPhrase(p Phrase) Phrase {
	q := make(Phrase, len(p))
	copy(q, p)
	q[len(q)-1].Text = plural(q[len(q)-1].Text)
	return q
}

// plural forms the regular English plural of an upper-case noun: a
// consonant and Y become IES (AUTHORITY, AUTHORITIES), a vowel and Y take S
// (ATTORNEY, ATTORNEYS), S, SH, CH, X and Z take ES (CONGRESS, CONGRESSES),
// anything else S. PETRARCH's own rule is cruder (every Y becomes IES,
// every S takes ES, nothing else does): it would make ATTORNIES and
// MATCHS.
func plural(w string) string {
	n := len(w)
	if n == 0 {
		return w
	}
	switch last := w[n-1]; {
	case last == 'Y' && n > 1 && !isVowel(w[n-2]):
		return w[:n-1] + "IES"
	case last == 'S' || last == 'X' || last == 'Z',
		n > 1 && last == 'H' && (w[n-2] == 'S' || w[n-2] == 'C'):
		return w + "ES"
	}
	return w + "S"
}

// looksPlural reports whether an agent's last word already reads as a
// plural (TROOPS, ARMED_FORCES, COUNCIL_OF_MINISTERS): it ends in a single
// S. Generating TROOPSES would only add noise; the rare singular such as
// BUS needs its plural written in {…}.
func looksPlural(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 'S' && w[n-2] != 'S'
}

func isVowel(c byte) bool {
	switch c {
	case 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}
