package server

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// render shows segments as text with [classes|text] for marked ones.
func render(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Anchor != "" {
			b.WriteString("#" + s.Anchor)
		}
		if s.Classes == "" && s.Link == "" {
			b.WriteString(s.Text)
		} else {
			b.WriteString("[" + s.Classes)
			if s.Link != "" {
				b.WriteString(">" + s.Link)
			}
			b.WriteString("|" + s.Text + "]")
		}
		for _, a := range s.After {
			b.WriteString("^" + a.Label)
		}
	}
	return b.String()
}

func TestSegments(t *testing.T) {
	text := "Kim met Putin in Pyongyang on Wednesday."
	for _, tc := range []struct {
		name  string
		marks []mark
		want  string
	}{
		{"none", nil, text},
		{"one", []mark{{start: 0, end: 3, class: "a"}}, "[a|Kim] met Putin in Pyongyang on Wednesday."},
		{"overlap", []mark{{start: 0, end: 13, class: "a"}, {start: 8, end: 16, class: "b", link: "/x"}},
			"[a|Kim met ][a b>/x|Putin][b>/x| in] Pyongyang on Wednesday."},
		{"nested", []mark{{start: 8, end: 26, class: "a"}, {start: 17, end: 26, class: "b"}},
			"Kim met [a|Putin in ][a b|Pyongyang] on Wednesday."},
		{"outside the text", []mark{{start: -5, end: 3, class: "a"}, {start: 30, end: 500, class: "b"}, {start: 9, end: 2, class: "c"}},
			"[a|Kim] met Putin in Pyongyang on [b|Wednesday.]"},
		{"sentence", []mark{{start: 0, end: 40, class: "s", sentence: true, anchor: "s0", events: []eventRef{{Link: "/events/1", Label: "042"}}}, {start: 4, end: 7, class: "a"}},
			"#s0[s|Kim ][s a|met][s| Putin in Pyongyang on Wednesday.]^042"},
	} {
		got := render(segments(text, 0, len(text), tc.marks))
		if got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
	// Text outside every sentence is marked as such.
	got := render(segments("Read more. Kim spoke.", 0, 21, []mark{{start: 11, end: 21, sentence: true}}))
	if got != "[outside|Read more. ]Kim spoke." {
		t.Errorf("outside: %s", got)
	}
}

func TestSegmentsRuneBoundaries(t *testing.T) {
	text := "Đà Nẵng and Hà Nội" // multi-byte letters
	// Offsets that fall inside a letter move back to its start.
	segs := segments(text, 0, len(text), []mark{{start: 1, end: 7, class: "a"}})
	var joined strings.Builder
	for _, s := range segs {
		if !utf8.ValidString(s.Text) {
			t.Errorf("segment %q splits a letter", s.Text)
		}
		joined.WriteString(s.Text)
	}
	if joined.String() != text {
		t.Errorf("segments give %q, want %q", joined.String(), text)
	}
	if got := render(segs); got != "[a|Đà N]ẵng and Hà Nội" {
		t.Errorf("segments %s", got)
	}
}

func TestBlocks(t *testing.T) {
	text := "Title\r\n\r\nFirst line\nsecond line\n \n\nLast."
	bs := blocks(text, nil)
	var got []string
	for _, b := range bs {
		got = append(got, render(b.Segments))
	}
	want := []string{"Title", "First line\nsecond line", "Last."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks %q, want %q", got, want)
	}
	if len(blocks("", nil)) != 0 || len(blocks("\n\n \n", nil)) != 0 {
		t.Error("blank text gives blocks")
	}
}

func TestWholeWords(t *testing.T) {
	text := "To Lam met Tolam and To Lamb; To Lam spoke."
	got := wholeWords(text, "To Lam")
	if len(got) != 2 || got[0] != 0 || got[1] != 30 {
		t.Errorf("wholeWords = %v, want [0 30]", got)
	}
	if wholeWords(text, "") != nil {
		t.Error("empty word found")
	}
}
