package dict

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"20090120", 20090120, true},
		{"090120", 20090120, true},
		{"291231", 20291231, true},
		{"300101", 19300101, true},
		{"991201", 19991201, true},
		{"000229", 20000229, true},
		{"19000229", 0, false},
		{"20240229", 20240229, true},
		{"20230229", 0, false},
		{"20231301", 0, false},
		{"20230431", 0, false},
		{"20230400", 0, false},
		{"2004017", 0, false},
		{"201005011", 0, false},
		{"1920030320", 0, false},
		{"2009012a", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseDate(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseCodeBlock(t *testing.T) {
	tests := []struct {
		in   string
		want DatedCode
		ok   bool
	}{
		{"ARD", DatedCode{Code: "ARD"}, true},
		{" ~OPP", DatedCode{}, false},
		{"ardgov", DatedCode{Code: "ARDGOV"}, true},
		{"ELR/GAL", DatedCode{Code: "ELR/GAL"}, true},
		{"---", DatedCode{Code: "---"}, true},
		{"### <890101", DatedCode{Code: "###", To: 19890101}, true},
		{"+++", DatedCode{Code: "+++"}, true},
		{"ARDGOV 20090120-20170120", DatedCode{"ARDGOV", 20090120, 20170120}, true},
		{"ARDGOV 991201-010114", DatedCode{"ARDGOV", 19991201, 20010114}, true},
		{"ARDGOV 950601 - 990815", DatedCode{"ARDGOV", 19950601, 19990815}, true},
		{"ARD < 950601", DatedCode{"ARD", 0, 19950601}, true},
		{"ARD\t>990816", DatedCode{"ARD", 19990816, 0}, true},
		{"  ARD  >20130119 ", DatedCode{"ARD", 20130119, 0}, true},
		{"991201-010114", DatedCode{}, false},
		{" 991201-010114", DatedCode{}, false},
		{"AAA950601-990815", DatedCode{}, false},
		{"ARD 20121204", DatedCode{}, false},
		{"ARD 20121207-20120802", DatedCode{}, false},
		{"ARD >", DatedCode{}, false},
		{"ARD 950601-", DatedCode{}, false},
		{"", DatedCode{}, false},
		{"/ARD", DatedCode{}, false},
	}
	for _, tt := range tests {
		got, err := parseCodeBlock(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseCodeBlock(%q) = %+v, %v; want %+v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestReadActors(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		in       string
		want     []string // "names|codes"
		problems []int
	}{
		{
			name: "petrarch record with synonyms",
			file: "a.actors.txt",
			in:   "ARDENIA_ [ARD]\n+ARDENIAN\n+PORT VELLIS # capital\n",
			want: []string{"ARDENIA,ARDENIAN,PORT_VELLIS|ARD"},
		},
		{
			name: "tabari stems and skips",
			file: "a.actors",
			in:   "ARDEN [ARD]\nODRIC THE_TALL  [ODR] ;note\nASHFORD_ [ASH]\n",
			want: []string{"ARDEN*|ARD", "ODRIC* THE_TALL*|ODR", "ASHFORD|ASH"},
		},
		{
			name: "several blocks on the primary line",
			file: "a.actors",
			in:   "ISOLDE_VANTH  [ARDGOV 991201-010114] [---] ;ems\n",
			want: []string{"ISOLDE_VANTH*|ARDGOV 19991201-20010114;---"},
		},
		{
			name: "indented blocks with blanks inside",
			file: "a.actors",
			in:   "TESSALY\n+TESS_PORT\n\t[TSL < 950601]\n\t[TSLGOV 950601 - 990815]\n#\t[950601-990815]\n\t[TSLREB > 990816]\n\t\nNEXT [NXT]\n",
			want: []string{"TESSALY*,TESS_PORT*|TSL 0-19950601;TSLGOV 19950601-19990815;TSLREB 19990816-0", "NEXT*|NXT"},
		},
		{
			name: "consecutive bare names share the blocks below",
			file: "a.actors.txt",
			in:   "QUEEN_MIRELLE_\nMIRELLE_OSTRAVA_\n+MIRELLE\n\t[ARDGOV 20050315-20190630]\n",
			want: []string{"QUEEN_MIRELLE,MIRELLE_OSTRAVA,MIRELLE|ARDGOV 20050315-20190630"},
		},
		{
			name:     "a blank line ends a record without code",
			file:     "a.actors.txt",
			in:       "HALL_OF_LOST_NAMES_\n+LOST_HALL\n\nDOVARRA [DOV]\n",
			want:     []string{"DOVARRA|DOV"},
			problems: []int{1},
		},
		{
			name:     "a name with its own code does not join a bare one",
			file:     "a.actors.txt",
			in:       "BARE_NAME\nDOVARRA [DOV]\n",
			want:     []string{"DOVARRA|DOV"},
			problems: []int{1},
		},
		{
			name:     "malformed blocks",
			file:     "a.actors",
			in:       "BADLINE [991201-010114] [---]\n+ORPHAN\n\t[ORP]\nGOOD [GD1\nOTHER [OTH] junk\nSTRAY] [X]\nFINE [FIN]\n\t[FINGOV 20121207-20120802]\n\t[FINMIL]\n",
			want:     []string{"FINE*|FIN;FINMIL"},
			problems: []int{1, 4, 5, 6, 8},
		},
		{
			name:     "code block before any record",
			file:     "a.actors.txt",
			in:       "\t[ARD]\n+SYN\nA [A]\n",
			want:     []string{"A|A"},
			problems: []int{1, 2},
		},
		{
			name: "finish marker",
			file: "a.actors",
			in:   "A_ [A]\n~~FINISH 16:47 CDT Thu 05 May 2005\nB_ [B]\n",
			want: []string{"A|A"},
		},
		{
			name: "crlf, latin-1 and xml comments",
			file: "a.actors.txt",
			in:   "<!-- header\r\n spans lines -->\r\nS\xc3O_VELLIS [SVL]\r\n<!-- x --> MARSK [MRK]\r\n",
			want: []string{"SÃO_VELLIS|SVL", "MARSK|MRK"},
		},
		{
			name: "lower-case codes are upper-cased",
			file: "a.actors.txt",
			in:   "PALE [pal]\n",
			want: []string{"PALE|PAL"},
		},
		{
			name: "equals suffix",
			file: "a.actors",
			in:   "MARLOW= [MRL]\n",
			want: []string{"MARLOW|MRL"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors, _, _, probs, err := ReadActors(strings.NewReader(tt.in), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, a := range actors {
				got = append(got, showPhrases(a.Names)+"|"+showCodes(a.Codes))
				if a.Pos.File != tt.file || a.Pos.Line == 0 {
					t.Errorf("bad position %v", a.Pos)
				}
			}
			if tt.want == nil {
				tt.want = []string{}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("actors\n got %q\nwant %q", got, tt.want)
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

func TestReadActorsWordLists(t *testing.T) {
	in := "<NOUN>\nBEACONS ;x\nHARBOR_GUARDS_\n</NOUN>\n< ADJECTIVE >\nGLOOMY\nBAD [X]\n</ADJECTIVE>\nARDEN [ARD]\n<VERB>\n"
	actors, nouns, adjs, probs, err := ReadActors(strings.NewReader(in), "a.actors")
	if err != nil {
		t.Fatal(err)
	}
	if got := showPhrases(nouns); got != "BEACONS*,HARBOR_GUARDS" {
		t.Errorf("nouns %q", got)
	}
	if got := showPhrases(adjs); got != "GLOOMY*" {
		t.Errorf("adjectives %q", got)
	}
	if len(actors) != 1 {
		t.Errorf("actors %v", actors)
	}
	if pl := problemLines(probs); !reflect.DeepEqual(pl, []int{7, 10}) {
		t.Errorf("problems %v", probs)
	}
}

// TestActorFixture reads testdata/petrarch/Ardenia.actors.txt and checks
// that dated codes resolve by date.
func TestActorFixture(t *testing.T) {
	f, err := os.Open("testdata/petrarch/Ardenia.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	actors, _, _, probs, err := ReadActors(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Log(p)
	}
	if pl := problemLines(probs); !reflect.DeepEqual(pl, []int{20, 25}) {
		t.Errorf("problems at %v, want [20 25]", pl)
	}
	byName := map[string]*Actor{}
	for i := range actors {
		for _, n := range actors[i].Names {
			byName[showPhrase(n)] = &actors[i]
		}
	}
	tests := []struct {
		name string
		date Date
		want string
	}{
		{"ARDENIA", 20200101, "ARD"},
		{"THE_AMBER_COAST", 0, "ARD"},
		{"MIRELLE_OSTRAVA", 19950101, "ARDELI"},
		{"QUEEN_MIRELLE", 20100101, "ARDGOV"},
		{"QUEEN_MIRELLE_OSTRAVA", 20050315, "ARDGOV"},
		{"QUEEN_MIRELLE_OSTRAVA", 20190630, "ARDGOV"},
		{"QUEEN_MIRELLE_OSTRAVA", 20190701, "ARDELI"},
		{"QUEEN_MIRELLE_OSTRAVA", 0, "ARDELI"},
		{"TOVAN_REIS", 20100101, "ARDGOV"},
		{"TOVAN_REIS", 20200101, "ARDELI"},
		{"DOVARRA", 19900101, "DOVMIL"},
		{"DOVARRA", 20000101, "DOV"},
		{"GRELLIC_COUNCIL", 0, "IGOGRL"},
	}
	for _, tt := range tests {
		a := byName[tt.name]
		if a == nil {
			t.Errorf("%s not read", tt.name)
			continue
		}
		if got, ok := a.CodeAt(tt.date); !ok || got != tt.want {
			t.Errorf("%s.CodeAt(%d) = %q, %v; want %q", tt.name, tt.date, got, ok, tt.want)
		}
	}
	for _, gone := range []string{"BROKEN_ENTRY", "LOST_SYNONYM", "LONE_NAME_WITHOUT_CODE"} {
		if byName[gone] != nil {
			t.Errorf("%s should have been skipped", gone)
		}
	}
}
