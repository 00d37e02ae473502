package dict

import (
	"errors"
	"io"
	"sort"
	"strings"
)

// ReadActors reads a TABARI or PETRARCH actors file. file names the input
// in positions and problems, and its extension selects the dialect: a
// ".txt" file is read the PETRARCH way (whole words; a space joins words
// like '_'), any other the TABARI way (a word without a trailing '_' is a
// stem; a space lets other words come between).
//
// A record is a primary line "NAME [CODE] …", optional "+SYNONYM" lines and
// optional code blocks on lines of their own:
//
//	MOHAMMAD_ZAHIR_SHAH_
//	+ZAHIR_SHAH_
//		[AFGELI 320101-331108]
//		[AFGGOV 331108-730717]
//	ALBRIGHT  [USAGOV 991201-010114] [---]
//
// A code block is "[CODE]", "[CODE <DATE]", "[CODE >DATE]" or
// "[CODE DATE-DATE]" (bounds inclusive) with dates as YYYYMMDD or YYMMDD
// (YY below 30 is 20YY, else 19YY). TABARI's <NOUN> and <ADJECTIVE>
// sections are returned as nouns and adjectives.
//
// Bare names on consecutive lines (no blank line, no code between them)
// are one record and share the code blocks that follow, as Phoenix writes
// the name variants of a leader; a record that ends without any code is
// reported.
//
// A line that cannot be read is reported in problems and skipped; when
// that line is a record's primary line, the record's other lines go with
// it. err is set only when r fails.
func ReadActors(r io.Reader, file string) (actors []Actor, nouns, adjectives []Phrase, problems []Problem, err error) {
	lines, err := readLines(r, file, &problems)
	if err != nil {
		return nil, nil, nil, problems, err
	}
	d := dialectOf(file)
	var (
		sc      scrubber
		section *[]Phrase // inside <NOUN> or <ADJECTIVE>
		cur     *Actor    // the record being read
		skip    bool      // the record's primary line was rejected
		coded   bool      // a code line was seen for cur, even a bad one
		gap     bool      // a blank line came after cur's last line
	)
	bad := func(n int, msg string) {
		problems = append(problems, Problem{Pos{file, n}, msg})
	}
	flush := func() {
		if cur != nil {
			if len(cur.Codes) == 0 {
				problems = append(problems, Problem{cur.Pos, "actor " + cur.Names[0].String() + " has no code; skipped"})
			} else {
				actors = append(actors, *cur)
			}
		}
		cur, skip, coded = nil, false, false
	}
	for _, ln := range lines {
		s := sc.scrub(ln.Text)
		if s == "" {
			if !sc.inBlock && strings.TrimSpace(ln.Text) == "" {
				gap = true
			}
			continue
		}
		blank := gap
		gap = false
		if s[0] == '<' {
			switch strings.ToUpper(strings.ReplaceAll(s, " ", "")) {
			case "<NOUN>":
				flush()
				section = &nouns
			case "<ADJECTIVE>":
				flush()
				section = &adjectives
			case "</NOUN>", "</ADJECTIVE>":
				section = nil
			default:
				bad(ln.N, "unknown tag "+clip(s))
			}
			continue
		}
		if strings.HasPrefix(s, "~~FINISH") {
			// TABARI writes this when it saves a dictionary; nothing after
			// it is read.
			break
		}
		if section != nil {
			if strings.ContainsAny(s, "[]") {
				bad(ln.N, "code block in a word list")
				continue
			}
			if p := namePhrase(s, d); len(p) > 0 {
				*section = append(*section, p)
			}
			continue
		}
		switch s[0] {
		case '[':
			coded = true
			if cur == nil {
				if !skip {
					bad(ln.N, "code block outside an actor record")
				}
				continue
			}
			_, codes, msg := splitActorLine(s)
			if msg != "" {
				bad(ln.N, msg)
				continue
			}
			cur.Codes = append(cur.Codes, codes...)
		case '+':
			if cur == nil {
				if !skip {
					bad(ln.N, "synonym outside an actor record")
				}
				continue
			}
			name, codes, msg := splitActorLine(s[1:])
			if msg != "" {
				bad(ln.N, msg)
				continue
			}
			p := namePhrase(name, d)
			if len(p) == 0 {
				bad(ln.N, "empty synonym")
				continue
			}
			cur.Names = append(cur.Names, p)
			cur.Codes = append(cur.Codes, codes...)
			coded = coded || len(codes) > 0
		default:
			if cur != nil && !coded && !blank && !strings.ContainsAny(s, "[]") {
				// Bare names on consecutive lines share the code blocks
				// that follow them (Phoenix lists a leader's name variants
				// that way; PETRARCH would leave all but the last without
				// a code).
				if p := namePhrase(s, d); len(p) > 0 {
					cur.Names = append(cur.Names, p)
				}
				continue
			}
			flush()
			name, codes, msg := splitActorLine(s)
			p := namePhrase(name, d)
			if msg == "" && len(p) == 0 {
				msg = "actor without a name"
			}
			if msg != "" {
				bad(ln.N, msg)
				skip = true
				continue
			}
			cur = &Actor{Names: []Phrase{p}, Codes: codes, Pos: Pos{file, ln.N}}
			coded = len(codes) > 0
		}
	}
	flush()
	// A record without code is reported when it ends; keep file order.
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
	return actors, nouns, adjectives, problems, nil
}

