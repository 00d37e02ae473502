package evalsuite

import (
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
)

// fakeCoder answers from a function of the text and the options it was
// built with, so that a test can check that options reached the coder.
type fakeCoder struct {
	opts coder.Options
	fn   func(text string, o coder.Options) coder.Result
}

func (f fakeCoder) CodeSentence(text string, _ dict.Date) coder.Result { return f.fn(text, f.opts) }

// fakeFactory returns a factory over fn and the list of options it was
// asked for.
func fakeFactory(fn func(string, coder.Options) coder.Result) (Factory, *[]coder.Options) {
	var asked []coder.Options
	return func(o coder.Options) (Coder, error) {
		asked = append(asked, o)
		return fakeCoder{o, fn}, nil
	}, &asked
}

// nothing codes nothing.
func nothing(string, coder.Options) coder.Result { return coder.Result{} }

// ev is a coded event without spans.
func ev(src, tgt, code string) coder.Coded {
	return coder.Coded{Source: coder.Mention{Code: src}, Target: coder.Mention{Code: tgt}, Code: code}
}

// evText is a coded event whose source spans the first occurrence of
// srcText in text.
func evText(text, srcText, src, tgt, code string) coder.Coded {
	e := ev(src, tgt, code)
	if i := strings.Index(text, srcText); i >= 0 {
		e.Source.Start, e.Source.End = i, i+len(srcText)
	}
	return e
}

func events(es ...coder.Coded) coder.Result { return coder.Result{Events: es} }

func readFixture(t *testing.T, name string) []Record {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// statuses maps record id to "status/reason" for compact comparison.
func statuses(r Report) map[string]string {
	m := map[string]string{}
	for _, o := range r.Outcomes {
		s := o.Status.String()
		if o.Reason != "" {
			s += "/" + o.Reason
		}
		m[o.ID] = s
	}
	return m
}

func checkStatuses(t *testing.T, r Report, want map[string]string) {
	t.Helper()
	have := statuses(r)
	for id, w := range want {
		if have[id] != w {
			t.Errorf("%s: status %q, want %q", id, have[id], w)
		}
	}
	if len(have) != len(want) {
		t.Errorf("%d outcomes, want %d", len(have), len(want))
	}
}
