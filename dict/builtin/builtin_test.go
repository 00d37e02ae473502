package builtin

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The checks here read the files with a small reader of their own, kept
// stricter than the format needs: every word upper case and stopped with
// '_', codes in three-letter blocks, dates that exist. That keeps the files
// uniform whatever the general reader in package dict forgives.

// block is one code block of a record: "[KORGOV <20220510]".
type block struct {
	code     string
	from, to int // yyyymmdd, inclusive; 0 = open
}

// record is one actor record: a primary name, its synonyms, its codes.
type record struct {
	file  string
	line  int
	names []string // as written: "NORTH_KOREA_"
	codes []block
}

func (r record) String() string { return fmt.Sprintf("%s:%d %s", r.file, r.line, r.names[0]) }

var (
	// A word is letters, digits and the punctuation names carry ("U.S.",
	// "D'IVOIRE", "GUINEA-BISSAU", "RFE/RL"); a phrase is words each
	// followed by '_'.
	phraseRE = regexp.MustCompile(`^(?:[\p{Lu}\p{N}.'&/-]+_)+$`)
	blockRE  = regexp.MustCompile(`^\[(---|(?:[A-Z]{3})+)(?: (?:([<>])(\d{8})|(\d{8})-(\d{8})))?\]`)
)

// parseActors reads one actors file and returns its records and what is
// wrong with it.
func parseActors(name, text string) ([]record, []string) {
	var (
		recs     []record
		problems []string
	)
	bad := func(n int, format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: ", name, n)+fmt.Sprintf(format, args...))
	}
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		if strings.ContainsAny(raw, "\r\t") && !strings.HasPrefix(raw, "\t[") {
			bad(n, "stray CR or tab")
		}
		s := raw
		if j := strings.IndexByte(s, '#'); j >= 0 {
			s = s[:j]
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		if strings.ContainsRune(s, ';') {
			// Package dict's reader cuts a line at ';' as at '#'.
			bad(n, "';' outside a comment")
			continue
		}
		switch {
		case s[0] == ' ' || s[0] == '\t':
			if len(recs) == 0 {
				bad(n, "code line before any record")
				continue
			}
			codes, msg := parseBlocks(strings.TrimSpace(s))
			if msg != "" || len(codes) == 0 {
				bad(n, "bad code line %q: %s", s, msg)
				continue
			}
			recs[len(recs)-1].codes = append(recs[len(recs)-1].codes, codes...)
		case s[0] == '+':
			if len(recs) == 0 {
				bad(n, "synonym before any record")
				continue
			}
			p := strings.TrimRight(s[1:], " ")
			if !phraseRE.MatchString(p) || p != strings.ToUpper(p) {
				bad(n, "bad synonym %q", p)
				continue
			}
			recs[len(recs)-1].names = append(recs[len(recs)-1].names, p)
		default:
			p, rest, _ := strings.Cut(s, " ")
			if !phraseRE.MatchString(p) || p != strings.ToUpper(p) {
				bad(n, "bad name %q", p)
				continue
			}
			codes, msg := parseBlocks(strings.TrimSpace(rest))
			if msg != "" {
				bad(n, "bad codes %q: %s", rest, msg)
				continue
			}
			recs = append(recs, record{file: name, line: n, names: []string{p}, codes: codes})
		}
	}
	for i := range recs {
		if len(recs[i].codes) == 0 {
			problems = append(problems, recs[i].String()+": no code")
		}
	}
	return recs, problems
}

// parseBlocks reads "[CODE] [CODE <DATE]…".
func parseBlocks(s string) ([]block, string) {
	var out []block
	for s != "" {
		m := blockRE.FindStringSubmatch(s)
		if m == nil {
			return nil, "not a code block: " + s
		}
		b := block{code: m[1]}
		var err error
		switch {
		case m[2] == "<":
			b.to, err = day(m[3])
		case m[2] == ">":
			b.from, err = day(m[3])
		case m[4] != "":
			if b.from, err = day(m[4]); err == nil {
				b.to, err = day(m[5])
			}
			if err == nil && b.from > b.to {
				err = fmt.Errorf("interval ends before it starts")
			}
		}
		if err != nil {
			return nil, err.Error()
		}
		out = append(out, b)
		s = strings.TrimLeft(s[len(m[0]):], " ")
	}
	return out, ""
}

