package dict

import (
	"io"
	"strings"
)

// ReadDiscards reads a discards file: one phrase per line whose presence
// discards the sentence, or the whole story when the line starts with '+'.
//
//	YEARS LATER
//	+WORLD GOLF CHAMPIONSHIPS
//
// The words of a phrase are consecutive. In a PETRARCH (".txt") file they
// are whole words; in a TABARI file a word without a trailing '_' is a
// stem. A line that cannot be read is reported in problems and skipped;
// err is set only when r fails.
func ReadDiscards(r io.Reader, file string) (discards []Discard, problems []Problem, err error) {
	lines, err := readLines(r, file, &problems)
	if err != nil {
		return nil, problems, err
	}
	stems := dialectOf(file) == tabari
	var sc scrubber
	for _, ln := range lines {
		s := sc.scrub(ln.Text)
		if s == "" {
			continue
		}
		story := s[0] == '+'
		if story {
			s = s[1:]
		}
		if strings.ContainsAny(s, "[]{}") {
			problems = append(problems, Problem{Pos{file, ln.N}, "brackets in a discard phrase"})
			continue
		}
		p := parsePhrase(s, JoinNext, stems)
		if len(p) == 0 {
			problems = append(problems, Problem{Pos{file, ln.N}, "empty discard phrase"})
			continue
		}
		discards = append(discards, Discard{Phrase: p, Story: story, Pos: Pos{file, ln.N}})
	}
	return discards, problems, nil
}