// splitActorLine splits "NAME [CODE …] [CODE …]" into the name and its
// code blocks; msg says what is wrong when the line cannot be read.
func splitActorLine(s string) (name string, codes []DatedCode, msg string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		i = len(s)
	}
	name, rest := strings.TrimSpace(s[:i]), s[i:]
	if strings.ContainsAny(name, "]") {
		return "", nil, "unbalanced ']'"
	}
	for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
		if rest[0] != '[' {
			return "", nil, "text after code block: " + clip(rest)
		}
		j := strings.IndexAny(rest[1:], "[]")
		if j < 0 || rest[1+j] == '[' {
			return "", nil, "unbalanced '['"
		}
		c, err := parseCodeBlock(rest[1 : 1+j])
		if err != nil {
			return "", nil, "bad code block [" + rest[1:1+j] + "]: " + err.Error()
		}
		codes = append(codes, c)
		rest = rest[j+2:]
	}
	return name, codes, ""
}

// parseCodeBlock reads the inside of an actor code block: "USAGOV",
// "USAGOV 20090120-20170120", "HOB < 950601", " ~OPP".
func parseCodeBlock(s string) (DatedCode, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DatedCode{}, errors.New("empty")
	}
	code, rest := s, ""
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		code, rest = s[:i], strings.TrimSpace(s[i:])
	}
	if !validCode(code) {
		return DatedCode{}, errors.New("no valid code")
	}
	c := DatedCode{Code: strings.ToUpper(code)}
	if strings.ContainsAny(rest, " \t") {
		// "[HOB < 950601]", "[HOBGOV 950601 - 990815]"
		rest = strings.Join(strings.Fields(rest), "")
	}
	var err error
	switch {
	case rest == "":
	case rest[0] == '<':
		c.To, err = parseDate(rest[1:])
	case rest[0] == '>':
		c.From, err = parseDate(rest[1:])
	default:
		from, to, ok := strings.Cut(rest, "-")
		if !ok {
			return DatedCode{}, errors.New("a single date needs '<' or '>'")
		}
		if c.From, err = parseDate(from); err == nil {
			c.To, err = parseDate(to)
		}
		if err == nil && c.From > c.To {
			err = errors.New("interval ends before it starts")
		}
	}
	if err != nil {
		return DatedCode{}, err
	}
	return c, nil
}

// validCode reports whether s can be an actor code: letters and digits,
// '/' between alternatives ("ELR/GAL"), or one of the special codes
// "---", "###" and "+++". A code starting with a digit is a date that lost
// its code ("[991201-010114]").
func validCode(s string) bool {
	switch s {
	case "---", "###", "+++":
		return true
	}
	if s[0] >= '0' && s[0] <= '9' || s[0] == '/' || s[len(s)-1] == '/' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/') {
			return false
		}
	}
	return true
}

// parseDate reads YYYYMMDD or YYMMDD. Two-digit years below 30 are 20YY,
// the rest 19YY, as in KEDS and TABARI (PETRARCH's reader also puts 30
// itself in 2030; no known dictionary has such a date).
func parseDate(s string) (Date, error) {
	if len(s) != 6 && len(s) != 8 {
		return 0, errors.New("date " + clip(s) + " is not YYMMDD or YYYYMMDD")
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errors.New("date " + clip(s) + " is not YYMMDD or YYYYMMDD")
		}
		v = v*10 + int(s[i]-'0')
	}
	if len(s) == 6 {
		if v/10000 < 30 {
			v += 20000000
		} else {
			v += 19000000
		}
	}
	y, m, d := v/10000, v/100%100, v%100
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, errors.New("no such day " + s)
	}
	return Date(v), nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// clip shortens s for a problem message.
func clip(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