// day checks that s is a real yyyymmdd day.
func day(s string) (int, error) {
	t, err := time.Parse("20060102", s)
	if err != nil {
		return 0, fmt.Errorf("no such day %s", s)
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day(), nil
}

// readAll reads every built-in actors file with the test's reader.
func readAll() (map[string][]record, []string, error) {
	out := map[string][]record{}
	var problems []string
	for _, name := range Names() {
		if !strings.HasSuffix(name, ".actors.txt") {
			continue
		}
		data, err := fs.ReadFile(FS(), name)
		if err != nil {
			return nil, nil, err
		}
		recs, p := parseActors(name, string(data))
		out[name] = recs
		problems = append(problems, p...)
	}
	return out, problems, nil
}

// loadAll returns the records of every actors file; the files' syntax is
// TestActorSyntax's business, so here a problem only stops the test.
func loadAll(t *testing.T) map[string][]record {
	t.Helper()
	all, problems, err := readAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("%d syntax problems; see TestActorSyntax", len(problems))
	}
	return all
}

func TestActorSyntax(t *testing.T) {
	all, problems, err := readAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	for _, want := range []string{"countries.actors.txt", "igos.actors.txt", "media.actors.txt", "regions.actors.txt"} {
		if len(all[want]) == 0 {
			t.Errorf("%s: missing or empty", want)
		}
	}
}

// states lists the ISO 3166-1 alpha-3 codes of the 193 UN member states,
// then the two observer states (VAT, PSE), Kosovo (XKX) and Taiwan (TWN).
var states = strings.Fields(`
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE
BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE
PRK COD DNK DJI DMA DOM
ECU EGY SLV GNQ ERI EST SWZ ETH
FJI FIN FRA
GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN
ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR
KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX
MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN
PAK PLW PAN PNG PRY PER PHL POL PRT
QAT
KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR
TJK THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR TZA USA URY UZB
VUT VEN VNM
YEM
ZMB ZWE
VAT PSE XKX TWN
`)

// territories have records of their own beside the states.
var territories = []string{"HKG", "MAC", "GRL"}

// roles are the CAMEO role blocks the countries file puts after a state.
var roles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "SPY": true, "COP": true}

// regions are CAMEO's international region codes.
var regions = strings.Fields("AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST")

func TestStateList(t *testing.T) {
	if len(states) != 197 {
		t.Fatalf("the test's own list has %d codes, want 193+2+2", len(states))
	}
	seen := map[string]bool{}
	for _, c := range states {
		if seen[c] {
			t.Fatalf("the test's own list has %s twice", c)
		}
		seen[c] = true
	}
}

// countryCodes returns how many records of the countries file carry each
// bare three-letter code.
func countryCodes(recs []record) map[string]int {
	n := map[string]int{}
	for _, r := range recs {
		if len(r.codes) == 1 && len(r.codes[0].code) == 3 && r.codes[0].code != "---" {
			n[r.codes[0].code]++
		}
	}
	return n
}

func TestEveryStateOnce(t *testing.T) {
	recs := loadAll(t)["countries.actors.txt"]
	got := countryCodes(recs)
	want := map[string]bool{}
	for _, c := range append(append([]string{}, states...), territories...) {
		want[c] = true
		if got[c] != 1 {
			t.Errorf("%s: %d country records, want 1", c, got[c])
		}
	}
	for c := range got {
		if !want[c] {
			t.Errorf("%s: country record for a code not in the list", c)
		}
	}
}

func TestCodes(t *testing.T) {
	all := loadAll(t)
	country := countryCodes(all["countries.actors.txt"])
	isRegion := map[string]bool{"---": true}
	for _, r := range regions {
		isRegion[r] = true
	}
	for file, recs := range all {
		for _, r := range recs {
			for _, b := range r.codes {
				c := b.code
				var ok bool
				switch file {
				case "countries.actors.txt":
					ok = c == "---" || country[c[:3]] == 1 && allRoles(c[3:])
				case "igos.actors.txt":
					ok = strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO")
				case "media.actors.txt":
					ok = len(c) == 6 && country[c[:3]] == 1 && c[3:] == "MED"
				case "regions.actors.txt":
					ok = isRegion[c]
				case "organizations.actors.txt":
					// A state's code with roles, or an international
					// militarised group (IMG, a religion, three letters).
					ok = country[c[:3]] == 1 && orgRoles(c[3:]) || len(c) == 9 && strings.HasPrefix(c, "IMG")
				default:
					ok = c == "---" || country[c[:3]] == 1 || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO")
				}
				if !ok {
					t.Errorf("%s: code %s does not fit %s", r, c, file)
				}
			}
		}
	}
}

// orgRoles reports whether s is one role block an organisation of
// organizations.actors.txt may carry.
func orgRoles(s string) bool {
	switch s {
	case "REB", "UAF", "OPP", "GOV", "MIL", "BUS":
		return true
	}
	return false
}

// allRoles reports whether s is a run of known role blocks.
func allRoles(s string) bool {
	for ; s != ""; s = s[3:] {
		if !roles[s[:3]] {
			return false
		}
	}
	return true
}

