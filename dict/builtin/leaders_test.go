package builtin_test

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
)

// readActorsFile reads one built-in actors file with the coder's reader and
// fails the test on any problem.
func readActorsFile(t *testing.T, name string) []dict.Actor {
	t.Helper()
	data, err := fs.ReadFile(builtin.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	actors, _, _, problems, err := dict.ReadActors(strings.NewReader(string(data)), name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, p := range problems {
		t.Errorf("%s", p)
	}
	return actors
}

// peopleFiles are the actors files that hold people with dated terms.
var peopleFiles = []string{"leaders.actors.txt", "world-leaders.actors.txt"}

// readPeople reads every record of peopleFiles.
func readPeople(t *testing.T) []dict.Actor {
	t.Helper()
	var all []dict.Actor
	for _, f := range peopleFiles {
		all = append(all, readActorsFile(t, f)...)
	}
	return all
}

func TestLeadersRead(t *testing.T) {
	// leaders.actors.txt is meant to hold every holder of the covered
	// offices since 2000, world-leaders.actors.txt the heads of state and
	// government of the other states; counts far below these mean records
	// were lost.
	for file, least := range map[string]int{"leaders.actors.txt": 250, "world-leaders.actors.txt": 900} {
		if n := len(readActorsFile(t, file)); n < least {
			t.Errorf("%s: %d person records, want at least %d", file, n, least)
		}
	}
}

// TestWorldLeadersCover checks that every state has at least one head of
// state or government in the people files.
func TestWorldLeadersCover(t *testing.T) {
	have := map[string]bool{}
	for _, a := range readPeople(t) {
		for _, c := range a.Codes {
			if strings.HasSuffix(c.Code, "GOV") && len(c.Code) == 6 {
				have[c.Code[:3]] = true
			}
		}
	}
	var missing []string
	for _, a := range readActorsFile(t, "countries.actors.txt") {
		if len(a.Codes) != 1 || len(a.Codes[0].Code) != 3 || a.Codes[0].Code == "---" {
			continue
		}
		if c := a.Codes[0].Code; !have[c] && !exemptFromLeaders[c] {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d states without a head of state or government: %v", len(missing), missing)
	}
}

// exemptFromLeaders are records of the countries file that are not states
// with a government of their own, or whose heads of state rotate every six
// months (San Marino's captains regent).
var exemptFromLeaders = map[string]bool{"HKG": true, "MAC": true, "GRL": true, "SMR": true}

// TestLeadersCodeAt checks what the coder gets for a person on a day: the
// office in office, the elite code out of it, and the standing at writing
// when the date is unknown.
func TestLeadersCodeAt(t *testing.T) {
	byName := map[string]*dict.Actor{}
	actors := readPeople(t)
	for i := range actors {
		for _, n := range actors[i].Names {
			byName[n.String()] = &actors[i]
		}
	}
	tests := []struct {
		name string
		day  dict.Date
		want string
	}{
		{"VLADIMIR_PUTIN_", 19990101, "RUSELI"},
		{"PUTIN_", 20050101, "RUSGOV"},
		{"PUTIN_", 20100101, "RUSGOV"}, // prime minister
		{"PUTIN_", 20240619, "RUSGOV"},
		{"PUTIN_", 0, "RUSGOV"},
		{"DMITRY_MEDVEDEV_", 20090101, "RUSGOV"},
		// world-leaders.actors.txt
		{"ROBERT_MUGABE_", 20000101, "ZWEGOV"},
		{"ROBERT_MUGABE_", 20180101, "ZWEELI"},
		{"EDUARD_SHEVARDNADZE_", 19880101, "RUSGOV"}, // Soviet foreign minister
		{"EDUARD_SHEVARDNADZE_", 20000101, "GEOGOV"},
		{"EDUARD_SHEVARDNADZE_", 20100101, "GEOELI"},
		{"ABDELAZIZ_BOUTEFLIKA_", 20100101, "DZAGOV"},
		{"JONAS_SAVIMBI_", 19900101, "AGOREB"},
		{"AHMED_AL-SHARAA_", 20200101, "SYRREB"},
		{"AHMED_AL-SHARAA_", 20250101, "SYRGOV"},
		{"SERGEY_LAVROV_", 20240619, "RUSGOV"},
		{"SHOIGU_", 20200101, "RUSGOVMIL"},
		{"SHOIGU_", 20250101, "RUSGOV"},
		{"ANDREI_BELOUSOV_", 20240620, "RUSGOVMIL"},
		{"ZELENSKY_", 20180101, "UKRELI"},
		{"ZELENSKYY_", 20190520, "UKRGOV"},
		{"VOLODYMYR_ZELENSKIY_", 20240619, "UKRGOV"},
		{"JOE_BIDEN_", 20100101, "USAGOV"}, // vice president
		{"JOE_BIDEN_", 20190101, "USAELI"},
		{"BIDEN_", 20220101, "USAGOV"},
		{"BIDEN_", 20260101, "USAELI"},
		{"BIDEN_", 0, "USAELI"},
		{"DONALD_TRUMP_", 20230101, "USAELI"},
		{"TRUMP_", 20250120, "USAGOV"},
		{"PETE_HEGSETH_", 20250601, "USAGOVMIL"},
		{"KIM_JONG_UN_", 20240619, "PRKGOV"},
		{"KIM_JONG-UN_", 20240619, "PRKGOV"},
		{"KIM_JONG-UN_", 20100101, "PRKELI"},
		{"KIM_JONG_IL_", 20240619, "PRKELI"},
		{"CHOE_SON_HUI_", 20240619, "PRKGOV"},
		{"TO_LAM_", 20240620, "VNMGOV"},
		{"TÔ_LÂM_", 20240620, "VNMGOV"},
		{"NGUYEN_PHU_TRONG_", 20240620, "VNMGOV"},
		{"NGUYỄN_PHÚ_TRỌNG_", 20250101, "VNMELI"},
		{"PHAM_MINH_CHINH_", 20240620, "VNMGOV"},
		{"XI_JINPING_", 20240620, "CHNGOV"},
		{"WANG_YI_", 20240620, "CHNGOV"},
		{"JENS_STOLTENBERG_", 20100101, "NORGOV"},
		{"STOLTENBERG_", 20240619, "IGOWSTNAT"},
		{"STOLTENBERG_", 20241015, "NORELI"},
		{"MARK_RUTTE_", 20250101, "IGOWSTNAT"},
		{"ANTONIO_GUTERRES_", 20240619, "IGOUNO"},
		{"URSULA_VON_DER_LEYEN_", 20150101, "DEUGOVMIL"},
		{"URSULA_VON_DER_LEYEN_", 20240619, "IGOEUREEC"},
		{"RECEP_TAYYIP_ERDOGAN_", 20240619, "TURGOV"},
		{"MOHAMMED_BIN_SALMAN_", 20200101, "SAUGOVMIL"},
		{"MBS_", 20240619, "SAUGOV"},
		{"PRINCE_CHARLES_", 20200101, "GBRELI"},
		{"KING_CHARLES_III_", 20240619, "GBRGOV"},
		{"JOHN_HEALEY_", 20250101, "GBRGOVMIL"},
		{"FUMIO_KISHIDA_", 20240619, "JPNGOV"},
		{"YOON_SUK_YEOL_", 20240619, "KORGOV"},
		{"LEE_JAE-MYUNG_", 20250604, "KORGOV"},
		{"ALI_KHAMENEI_", 20240619, "IRNGOV"},
		{"EBRAHIM_RAISI_", 20240619, "IRNELI"},
	}
	for _, tt := range tests {
		a := byName[tt.name]
		if a == nil {
			t.Errorf("%s: no record", tt.name)
			continue
		}
		if got, ok := a.CodeAt(tt.day); !ok || got != tt.want {
			t.Errorf("%s on %d: %q, %v; want %q", tt.name, tt.day, got, ok, tt.want)
		}
	}
}

// personRoles are the role blocks a person's code may carry after the
// state's code: offices, and for the leaders of armed movements and
// oppositions in world-leaders.actors.txt REB, UAF and OPP.
var personRoles = map[string]bool{
	"GOV": true, "GOVMIL": true, "MIL": true, "SPY": true, "JUD": true, "LEG": true, "ELI": true,
	"REB": true, "UAF": true, "OPP": true,
}

// TestLeadersCodes checks that every code names a state of
// countries.actors.txt with a person's role, or is an organisation's code
// from igos.actors.txt, and that each record's blocks make one time line:
// "[XXXELI <day]" first, then periods that follow each other day after
// day, the last one open, no undated block. That shape is what makes
// CodeAt give the office on every day and the standing at writing on an
// unknown one.
func TestLeadersCodes(t *testing.T) {
	states := map[string]bool{}
	for _, a := range readActorsFile(t, "countries.actors.txt") {
		if len(a.Codes) == 1 && len(a.Codes[0].Code) == 3 && a.Codes[0].Code != "---" {
			states[a.Codes[0].Code] = true
		}
	}
	igos := map[string]bool{}
	for _, a := range readActorsFile(t, "igos.actors.txt") {
		for _, c := range a.Codes {
			igos[c.Code] = true
		}
	}
	for _, a := range readPeople(t) {
		name := a.Names[0].String()
		for _, c := range a.Codes {
			ok := igos[c.Code] || len(c.Code) > 3 && states[c.Code[:3]] && personRoles[c.Code[3:]]
			if !ok {
				t.Errorf("%s %s: code %s names no known state and role nor organisation", a.Pos, name, c.Code)
			}
		}
		cs := a.Codes
		first, last := cs[0], cs[len(cs)-1]
		if first.From != 0 || first.To == 0 || !strings.HasSuffix(first.Code, "ELI") {
			t.Errorf("%s %s: first block %+v, want [XXXELI <day]", a.Pos, name, first)
		}
		if last.To != 0 || last.From == 0 {
			t.Errorf("%s %s: last block %+v, want an open [CODE >day]", a.Pos, name, last)
		}
		home := first.Code[:3]
		for i, c := range cs {
			if strings.HasSuffix(c.Code, "ELI") && c.Code != home+"ELI" {
				t.Errorf("%s %s: %s out of office, want %sELI throughout", a.Pos, name, c.Code, home)
			}
			if i == 0 {
				continue
			}
			prev := cs[i-1]
			if prev.To == 0 || c.From != nextDay(prev.To) {
				t.Errorf("%s %s: block %d starts %d, want the day after %d", a.Pos, name, i, c.From, prev.To)
			}
			if c.Code == prev.Code {
				t.Errorf("%s %s: blocks %d and %d both %s; merge them", a.Pos, name, i-1, i, c.Code)
			}
		}
	}
}

// nextDay returns the day after d (yyyymmdd).
func nextDay(d dict.Date) dict.Date {
	y, m, day := int(d/10000), int(d/100%100), int(d%100)
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days[2] = 29
	}
	day++
	if day > days[m] {
		day, m = 1, m+1
	}
	if m > 12 {
		m, y = 1, y+1
	}
	return dict.Date(y*10000 + m*100 + day)
}

// TestLeadersNames checks the naming rules: no name of a person in another
// record of any built-in actors file, a folded ASCII form beside every name
// with diacritics, and no surname that many people share on its own.
func TestLeadersNames(t *testing.T) {
	owner := map[string]string{} // name -> "file:line"
	for _, file := range builtin.Names() {
		if !strings.HasSuffix(file, ".actors.txt") || slices.Contains(peopleFiles, file) {
			continue
		}
		for _, a := range readActorsFile(t, file) {
			for _, n := range a.Names {
				owner[n.String()] = a.Pos.String()
			}
		}
	}
	never := map[string]bool{
		"KIM_": true, "LEE_": true, "PARK_": true, "MOON_": true, "YOON_": true, "LI_": true,
		"WANG_": true, "SINGH_": true, "NGUYEN_": true, "KIRCHNER_": true, "BUSH_": true,
		"CLINTON_": true, "TUSK_": true, "PENCE_": true, "MAY_": true,
	}
	for _, a := range readPeople(t) {
		var ascii []string
		for _, n := range a.Names {
			s := n.String()
			if o, ok := owner[s]; ok {
				t.Errorf("%s: %s also in %s", a.Pos, s, o)
			}
			owner[s] = a.Pos.String()
			if never[s] {
				t.Errorf("%s: surname %s alone is an entry", a.Pos, s)
			}
			if isASCII(s) {
				ascii = append(ascii, s)
			}
		}
		for _, n := range a.Names {
			s := n.String()
			if isASCII(s) {
				continue
			}
			found := false
			for _, f := range ascii {
				found = found || strings.Count(f, "_") == strings.Count(s, "_")
			}
			if !found {
				t.Errorf("%s: %s has no ASCII form of the same length", a.Pos, s)
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
