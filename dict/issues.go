package dict

import (
	"io"
	"strings"
)

// ReadIssues reads a PETRARCH issues file (Phoenix.IssueCoding.txt):
//
//	<ISSUE CATEGORY="ENERGY" TYPE="ALL">
//	nuclear n:reactor [NUCLEAR_ENERGY]
//	solar+v:power [RENEWABLE_ENERGY]
//	~olive oil
//	~~federal archives
//	</ISSUE>
//
// Matching is on whole, consecutive words, case-insensitive. Within a
// phrase "n:WORD" also gives the regular plural of WORD, "v:WORD" its
// regular verb forms (-S, -ED, -ING), and '+' between words gives both
// the spaced and the hyphenated form ("pre+k": PRE K and PRE-K); every
// combination becomes an Issue. A '~' line blocks the issues of its
// category in the sentence, "~~" in the story. Each issue takes the
// CATEGORY of the section it is in.
//
// A line that cannot be read is reported in problems and skipped; err is
// set only when r fails.
func ReadIssues(r io.Reader, file string) (issues []Issue, problems []Problem, err error) {
	lines, err := readLines(r, file, &problems)
	if err != nil {
		return nil, problems, err
	}
	bad := func(n int, msg string) {
		problems = append(problems, Problem{Pos{file, n}, msg})
	}
	var (
		sc       scrubber
		category string
	)
	for _, ln := range lines {
		s := sc.scrub(ln.Text)
		if s == "" {
			continue
		}
		if s[0] == '<' {
			up := strings.ToUpper(s)
			switch {
			case strings.HasPrefix(up, "<ISSUE") && strings.HasSuffix(up, ">"):
				c, ok := attribute(s, "CATEGORY")
				if !ok {
					bad(ln.N, "ISSUE section without a CATEGORY")
				}
				category = strings.ToUpper(c)
			case strings.HasPrefix(up, "</ISSUE"):
				category = ""
			default:
				bad(ln.N, "unknown tag "+clip(s))
			}
			continue
		}
		is := Issue{Category: category, Pos: Pos{file, ln.N}}
		switch {
		case strings.HasPrefix(s, "~~"):
			is.Negative, is.Story, s = true, true, s[2:]
		case s[0] == '~':
			is.Negative, s = true, s[1:]
		}
		if i := strings.IndexByte(s, '['); i >= 0 && !is.Negative {
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				bad(ln.N, "unbalanced '['")
				continue
			}
			if rest := strings.TrimSpace(s[i+j+1:]); rest != "" {
				bad(ln.N, "text after code block: "+clip(rest))
				continue
			}
			is.Code = strings.ToUpper(strings.TrimSpace(s[i+1 : i+j]))
			if is.Code == "" || strings.ContainsAny(is.Code, " \t[") {
				bad(ln.N, "bad issue code ["+s[i+1:i+j]+"]")
				continue
			}
			s = s[:i]
		} else if !is.Negative {
			bad(ln.N, "issue phrase without a [code]")
			continue
		}
		if strings.ContainsAny(s, "[]") {
			if is.Negative {
				bad(ln.N, "code block on an exclusion line")
			} else {
				bad(ln.N, "unbalanced brackets")
			}
			continue
		}
		forms, msg := issueForms(s)
		if msg != "" {
			bad(ln.N, msg)
			continue
		}
		for _, f := range forms {
			is.Phrase = parsePhrase(f, JoinNext, false)
			if len(is.Phrase) > 0 {
				issues = append(issues, is)
			}
		}
		if len(forms) == 0 {
			bad(ln.N, "empty issue phrase")
		}
	}
	return issues, problems, nil
}

// attribute returns the value of name="value" in an XML-like tag.
func attribute(tag, name string) (string, bool) {
	up := strings.ToUpper(tag)
	i := strings.Index(up, strings.ToUpper(name)+"=")
	if i < 0 {
		return "", false
	}
	v := tag[i+len(name)+1:]
	if v != "" && v[0] == '"' {
		end := strings.IndexByte(v[1:], '"')
		if end < 0 {
			return "", false
		}
		return strings.TrimSpace(v[1 : 1+end]), v[1:1+end] != ""
	}
	if end := strings.IndexAny(v, " \t>"); end >= 0 {
		v = v[:end]
	}
	return v, v != ""
}

// issueForms expands the '+', "n:" and "v:" notations of an issue phrase
// into plain phrases (upper case, words separated by spaces).
func issueForms(s string) ([]string, string) {
	s = strings.ToUpper(strings.TrimSpace(s))
	// '+' first: "pre+n:school" gives "PRE N:SCHOOL" and "PRE-N:SCHOOL".
	variants := []string{s}
	for strings.IndexByte(variants[0], '+') >= 0 {
		next := make([]string, 0, 2*len(variants))
		for _, v := range variants {
			next = append(next, strings.Replace(v, "+", " ", 1), strings.Replace(v, "+", "-", 1))
		}
		if tooMany(next) {
			return nil, "too many '+' in an issue phrase"
		}
		variants = next
	}
	var out []string
	for _, v := range variants {
		acc := []string{""}
		for _, w := range strings.Fields(v) {
			forms, msg := wordForms(w)
			if msg != "" {
				return nil, msg
			}
			next := make([]string, 0, len(acc)*len(forms))
			for _, a := range acc {
				for _, f := range forms {
					if a == "" {
						next = append(next, f)
					} else {
						next = append(next, a+" "+f)
					}
				}
			}
			if len(out)+len(next) > maxExpansions || tooMany(next) {
				return nil, "issue phrase gives too many forms"
			}
			acc = next
		}
		if acc[0] != "" {
			out = append(out, acc...)
			if tooMany(out) {
				return nil, "issue phrase gives too many forms"
			}
		}
	}
	return out, ""
}

// wordForms expands one word of an issue phrase: "N:TEACHER" gives TEACHER
// and TEACHERS, "V:PURGE" PURGE, PURGES, PURGED and PURGING; the marker
// may follow a hyphen ("PRE-N:SCHOOL").
func wordForms(w string) ([]string, string) {
	i := strings.IndexByte(w, ':')
	if i < 0 {
		return []string{w}, ""
	}
	if i == 0 || !isLetter(w[i-1]) || i >= 2 && isLetter(w[i-2]) {
		// A colon inside a word ("10:30", "RE:") is text, not a marker.
		return []string{w}, ""
	}
	pre, root := w[:i-1], w[i+1:]
	if root == "" || strings.IndexByte(root, ':') >= 0 {
		return nil, "bad word " + clip(w)
	}
	switch w[i-1] {
	case 'N':
		return []string{pre + root, pre + plural(root)}, ""
	case 'V':
		forms := issueVerbForms(root)
		for k := range forms {
			forms[k] = pre + forms[k]
		}
		return forms, ""
	}
	return nil, "unknown marker " + w[i-1:i+1] + " in " + clip(w)
}

// issueVerbForms gives the base and regular forms of an upper-case verb.
func issueVerbForms(w string) []string {
	n := len(w)
	ed, ing := w+"ED", w+"ING"
	switch {
	case w[n-1] == 'E':
		ed = w + "D"
		if n > 2 && !isVowel(w[n-2]) && w[n-2] != 'Y' {
			ing = w[:n-1] + "ING"
		}
	case w[n-1] == 'Y' && n > 1 && !isVowel(w[n-2]):
		ed = w[:n-1] + "IED"
	}
	return []string{w, plural(w), ed, ing}
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
