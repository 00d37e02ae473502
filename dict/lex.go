package dict

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// line is one physical line of a dictionary file, CR removed and decoded.
type line struct {
	N    int
	Text string
}

const (
	// maxLine bounds one dictionary line; longer lines are reported, not read.
	maxLine = 1 << 20
	// maxFile bounds one dictionary file. The largest real dictionaries are
	// a few megabytes; the bound keeps a wrong path (a log, a disk image)
	// from exhausting memory.
	maxFile = 256 << 20
)

// readLines splits r into lines. LF, CRLF and lone CR line ends are
// accepted and a leading UTF-8 byte-order mark is dropped; a line that is
// not valid UTF-8 is taken as Latin-1 (the older dictionaries hold such
// bytes) and converted. A line longer than maxLine is reported in problems
// and skipped.
func readLines(r io.Reader, file string, problems *[]Problem) ([]line, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFile {
		return nil, fmt.Errorf("larger than %d MB", maxFile>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// One conversion for the whole file: the lines are substrings of it,
	// except the few that need decoding.
	all := string(data)
	out := make([]line, 0, bytes.Count(data, []byte{'\n'})+1)
	n := 0
	for len(all) > 0 {
		i := strings.IndexAny(all, "\r\n")
		var s string
		if i < 0 {
			s, all = all, ""
		} else {
			s = all[:i]
			if all[i] == '\r' && i+1 < len(all) && all[i+1] == '\n' {
				i++
			}
			all = all[i+1:]
		}
		n++
		if len(s) > maxLine {
			*problems = append(*problems, Problem{Pos{file, n}, "line too long; skipped"})
			continue
		}
		if !utf8.ValidString(s) {
			s = decodeLine([]byte(s))
		}
		out = append(out, line{n, s})
	}
	return out, nil
}

// decodeLine returns b as UTF-8, reading it as Latin-1 when it is not valid
// UTF-8 already.
func decodeLine(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// scrubber removes comments from the successive lines of one file. It
// knows every comment form the TABARI and PETRARCH files use:
//
//   - "<!-- … -->", within a line or over several lines;
//   - a line that begins with "<!" (PETRARCH skips those whole, which
//     covers the malformed "<! -- … -->" seen in the wild);
//   - "#" (PETRARCH) and ";" (TABARI, and PETRARCH for legacy files) up to
//     the end of the line.
//
// A '#' or ';' inside square brackets is not a comment: "[###]" is the
// discard code.
type scrubber struct {
	inBlock bool
}

// scrub returns the text of s without comments, trimmed.
func (c *scrubber) scrub(s string) string {
	if c.inBlock {
		i := strings.Index(s, "-->")
		if i < 0 {
			return ""
		}
		s = s[i+3:]
		c.inBlock = false
	}
	for {
		cut := commentAt(s)
		i := strings.Index(s, "<!--")
		if i < 0 || cut >= 0 && cut < i {
			// "# see <!-- …" is a plain comment, not the start of a block.
			if cut >= 0 {
				s = s[:cut]
			}
			break
		}
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			s = s[:i]
			c.inBlock = true
			break
		}
		s = s[:i] + s[i+4+j+3:]
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<!") {
		return ""
	}
	return s
}

// commentAt returns the index of the first '#' or ';' of s outside square
// brackets, or -1.
func commentAt(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// dialect is the program whose conventions a dictionary file follows.
type dialect uint8

const (
	// petrarch files match whole words only, and a space between words
	// means what '_' means.
	petrarch dialect = iota
	// tabari files treat a word without a trailing '_' as a stem, and a
	// space in an actor or agent phrase lets other words come between.
	tabari
)

// dialectOf tells the dialect from a file name: PETRARCH dictionaries are
// ".txt" files (Phoenix.agents.txt, CAMEO.2.0.txt); TABARI ones carry the
// kind as the extension (.actors, .agents, .verbs).
func dialectOf(file string) dialect {
	if strings.EqualFold(filepath.Ext(file), ".txt") || file == "" {
		return petrarch
	}
	return tabari
}

// parsePhrase reads a phrase whose words are joined by '_' or by spaces;
// spaceJoin says what a space means (JoinNext in actor files, JoinSkip in
// verb patterns). "AFGHAN_" is one stopped word; "AL_GORE" two words that
// must be adjacent, the last a stem.
func parsePhrase(s string, spaceJoin Join, stemDefault bool) Phrase {
	var p Phrase
	fields := strings.Fields(s)
	for fi, f := range fields {
		// A word followed by '_' (inside "AL_GORE" or trailing in
		// "ARNOR_") is stopped; the last word of a field without one is a
		// stem where the format has stems. Empty parts ("A__B", "B_")
		// only mark the word before them.
		for f != "" {
			i := strings.IndexByte(f, '_')
			t := f
			if i >= 0 {
				t, f = f[:i], f[i+1:]
			} else {
				f = ""
			}
			if t == "" {
				continue
			}
			p = append(p, Word{Text: strings.ToUpper(t), Stem: stemDefault && i < 0, Next: JoinNext})
		}
		if fi < len(fields)-1 && len(p) > 0 {
			p[len(p)-1].Next = spaceJoin
		}
	}
	return p
}

// namePhrase reads an actor or agent name in the file's dialect. TABARI's
// rare "MOUSE=" (a word that takes no endings) is read as stopped.
func namePhrase(s string, d dialect) Phrase {
	if d == petrarch {
		return parsePhrase(s, JoinNext, false)
	}
	if strings.IndexByte(s, '=') >= 0 {
		s = strings.ReplaceAll(s, "=", "_")
	}
	return parsePhrase(s, JoinSkip, true)
}
