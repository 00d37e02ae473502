package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadDiscards(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		in       string
		want     []string // phrase, '+' first for a story discard
		problems []int
	}{
		{
			name: "sentence and story",
			file: "a.discards.txt",
			in:   "# header\nLANTERN FESTIVAL\n+ROWING REGATTA   # sports\n+ Golden Oar Cup ;old note\nGOLD CUP_\n",
			want: []string{"LANTERN_FESTIVAL", "+ROWING_REGATTA", "+GOLDEN_OAR_CUP", "GOLD_CUP"},
		},
		{
			name: "tabari stems",
			file: "discards",
			in:   "LANTERN FESTIV\nGOLD CUP_\n",
			want: []string{"LANTERN*_FESTIV*", "GOLD*_CUP"},
		},
		{
			name:     "malformed",
			file:     "a.discards.txt",
			in:       "+\n+___\nCUP [X]\nFINE\n",
			want:     []string{"FINE"},
			problems: []int{1, 2, 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, probs, err := ReadDiscards(strings.NewReader(tt.in), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, d := range ds {
				s := showPhrase(d.Phrase)
				if d.Story {
					s = "+" + s
				}
				got = append(got, s)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("discards\n got %q\nwant %q", got, tt.want)
			}
			if tt.problems == nil {
				tt.problems = []int{}
			}
			if pl := problemLines(probs); !reflect.DeepEqual(pl, tt.problems) {
				t.Errorf("problems at %v, want %v: %v", pl, tt.problems, probs)
			}
		})
	}
}