func TestNoDuplicateNames(t *testing.T) {
	primary := map[string]record{}
	seen := map[string]record{}
	for _, recs := range loadAll(t) {
		for _, r := range recs {
			if o, ok := primary[r.names[0]]; ok {
				t.Errorf("primary name %s in %s and %s", r.names[0], o, r)
			}
			primary[r.names[0]] = r
			for _, n := range r.names {
				if o, ok := seen[n]; ok {
					t.Errorf("name %s in %s and %s", n, o, r)
				}
				seen[n] = r
			}
		}
	}
}

// matcher finds actors in text the way the coder does: tokens split at
// spaces, the typographic apostrophe folded to "'", a possessive 's on its
// own, and the longest phrase at the earliest token.
type matcher struct {
	phrases map[string]record
	longest int
}

func newMatcher(all map[string][]record) *matcher {
	m := &matcher{phrases: map[string]record{}}
	for _, recs := range all {
		for _, r := range recs {
			for _, n := range r.names {
				m.phrases[n] = r
				if k := strings.Count(n, "_"); k > m.longest {
					m.longest = k
				}
			}
		}
	}
	return m
}

func tokens(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToUpper(strings.ReplaceAll(s, "’", "'"))) {
		if strings.HasSuffix(w, "'S") && len(w) > 2 {
			out = append(out, strings.TrimSuffix(w, "'S"))
			w = "'S"
		}
		out = append(out, w)
	}
	return out
}

// first returns the first actor in s and its code on day d (yyyymmdd).
func (m *matcher) first(s string, d int) (string, bool) {
	toks := tokens(s)
	for i := range toks {
		for k := min(m.longest, len(toks)-i); k > 0; k-- {
			r, ok := m.phrases[strings.Join(toks[i:i+k], "_")+"_"]
			if ok {
				return codeOn(r.codes, d)
			}
		}
	}
	return "", false
}

// codeOn picks the block valid on day d: a dated one that holds d, else
// an undated one.
func codeOn(bs []block, d int) (string, bool) {
	for _, b := range bs {
		if (b.from != 0 || b.to != 0) && (b.from == 0 || d >= b.from) && (b.to == 0 || d <= b.to) {
			return b.code, true
		}
	}
	for _, b := range bs {
		if b.from == 0 && b.to == 0 {
			return b.code, true
		}
	}
	return "", true
}

