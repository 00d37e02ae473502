package dict

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"WARDEN":    "WARDENS",
		"AUTHORITY": "AUTHORITIES",
		"ATTORNEY":  "ATTORNEYS",
		"CONGRESS":  "CONGRESSES",
		"BUS":       "BUSES",
		"BOX":       "BOXES",
		"WALTZ":     "WALTZES",
		"MARSH":     "MARSHES",
		"CHURCH":    "CHURCHES",
		"Y":         "YS",
		"":          "",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadAgents(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		in       string
		want     []string // "names|code|before"
		problems []int
	}{
		{
			name: "regular plural of the last word",
			file: "a.agents.txt",
			in:   "HARBOR_MASTER [~GOVHBR] # x\nHARBOR_AUTHORITY [~GOV]\nSEA BOSS [~BUS]\nHARBOR_GUARDS [~MIL]\n",
			want: []string{
				"HARBOR_MASTER,HARBOR_MASTERS|GOVHBR|false",
				"HARBOR_AUTHORITY,HARBOR_AUTHORITIES|GOV|false",
				"SEA_BOSS,SEA_BOSSES|BUS|false",
				"HARBOR_GUARDS|MIL|false",
			},
		},
		{
			name: "no plural and irregular plurals",
			file: "a.agents.txt",
			in:   "LAMPLIGHTER {} [~CVL]\nGOOSEHERD {GOOSEHERDS GOOSE_HERDERS} [~AGR]\nCHIEF_OF_WARDENS {CHIEFS_OF_WARDENS } [~COP]\n",
			want: []string{
				"LAMPLIGHTER|CVL|false",
				"GOOSEHERD,GOOSEHERDS,GOOSE_HERDERS|AGR|false",
				"CHIEF_OF_WARDENS,CHIEFS_OF_WARDENS|COP|false",
			},
		},
		{
			name: "prefix codes and blanks in brackets",
			file: "a.agents.txt",
			in:   "ALMS_SOCIETY [NGO~]\nSKY_WATCH [  ~MIL]\nRELIEF_HOUSE {} [  NGM~]\n",
			want: []string{
				"ALMS_SOCIETY,ALMS_SOCIETIES|NGO|true",
				"SKY_WATCH,SKY_WATCHES|MIL|false",
				"RELIEF_HOUSE|NGM|true",
			},
		},
		{
			name: "substitution sets",
			file: "a.agents.txt",
			in:   "!WARDEN! = WARDEN, WARDRESS , \n!HALL! = HALL, HALLS\nBRIDGE!WARDEN! [~COP]\n!HALL!_OF_RECORDS [~GOV]\n!HALL!_!WARDEN! [~COP]\nLATE!SET! [~X]\n!SET! = A, B\n",
			want: []string{
				"BRIDGEWARDEN,BRIDGEWARDRESS|COP|false",
				"HALL_OF_RECORDS,HALLS_OF_RECORDS|GOV|false",
				"HALL_WARDEN,HALL_WARDRESS,HALLS_WARDEN,HALLS_WARDRESS|COP|false",
				"LATEA,LATEB|X|false",
			},
		},
		{
			name: "tabari form: stems, no generated plurals",
			file: "a.agents",
			in:   "HARBOR_MASTER_  [ ~GOVHBR] ;ab 06 Jul 2005\nLAMPLIGHT  [~CVL]\nALMS SOCIETY_ [  NGO~]\n",
			want: []string{
				"HARBOR_MASTER|GOVHBR|false",
				"LAMPLIGHT*|CVL|false",
				"ALMS* SOCIETY|NGO|true",
			},
		},
		{
			name: "malformed lines",
			file: "a.agents.txt",
			in: strings.Join([]string{
				"NO_CODE",
				"BRACE_TYPO [~ENV}",
				"NO_TILDE [GOV]",
				"TWO_TILDES [~GOV~]",
				"BAD_CODE [~GO V]",
				"UNDEFINED!MARK! [~GOV]",
				"UNCLOSED!MARK [~GOV]",
				"OPEN_BRACE {X [~GOV]",
				"CLOSE_BRACE X} [~GOV]",
				"AFTER [~GOV] junk",
				"!EMPTY! = ",
				"!BAD = A",
				"{ONLY_PLURAL} [~GOV]",
				"!SELF! = A!SELF!",
				"FINE [~OK]",
			}, "\n"),
			want:     []string{"FINE,FINES|OK|false"},
			problems: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			agents, probs, err := ReadAgents(strings.NewReader(tt.in), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, a := range agents {
				b := "false"
				if a.Before {
					b = "true"
				}
				got = append(got, showPhrases(a.Names)+"|"+a.Code+"|"+b)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("agents\n got %q\nwant %q", got, tt.want)
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

func TestAgentFixture(t *testing.T) {
	f, err := os.Open("testdata/petrarch/Ardenia.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	agents, probs, err := ReadAgents(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if pl := problemLines(probs); !reflect.DeepEqual(pl, []int{14, 15, 16}) {
		t.Errorf("problems at %v, want [14 15 16]: %v", pl, probs)
	}
	if len(agents) != 8 {
		t.Fatalf("read %d agents, want 8", len(agents))
	}
	if got := showPhrases(agents[4].Names); got != "BRIDGEWARDEN,BRIDGEWARDENS,BRIDGEWARDRESS" {
		t.Errorf("substitution gave %q", got)
	}
	if a := agents[6]; a.Code != "NGO" || !a.Before || a.Pos.Line != 12 {
		t.Errorf("ALMS_SOCIETY read as %+v", a)
	}
}

func TestReadAgentsBounded(t *testing.T) {
	item := strings.Repeat("W", 4000)
	in := "!A! = " + strings.Repeat(item+",", 20) + "\n!A!!A! [~X]\n!A! [~Y]\n"
	agents, probs, err := ReadAgents(strings.NewReader(in), "a.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(agents) != 1 || agents[0].Code != "Y" || len(probs) != 1 || probs[0].Line != 2 {
		t.Errorf("agents %d, problems %v", len(agents), probs)
	}
}
