package dict

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// line is one physical line of a dictionary file, CR removed and decoded.
type line struct {
	N    int
	Text string
}

// maxLine bounds one dictionary line; longer lines are reported, not read.
const maxLine = 1 << 20

// readLines splits r into lines. CRLF and lone CR line ends are accepted; a
// line that is not valid UTF-8 is taken as Latin-1 (the older dictionaries
// hold such bytes) and converted. A line longer than maxLine is reported in
// problems and skipped.
func readLines(r io.Reader, file string, problems *[]Problem) ([]line, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []line
	n := 0
	for {
		raw, err := br.ReadSlice('\n')
		long := false
		for err == bufio.ErrBufferFull {
			long = true
			_, err = br.ReadSlice('\n')
		}
		if len(raw) > 0 || err == nil {
			n++
			if long || len(raw) > maxLine {
				*problems = append(*problems, Problem{Pos{file, n}, "line too long; skipped"})
			} else {
				// A lone CR also ends a line (old Mac files).
				s := strings.TrimRight(decodeLine(raw), "\r\n")
				parts := strings.Split(s, "\r")
				for i, p := range parts {
					if i > 0 {
						n++
					}
					out = append(out, line{n, p})
				}
			}
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
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

// cutComment removes a trailing comment that starts at the first of the
// given marker bytes and trims the remaining space.
func cutComment(s string, markers string) string {
	if i := strings.IndexAny(s, markers); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// parseWord reads one dictionary word: a trailing '_' makes it stopped
// (exact), otherwise it is a stem.
func parseWord(s string) Word {
	s = strings.ToUpper(s)
	if strings.HasSuffix(s, "_") {
		return Word{Text: strings.TrimRight(s, "_")}
	}
	return Word{Text: s, Stem: true}
}

// parsePhrase reads a phrase whose words are joined by '_' or by spaces;
// spaceJoin says what a space means (JoinNext in actor files, JoinSkip in
// verb patterns). "AFGHAN_" is one stopped word; "AL_GORE" two words that
// must be adjacent, the last a stem.
func parsePhrase(s string, spaceJoin Join, stemDefault bool) Phrase {
	var p Phrase
	fields := strings.Fields(s)
	for fi, f := range fields {
		parts := strings.Split(f, "_")
		// A trailing '_' yields an empty last part: the word before it is
		// stopped.
		for i, t := range parts {
			if t == "" {
				continue
			}
			// A word followed by '_' (inside "AL_GORE" or trailing in
			// "ARNOR_") is stopped; the last word of a field without one is
			// a stem where the format has stems.
			stopped := i+1 < len(parts)
			p = append(p, Word{Text: strings.ToUpper(t), Stem: stemDefault && !stopped, Next: JoinNext})
		}
		if fi < len(fields)-1 && len(p) > 0 {
			p[len(p)-1].Next = spaceJoin
		}
	}
	return p
}
