package dict

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// showPhrase renders a phrase unambiguously for comparisons: a stem word
// is marked '*', words that must be adjacent are joined by '_', words that
// may have others between them by ' '.
func showPhrase(p Phrase) string {
	var b strings.Builder
	for i, w := range p {
		b.WriteString(w.Text)
		if w.Stem {
			b.WriteByte('*')
		}
		if i < len(p)-1 {
			if w.Next == JoinSkip {
				b.WriteByte(' ')
			} else {
				b.WriteByte('_')
			}
		}
	}
	return b.String()
}

func showPhrases(ps []Phrase) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = showPhrase(p)
	}
	return strings.Join(s, ",")
}

// showCodes renders code blocks as "CODE" or "CODE from-to".
func showCodes(cs []DatedCode) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.Code
		if c.From != 0 || c.To != 0 {
			s[i] += fmt.Sprintf(" %d-%d", c.From, c.To)
		}
	}
	return strings.Join(s, ";")
}

// problemLines lists the line numbers of problems.
func problemLines(ps []Problem) []int {
	out := []int{}
	for _, p := range ps {
		out = append(out, p.Line)
	}
	return out
}

func TestReadLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []line
	}{
		{"lf", "A\nB\n", []line{{1, "A"}, {2, "B"}}},
		{"no final newline", "A\nB", []line{{1, "A"}, {2, "B"}}},
		{"crlf", "A\r\nB\r\n", []line{{1, "A"}, {2, "B"}}},
		{"lone cr", "A\rB\r", []line{{1, "A"}, {2, "B"}}},
		{"blank lines kept", "A\n\n\nB", []line{{1, "A"}, {2, ""}, {3, ""}, {4, "B"}}},
		{"bom", "\xef\xbb\xbfA\n", []line{{1, "A"}}},
		{"latin-1", "S\xe3O_PAULO [BRA]\n", []line{{1, "SãO_PAULO [BRA]"}}},
		{"utf-8 kept", "SÃO_PAULO\n", []line{{1, "SÃO_PAULO"}}},
		{"empty", "", []line{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var probs []Problem
			got, err := readLines(strings.NewReader(tt.in), "f", &probs)
			if err != nil || len(probs) > 0 {
				t.Fatalf("err %v, problems %v", err, probs)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReadLinesLong(t *testing.T) {
	in := "A\n" + strings.Repeat("x", maxLine+1) + "\nB\n"
	var probs []Problem
	got, err := readLines(strings.NewReader(in), "f", &probs)
	if err != nil {
		t.Fatal(err)
	}
	if want := []line{{1, "A"}, {3, "B"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(probs) != 1 || probs[0].Line != 2 {
		t.Errorf("problems %v, want one at line 2", probs)
	}
}

func TestScrub(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"hash", []string{"ARDENIA [ARD] # note", "# whole line", "  # indented"}, []string{"ARDENIA [ARD]", "", ""}},
		{"semicolon", []string{"ARDENIA [ARD] ;jw 9/9/91", "[ZBW];jw"}, []string{"ARDENIA [ARD]", "[ZBW]"}},
		{"hash inside brackets", []string{"NASGUL [###] # a discard code"}, []string{"NASGUL [###]"}},
		{"hash glued to word", []string{"+WEST_VELLIS#_IFFY_"}, []string{"+WEST_VELLIS"}},
		{"xml one line", []string{"<!-- a -->", "A <!-- b --> B"}, []string{"", "A  B"}},
		{"xml block", []string{"A <!-- start", "# inside", "more -->  B [X]", "C"}, []string{"A", "", "B [X]", "C"}},
		{"malformed xml", []string{"<! -- NEW SECTION -->", "D"}, []string{"", "D"}},
		{"hash before xml", []string{"# see <!-- here", "E [X]"}, []string{"", "E [X]"}},
		{"xml before hash", []string{"<!-- # -->F # x", "<!-- a # b", "c --> G"}, []string{"F", "", "G"}},
		{"unclosed bracket", []string{"[A # b"}, []string{"[A # b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sc scrubber
			for i, in := range tt.in {
				if got := sc.scrub(in); got != tt.want[i] {
					t.Errorf("scrub(%q) = %q, want %q", in, got, tt.want[i])
				}
			}
		})
	}
}

func TestNamePhrase(t *testing.T) {
	tests := []struct {
		in   string
		d    dialect
		want string
	}{
		{"ARDENIA_", tabari, "ARDENIA"},
		{"ARDEN", tabari, "ARDEN*"},
		{"port_vellis", tabari, "PORT_VELLIS*"},
		{"ODRIC THE_TALL", tabari, "ODRIC* THE_TALL*"},
		{"MARLOW=", tabari, "MARLOW"},
		{"ARDEN", petrarch, "ARDEN"},
		{"ODRIC THE_TALL_", petrarch, "ODRIC_THE_TALL"},
		{"RAMCIEL___", petrarch, "RAMCIEL"},
		{"  ", petrarch, ""},
	}
	for _, tt := range tests {
		if got := showPhrase(namePhrase(tt.in, tt.d)); got != tt.want {
			t.Errorf("namePhrase(%q, %d) = %q, want %q", tt.in, tt.d, got, tt.want)
		}
	}
}

func TestDialectOf(t *testing.T) {
	for name, want := range map[string]dialect{
		"Phoenix.agents.txt":           petrarch,
		"dir/PETR.Validate.ACTORS.TXT": petrarch,
		"TABARI.Demo.actors":           tabari,
		"Validate.agents":              tabari,
		"":                             petrarch,
	} {
		if got := dialectOf(name); got != want {
			t.Errorf("dialectOf(%q) = %d, want %d", name, got, want)
		}
	}
}