func TestSpotChecks(t *testing.T) {
	m := newMatcher(loadAll(t))
	const today = 20260101
	tests := []struct {
		text string
		day  int
		want string // "" = an actor with no code that day; "none" = no actor
	}{
		{"Pyongyang", today, "PRK"},
		{"North Korea's leader", today, "PRK"},
		{"Rome Statute", today, "---"},
		{"North Korea’s", today, "PRK"},
		{"the Democratic People's Republic of Korea", today, "PRK"},
		{"the Democratic People’s Republic of Korea", today, "PRK"},
		{"DPRK", today, "PRK"},
		{"North Korean", today, "PRK"},
		{"South Korea", today, "KOR"},
		{"Republic of Korea", today, "KOR"},
		{"ROK", today, "KOR"},
		{"Seoul", today, "KOR"},
		{"Korea's exports", today, "KOR"},
		{"the Korean Peninsula", today, "none"},
		{"the Blue House", 20200101, "KORGOV"},
		{"the Blue House", today, ""},
		{"Vietnamese leaders", today, "VNM"},
		{"Hanoi", today, "VNM"},
		{"Viet Nam", today, "VNM"},
		{"Moscow", today, "RUS"},
		{"the Kremlin", today, "RUSGOV"},
		{"Russian President Vladimir Putin", today, "RUS"},
		{"Washington", today, "USA"},
		{"the United States", today, "USA"},
		{"U.S.", today, "USA"},
		{"US", today, "USA"},
		{"USA", today, "USA"},
		{"America", today, "USA"},
		{"American", today, "USA"},
		{"the White House", today, "USAGOV"},
		{"the Pentagon", today, "USAMIL"},
		{"the State Department", today, "USAGOV"},
		{"The US State Department said", today, "USAGOV"},
		{"Foggy Bottom", today, "USAGOV"},
		{"New Mexico", today, "USA"},
		{"Latin America", today, "LAM"},
		{"Beijing", today, "CHN"},
		{"Chinese", today, "CHN"},
		{"Zhongnanhai", today, "CHNGOV"},
		{"People's Republic of China", today, "CHN"},
		{"Republic of China", today, "TWN"},
		{"Taipei", today, "TWN"},
		{"Kyiv", today, "UKR"},
		{"Kiev", today, "UKR"},
		{"western Ukraine", today, "UKR"},
		{"Tokyo", today, "JPN"},
		{"United Kingdom", today, "GBR"},
		{"UK", today, "GBR"},
		{"Britain", today, "GBR"},
		{"British", today, "GBR"},
		{"Great Britain", today, "GBR"},
		{"Downing Street", today, "GBRGOV"},
		{"Whitehall", today, "GBRGOV"},
		{"the Elysee", today, "FRAGOV"},
		{"the Élysée", today, "FRAGOV"},
		{"Quai d'Orsay", today, "FRAGOV"},
		{"Burma", today, "MMR"},
		{"Swaziland", today, "SWZ"},
		{"Ivory Coast", today, "CIV"},
		{"Côte d'Ivoire", today, "CIV"},
		{"Cote d'Ivoire", today, "CIV"},
		{"Czechia", today, "CZE"},
		{"Czech Republic", today, "CZE"},
		{"Türkiye", today, "TUR"},
		{"Turkey", today, "TUR"},
		{"Georgian", today, "GEO"},
		{"Dominican", today, "DOM"},
		{"Dominica", today, "DMA"},
		{"Congo", today, "COD"},
		{"Democratic Republic of the Congo", today, "COD"},
		{"Republic of the Congo", today, "COG"},
		{"Niger", today, "NER"},
		{"Niger Delta", today, "NGA"},
		{"Guinea-Bissau", today, "GNB"},
		{"Guinea Bissau", today, "GNB"},
		{"Papua New Guinea", today, "PNG"},
		{"South Sudan", today, "SSD"},
		{"Sudan", today, "SDN"},
		{"Northern Ireland", today, "GBR"},
		{"Irish", today, "IRL"},
		{"Kosovo", today, "XKX"},
		{"Holy See", today, "VAT"},
		{"Gaza", today, "PSE"},
		{"the West Bank", today, "PSE"},
		{"the West", today, "WST"},
		{"Western countries", today, "WST"},
		{"South China Sea", today, "---"},
		{"Gulf of Mexico", today, "---"},
		{"National Security Council", today, "---"},
		{"Security Council", today, "IGOUNO"},
		{"U.N. sanctions", today, "IGOUNO"},
		{"UN Secretary-General", today, "IGOUNO"},
		{"NATO", today, "IGOWSTNAT"},
		{"EU", today, "IGOEUREEC"},
		{"Brussels", today, "IGOEUREEC"},
		{"European Parliament", today, "IGOEUREECLEG"},
		{"ASEAN", today, "IGOSEAASN"},
		{"African Union", today, "IGOAFRAFU"},
		{"Arab League", today, "IGOMEAARL"},
		{"UNHCR", today, "IGOUNOREFHCR"},
		{"the WHO", today, "IGOUNOHLHWHO"},
		{"who said", today, "none"},
		{"Amnesty International", today, "NGOHRIAMN"},
		{"an amnesty", today, "none"},
		{"Red Cross", today, "NGOHLHIRC"},
		{"Interfax", today, "RUSMED"},
		{"TASS", today, "RUSMED"},
		{"KCNA", today, "PRKMED"},
		{"Korean Central News Agency", today, "PRKMED"},
		{"Yonhap", today, "KORMED"},
		{"Xinhua", today, "CHNMED"},
		{"Kyodo", today, "JPNMED"},
		{"VNA", today, "VNMMED"},
		{"Anadolu", today, "TURMED"},
		{"IRNA", today, "IRNMED"},
		{"Al Jazeera", today, "QATMED"},
		{"Reuters", today, "GBRMED"},
		{"AP", today, "USAMED"},
		{"AFP", today, "FRAMED"},
		{"the Washington Post", today, "USAMED"},
		{"the Guardian", today, "GBRMED"},
		{"the Guardian Council", today, "IRNGOV"},
		{"English", today, "none"},
	}
	for _, tt := range tests {
		got, ok := m.first(tt.text, tt.day)
		if !ok {
			got = "none"
		}
		if got != tt.want {
			t.Errorf("%q on %d: got %q, want %q", tt.text, tt.day, got, tt.want)
		}
	}
}

// TestStateNames checks that every state record gives at least its name,
// an adjective or demonym, and its capital: three names or more.
func TestStateNames(t *testing.T) {
	want := map[string]bool{}
	for _, c := range states {
		want[c] = true
	}
	for _, r := range loadAll(t)["countries.actors.txt"] {
		if len(r.codes) == 1 && want[r.codes[0].code] && len(r.names) < 3 {
			t.Errorf("%s: %d names, want the name, an adjective and the capital at least", r, len(r.names))
		}
	}
}
