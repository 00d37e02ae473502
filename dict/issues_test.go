package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadIssues(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string // "CATEGORY/CODE: phrase", "~" or "~~" before a negative phrase
		problems []int
	}{
		{
			name: "noun and verb forms, hyphen variants",
			in: `<ISSUE CATEGORY="HARBORS" TYPE="ALL">
n:lighthouse [LIGHTHOUSES]
dry+n:dock [DOCKS]
v:dredge channel [DREDGING]
n:ferry n:pier [FERRIES]
</ISSUE>
`,
			want: []string{
				"HARBORS/LIGHTHOUSES: LIGHTHOUSE", "HARBORS/LIGHTHOUSES: LIGHTHOUSES",
				"HARBORS/DOCKS: DRY_DOCK", "HARBORS/DOCKS: DRY_DOCKS", "HARBORS/DOCKS: DRY-DOCK", "HARBORS/DOCKS: DRY-DOCKS",
				"HARBORS/DREDGING: DREDGE_CHANNEL", "HARBORS/DREDGING: DREDGES_CHANNEL", "HARBORS/DREDGING: DREDGED_CHANNEL", "HARBORS/DREDGING: DREDGING_CHANNEL",
				"HARBORS/FERRIES: FERRY_PIER", "HARBORS/FERRIES: FERRY_PIERS", "HARBORS/FERRIES: FERRIES_PIER", "HARBORS/FERRIES: FERRIES_PIERS",
			},
		},
		{
			name: "negative lines and categories",
			in:   "<ISSUE CATEGORY=\"HARBORS\" TYPE=\"ALL\">\n~toy lighthouse\n~~lighthouse museum # not coded\n</ISSUE>\nbeacon [BEACONS]\n<issue category=tides>\nspring tide [TIDES]\n",
			want: []string{"HARBORS/: ~TOY_LIGHTHOUSE", "HARBORS/: ~~LIGHTHOUSE_MUSEUM", "/BEACONS: BEACON", "TIDES/TIDES: SPRING_TIDE"},
		},
		{
			name: "verb forms",
			in:   "v:carry [A]\nv:agree [B]\nv:levy [C]\n",
			want: []string{
				"/A: CARRY", "/A: CARRIES", "/A: CARRIED", "/A: CARRYING",
				"/B: AGREE", "/B: AGREES", "/B: AGREED", "/B: AGREEING",
				"/C: LEVY", "/C: LEVIES", "/C: LEVIED", "/C: LEVYING",
			},
		},
		{
			name: "colons that are not markers",
			in:   "10:30 talks [TIMES]\n",
			want: []string{"/TIMES: 10:30_TALKS"},
		},
		{
			name: "malformed lines",
			in: strings.Join([]string{
				"<ISSUE TYPE=\"ALL\">",
				"no code here",
				"v:block m:site [CENSORSHIP]",
				"two glued [A]two glued [A]",
				"open [A",
				"~negative [A]",
				"[EMPTY]",
				"bad [A B]",
				"n: [A]",
				"<OTHER>",
				"fine [OK]",
			}, "\n"),
			want:     []string{"/OK: FINE"},
			problems: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, probs, err := ReadIssues(strings.NewReader(tt.in), "a.issues.txt")
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, x := range is {
				neg := ""
				if x.Story {
					neg = "~~"
				} else if x.Negative {
					neg = "~"
				}
				got = append(got, x.Category+"/"+x.Code+": "+neg+showPhrase(x.Phrase))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("issues\n got %q\nwant %q", got, tt.want)
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

func TestReadIssuesBounded(t *testing.T) {
	in := strings.Repeat("a+", 12) + "b [X]\n" + strings.Repeat("n:w ", 9) + "[Y]\n" + strings.Repeat("x", 5000) + "+" + strings.Repeat("n:y ", 6) + "[Z]\nfine [OK]\n"
	is, probs, err := ReadIssues(strings.NewReader(in), "a.issues.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(is) != 1 || is[0].Code != "OK" {
		t.Errorf("issues %v", is)
	}
	if pl := problemLines(probs); !reflect.DeepEqual(pl, []int{1, 2, 3}) {
		t.Errorf("problems %v", probs)
	}
}
