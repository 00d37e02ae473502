package dict

import (
	"errors"
	"fmt"
	"github.com/entente/entente/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type wantVerb struct {
	name, forms, code, block string
	patterns                 []string
}

func readVerbFixture(t *testing.T, name string) ([]Verb, map[string][]Phrase, []Problem) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "verbs", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	verbs, synsets, problems, err := ReadVerbs(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return verbs, synsets, problems
}

func checkVerbs(t *testing.T, got []Verb, want []wantVerb) {
	t.Helper()
	if len(got) != len(want) {
		for _, v := range got {
			t.Logf("verb %s %q", v.Pos, v.Name)
		}
		t.Fatalf("got %d verbs, want %d", len(got), len(want))
	}
	for i, w := range want {
		v := got[i]
		if v.Name != w.name || renderPhrases(v.Forms) != w.forms || renderCode(v.Code) != w.code || v.Block != w.block {
			t.Errorf("verb %d:\n got %q [%s] %s block %q\nwant %q [%s] %s block %q",
				i, v.Name, renderPhrases(v.Forms), renderCode(v.Code), v.Block, w.name, w.forms, w.code, w.block)
		}
		var pats []string
		for _, p := range v.Patterns {
			pats = append(pats, renderPattern(p))
		}
		if strings.Join(pats, "\n") != strings.Join(w.patterns, "\n") {
			t.Errorf("verb %q patterns:\n got %q\nwant %q", v.Name, pats, w.patterns)
		}
	}
}

func checkVerbSynsets(t *testing.T, got map[string][]Phrase, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d synsets, want %d", len(got), len(want))
	}
	for label, members := range want {
		if g := renderPhrases(got[label]); g != members {
			t.Errorf("synset %s:\n got %s\nwant %s", label, g, members)
		}
	}
}

// checkVerbProblems wants one problem per entry, in order: "line: part of the
// message".
func checkVerbProblems(t *testing.T, got []Problem, want []string) {
	t.Helper()
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(want):
			t.Errorf("unexpected problem %s", got[i])
		case i >= len(got):
			t.Errorf("missing problem %s", want[i])
		default:
			line, msg, _ := strings.Cut(want[i], ": ")
			if fmt.Sprint(got[i].Line) != line || !strings.Contains(got[i].Msg, msg) {
				t.Errorf("problem %d: got %s, want line %s: %s", i, got[i], line, msg)
			}
		}
	}
}

func TestReadVerbsTABARI(t *testing.T) {
	verbs, synsets, problems := readVerbFixture(t, "tabari.verbs")
	checkVerbs(t, verbs, []wantVerb{
		{"BARTER", "BARTER~", "[061]", "", []string{
			"* &COIN = [071]",
			"HAD_* WITH + = [062:063]",
			"* &TIEWORDS = [064]",
			"NOT~_* = [065]",
			"[REFUSED~|DECLINED_TO~] * = [066]",
			"$ PROPOSED~ * [FAIR|EVEN~ HANDED~]_TERMS~ = [067]",
			"% * ^ AT~ + = [068!]",
		}},
		{"FORSWEAR", "FORSWEAR, FORSWEARS, FORSWEARES, FORSWEARED, FORSWEAREN, FORSWEARING, FORSWORE, FORSWORN", "[120]", "", []string{
			"* OATH~ = [121K]",
		}},
		{"PARLEY", "PARLEY", "[030]", "", nil},
		{"RATIFY", "RATIFY, RATIFYS, RATIFYES, RATIFYED, RATIFYEN, RATIFYING, RATIFIES, RATIFIED", "[057]", "", nil},
		{"DEPLORE", "DEPLORE, DEPLORES, DEPLORED, DEPLOREN, DEPLORING", "[122]", "", nil},
		{"SIGN TREATY", "SIGN~ TREATY~", "[057]", "", nil},
		{"HALT_TALKS", "HALT_TALKS~", "[---]", "", []string{"* AT_ONCE~ = [+++]"}},
		{"JOUST", "JOUST~", "[###]", "", []string{"* BLIND~ = [125?]"}},
	})
	checkVerbSynsets(t, synsets, map[string]string{
		"COIN":     "GROAT~, SILVER~ MARK~, GOLD_CROWN, FARTHING",
		"TRADETIE": "GRAIN~, TIMBER~",
		"TIEWORDS": "GRAIN~_PACTS~, TIMBER~_PACTS~, TALKS_ON~ GRAIN~, TALKS_ON~ TIMBER~",
	})
	checkVerbProblems(t, problems, []string{
		"14: <TIME> section of 4 time-shift records",
		"41: empty alternative",
		"42: unbalanced '{'",
		"43: unbalanced '['",
		"44: no '*'",
		"45: more than one '*'",
		"46: without a [code]",
		"47: undefined synset &UNKNOWN",
		"48: unbalanced '{'; verb skipped",
		"49: empty [code]; verb skipped",
		"50: synset member outside a synset",
		"51: pattern of a skipped verb",
	})
}

func TestReadVerbsPETRARCH1(t *testing.T) {
	verbs, synsets, problems := readVerbFixture(t, "petrarch1.txt")
	send := []string{
		"* &CARGO TO + = [072]",
		"$ &AUXVERB * &FREIGHT = [073]",
		"* NEW_&CARGO_ROUTE = [074]",
		"* &RIVER_TOLL = [075]",
		"IN_* = [077:078]",
		"*_BACK = [---]",
		"* [GRAIN|SALT] = [079]",
	}
	idle := []string{"* AT + BORDER = [013]"}
	checkVerbs(t, verbs, []wantVerb{
		{"SEND", "SEND, SENDS, SENT, SENDING", "[070]", "SEND_GOODS", send},
		{"SHIP", "SHIP, SHIPS, SHIPPED, SHIPPING", "[071]", "SEND_GOODS", send},
		{"DELIVER", "DELIVER, DELIVERS, DELIVERED, DELIVERING", "[070]", "SEND_GOODS", send},
		{"CARRY", "CARRY, CARRIES, CARRIED, CARRYING", "[070]", "SEND_GOODS", send},
		{"HAUL_IN", "HAUL_IN, HAULS_IN, HAULED_IN, HAULING_IN", "[070]", "SEND_GOODS", send},
		{"RE_ROUTE", "RE_ROUTE, RE_ROUTES, RE_ROUTED, RE_ROUTING", "[070]", "SEND_GOODS", send},
		{"WIRE_TRANSFER", "WIRE_TRANSFER, WIRE_TRANSFERS, WIRE_TRANSFERRED, WIRE_TRANSFERRING", "[070]", "SEND_GOODS", send},
		{"IDLE", "IDLE, IDLES, IDLED, IDLING", "[---]", "IDLE", idle},
		{"LINGER", "LINGER, LINGERS, LINGERED, LINGERING", "[012]", "IDLE", idle},
		{"WAIT", "WAIT, WAITS, WAITED, WAITING", "[---]", "NOCODE", nil},
		{"AGREE", "AGREE, AGREES, AGREED, AGREEING", "[---]", "NOCODE", nil},
		{"DIE", "DIE, DIES, DIED, DYING", "[---]", "NOCODE", nil},
		{"PUSH", "PUSH, PUSHES, PUSHED, PUSHING", "[---]", "NOCODE", nil},
		{"PLAY", "PLAY, PLAYS, PLAYED, PLAYING", "[---]", "NOCODE", nil},
		{"TIE", "TIE, TIES, TIED, TYING", "[---]", "NOCODE", nil},
		{"DELAY", "DELAY", "[020]", "LATE_BLOCK", []string{"* &LATE = [021]"}},
	})
	// The verbs of a block share one slice of patterns.
	if &verbs[0].Patterns[0] != &verbs[6].Patterns[0] {
		t.Error("SEND and WIRE_TRANSFER do not share their block's patterns")
	}
	cargo := "SHIP, SHIPS, LORRY, LORRIES, GRAIN_BARGE, SUPPLIES, CROSS, CROSSES"
	checkVerbSynsets(t, synsets, map[string]string{
		"AUXVERB": "HAS, HAD, WILL_HAVE",
		"CARGO":   cargo,
		"FREIGHT": cargo + ", HEAVY_SHIP, HEAVY_SHIPS, HEAVY_LORRY, HEAVY_LORRIES, HEAVY_GRAIN_BARGE, HEAVY_SUPPLIES, HEAVY_CROSS, HEAVY_CROSSES" +
			", CARGO_OF_SHIP, CARGO_OF_SHIPS, CARGO_OF_LORRY, CARGO_OF_LORRIES, CARGO_OF_GRAIN_BARGE, CARGO_OF_SUPPLIES, CARGO_OF_CROSS, CARGO_OF_CROSSES",
		"RIVER_TOLL": "LEVY, LEVIES",
		"LATE":       "TARDY, TARDIES, SLOW, SLOWS",
	})
	checkVerbProblems(t, problems, []string{
		"39: undefined synset &RIVER_TAX",
		"64: undefined synset &NOWHERE",
		"65: no '*'",
		"66: without a [code]",
		"67: unbalanced '('",
		"69: block EMPTY has patterns but no verbs",
	})
}

func TestReadVerbsPETRARCH2(t *testing.T) {
	verbs, synsets, problems := readVerbFixture(t, "petrarch2.txt")
	dispatch := []string{
		"* {RELIEF CONVOY} = [073]",
		"* (TO +) = [042:043]",
		"* &ENVOY (TO {&HARBOR_WORDS CITY}) = [036]",
		"$ * (WITH {NAVAL ESCORT}) (TO +) = [074]",
		"* ([TO|TOWARD] BORDER) = [154]",
		"* (BEFORE TRIBUNAL) = [:173]",
		"* [FRESH|STALE] BREAD = [075]",
		"* DIRECT_AID = [076]",
		"* (INTO ^) = [077]",
	}
	greet := []string{"&ENVOY * (AT HARBOR) = [042]"}
	checkVerbs(t, verbs, []wantVerb{
		{"DISPATCH", "DISPATCH, DISPATCHES, DISPATCHED, DISPATCHING", "[---]", "DISPATCH", dispatch},
		{"POST", "POST, POSTS, POSTED, POSTING", "[---]", "DISPATCH", dispatch},
		{"ESCORT", "ESCORT, ESCORTS, ESCORTED, ESCORTING", "[042]", "DISPATCH", dispatch},
		{"GREET", "GREET, GREETS, GREETED, GREETING", "[041]", "GREET", greet},
		{"WAVE_AT", "WAVE_AT, WAVES_AT, WAVED_AT, WAVING_AT", "[041]", "GREET", greet},
	})
	checkVerbSynsets(t, synsets, map[string]string{
		"ENVOY":        "ENVOY, ENVOYS, EMISSARY, EMISSARIES, LEGATION_STAFF, LEGATION_STAFFS",
		"HARBOR_WORDS": "HARBOR, HARBORS, PORT, PORTS",
	})
	checkVerbProblems(t, problems, []string{
		"29: unbalanced '('",
		"30: unbalanced ')'",
		"31: empty '()'",
		"39: verb transformations are not supported",
	})
	// The code "[:173]" has only a reverse event.
	if c := verbs[0].Patterns[5].Code; c.Kind != CodeEvent || c.Main != "" || c.Paired != "173" {
		t.Errorf("[:173] read as %+v", c)
	}
	// Groups keep their bracket and nest.
	g := verbs[0].Patterns[2].After[1]
	if g.Kind != ElemGroup || g.Bracket != '(' || g.Group[1].Kind != ElemGroup || g.Group[1].Bracket != '{' {
		t.Errorf("(TO {&HARBOR_WORDS CITY}) read as %+v", g)
	}
}

func TestReadTimeShifts(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "verbs", "tabari.verbs"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	shifts, problems, err := ReadTimeShifts(f, "tabari.verbs")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range shifts {
		g := fmt.Sprintf("%d %s %s %d", s.Pos.Line, renderPhrase(s.Phrase), renderCode(s.Code), s.Days)
		for _, p := range s.Patterns {
			g += " / " + renderPattern(p)
		}
		got = append(got, g)
	}
	want := []string{
		"15 NEXT_FORTNIGHT~ [+14] 14",
		"16 A_WEEK_AGO~ [-7] -7 / * OR~ TWO~ = [-9]",
		"18 IN_LEGEND~ [###] 0",
		"19 SOMEDAY~ [---] 0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	checkVerbProblems(t, problems, []string{"20: not a number of days"})
}

func TestParseVerbPattern(t *testing.T) {
	for _, tc := range []struct {
		format verbFormat
		in     string // without the leading '-'
		want   string // rendering, or "!" and part of the problem
	}{
		// The verb splits Before from After; '_' joins, a space skips.
		{verbsTABARI, " SAID + * TO $ [030]", "SAID~ + * TO~ $ = [030]"},
		{verbsTABARI, " WOULD_*_TALKS [031]", "WOULD_*_TALKS~ = [031]"},
		{verbsTABARI, " IN_ * [032]", "IN * = [032]"},
		{verbsTABARI, " * [033]", "* = [033]"},
		// TABARI: a word is a stem unless '_' follows it; "~_" joins a stem.
		{verbsTABARI, " * OFF_ [034]", "* OFF = [034]"},
		{verbsTABARI, " RECENT~_* THE_NEAT~_PLACE [035]", "RECENT~_* THE_NEAT~_PLACE~ = [035]"},
		// PETRARCH: whole words; "X_ Y" is an open match.
		{verbsPETR1, " IN_ * BY_ + [036]", "IN * BY + = [036]"},
		{verbsPETR1, " * _OUT [036]", "* OUT = [036]"},
		// Markers and synsets, also inside phrases.
		{verbsPETR1, " % ^ $ + * NEW_&TIES_TALKS [037]", "% ^ $ + * NEW_&TIES_TALKS = [037]"},
		// TABARI alternatives, multi-word, joined to their neighbours.
		{verbsTABARI, " ASK_{ NEVER | NOT EVER }_* [038]", "ASK_[NEVER~|NOT~ EVER~]_* = [038]"},
		{verbsPETR1, " * { A | B } [039]", "* [A|B] = [039]"},
		// PETRARCH-2 groups, '/' alternatives; braces with '|' stay
		// alternatives.
		{verbsPETR2, " * {BIG ARMS DEAL} (TO +) [040]", "* {BIG ARMS DEAL} (TO +) = [040]"},
		{verbsPETR2, " * (BY/WITH {&ARMS ATTACK}) [041]", "* ([BY|WITH] {&ARMS ATTACK}) = [041]"},
		{verbsPETR2, " * { X | Y } [042]", "* [X|Y] = [042]"},
		{verbsPETR2, " * A/ [043]", "* A/ = [043]"},
		// Codes.
		{verbsTABARI, " * X [042:043]", "* X~ = [042:043]"},
		{verbsTABARI, " * X [ - - - ]", "* X~ = [---]"},
		{verbsTABARI, " * X [###]", "* X~ = [###]"},
		{verbsTABARI, " * X [+++]", "* X~ = [+++]"},
		{verbsTABARI, " * X [174K]", "* X~ = [174K]"},
		// Malformed lines.
		{verbsTABARI, " * X", "!without a [code]"},
		{verbsTABARI, " * X []", "!empty [code]"},
		{verbsTABARI, " * X [1", "!unbalanced '['"},
		{verbsTABARI, " * X ]1[", "!unbalanced"},
		{verbsTABARI, " * X [1] [2]", "!more than one [code]"},
		{verbsTABARI, " * X [1] Y", "!text after the [code]"},
		{verbsTABARI, " X Y [1]", "!no '*'"},
		{verbsTABARI, " * X * [1]", "!more than one '*'"},
		{verbsTABARI, " *X [1]", "!stray '*'"},
		{verbsTABARI, " * { X | Y [1]", "!unbalanced '{'"},
		{verbsTABARI, " * X | Y [1]", "!'|' outside"},
		{verbsTABARI, " * { X | * } [1]", "!'*' inside brackets"},
		{verbsTABARI, " * X } [1]", "!unbalanced '}'"},
		{verbsPETR2, " * (X [1]", "!unbalanced '('"},
		{verbsPETR2, " * (X }) [1]", "!unbalanced '}'"},
		{verbsPETR2, " * (X | Y) [1]", "!'|' inside"},
		{verbsPETR2, " * & [1]", "!bad synset name"},
		{verbsPETR2, " * " + strings.Repeat("(", 40) + "X" + strings.Repeat(")", 40) + " [1]", "!nested too deep"},
	} {
		p, msg := parseVerbPattern(tc.in, tc.format)
		got := renderPattern(p)
		if msg != "" {
			got = "!" + msg
		}
		if strings.HasPrefix(tc.want, "!") {
			if !strings.HasPrefix(got, "!") || !strings.Contains(got, tc.want[1:]) {
				t.Errorf("%q: got %q, want a problem %q", tc.in, got, tc.want[1:])
			}
			continue
		}
		if got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestReadVerbsSynsetNames checks that a synset name holding '_' is not
// taken for a shorter synset and words.
func TestReadVerbsSynsetNames(t *testing.T) {
	const in = `&WAR
+WAR_
&WAR_OF_WORDS
+QUARREL_
&SET_
+&WAR_OF_WORDS
+&WAR_OF_NERVES

--- FIGHT [190] ---
FIGHT
- * &WAR_OF_WORDS [111]
- * &WAR_OF_NERVES [112]
- * &WAR OF_NERVES [113]
`
	verbs, synsets, problems, err := ReadVerbs(strings.NewReader(in), "names.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range verbs[0].Patterns {
		got = append(got, renderPattern(p)+" "+p.After[0].Label)
	}
	want := []string{
		"* &WAR_OF_WORDS = [111] WAR_OF_WORDS",
		"* &WAR_OF_NERVES = [112] WAR",
		"* &WAR OF_NERVES = [113] WAR",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if g := renderPhrases(synsets["SET"]); g != "QUARREL, WAR_OF_NERVES" {
		t.Errorf("SET = %s", g)
	}
	checkVerbProblems(t, problems, nil)
}

func TestReadVerbsSynsetLoop(t *testing.T) {
	const in = `&A
+&B
+X
&B
+&A
+Y

--- V [010] ---
V
- * &A [011]
`
	_, synsets, problems, err := ReadVerbs(strings.NewReader(in), "loop.txt")
	if err != nil {
		t.Fatal(err)
	}
	if g := renderPhrases(synsets["A"]); g != "Y, YS, X, XES" {
		t.Errorf("A = %s", g)
	}
	checkVerbProblems(t, problems, []string{"1: contains itself"})
}

func TestDetectVerbFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want verbFormat
	}{
		{"ABANDON [080]\n- * X [081]", verbsTABARI},
		{"<SYNSETS>\n&X\n+Y\n</SYNSETS>\n--- X [1] ---", verbsTABARI},
		{"--- X [1] ---\nX\n- * Y [2]", verbsPETR1},
		{"--- X [1] ---\nX\n- * { A | B } [2]", verbsPETR1},
		{"--- X [1] ---\nX\n- * ( [2]", verbsPETR1},
		{"--- X [1] ---\nX\n- * (TO +) [2]", verbsPETR2},
		{"--- X [1] ---\nX\n- * {BIG DEAL} [2]", verbsPETR2},
		{"--- X [1] ---\nX\n~ a (a b X) Y = a b 1", verbsPETR2},
		{"", verbsTABARI},
	} {
		var text []string
		var sc scrubber
		for _, l := range strings.Split(tc.in, "\n") {
			text = append(text, sc.scrub(l))
		}
		if got := detectVerbFormat(text); got != tc.want {
			t.Errorf("%q: got format %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestVerbInflections(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"PROTEST", "PROTESTS PROTESTED PROTESTING"},
		{"DENY", "DENIES DENIED DENYING"},
		{"DELAY", "DELAYS DELAYED DELAYING"},
		{"RAISE", "RAISES RAISED RAISING"},
		{"AGREE", "AGREES AGREED AGREEING"},
		{"DIE", "DIES DIED DYING"},
		{"PUSH", "PUSHES PUSHED PUSHING"},
		{"TOUCH", "TOUCHES TOUCHED TOUCHING"},
		{"FAX", "FAXES FAXED FAXING"},
		{"PASS", "PASSES PASSED PASSING"},
		{"SHIP", "SHIPS SHIPED SHIPING"}, // no doubling: "{…}" lists do that
		{"X", ""},
	} {
		if got := strings.Join(verbInflections(tc.in), " "); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseVerbCode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Code
		msg  string
	}{
		{"042", Code{Main: "042"}, ""},
		{" 042:043 ", Code{Main: "042", Paired: "043"}, ""},
		{":173", Code{Paired: "173"}, ""},
		{"---", Code{Kind: CodeNull}, ""},
		{"- - -", Code{Kind: CodeNull}, ""},
		{"###", Code{Kind: CodeDiscard}, ""},
		{"+++", Code{Kind: CodeComplex}, ""},
		{"031!", Code{Main: "031!"}, ""},
		{"abc", Code{Main: "abc"}, ""},
		{"", Code{}, "empty"},
		{":", Code{}, "empty"},
	} {
		got, msg := parseVerbCode(tc.in)
		if got != tc.want || !strings.Contains(msg, tc.msg) || (tc.msg == "") != (msg == "") {
			t.Errorf("%q: got %+v %q, want %+v %q", tc.in, got, msg, tc.want, tc.msg)
		}
	}
}

func TestReadVerbsReadError(t *testing.T) {
	_, _, _, err := ReadVerbs(verbErrReader{}, "broken.verbs")
	if err == nil || !strings.Contains(err.Error(), "broken.verbs") {
		t.Errorf("got %v, want an error naming the file", err)
	}
}

type verbErrReader struct{}

func (verbErrReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

// verbsSharedDir returns ../shared next to the repository root, or skips.
func verbsSharedDir(tb testing.TB) string {
	tb.Helper()
	return sharedtest.Dir(tb)
}

// distinctPatterns counts the patterns of verbs, a block's once.
func distinctPatterns(verbs []Verb) int {
	n := 0
	seen := map[*Pattern]bool{}
	for _, v := range verbs {
		if len(v.Patterns) > 0 && !seen[&v.Patterns[0]] {
			seen[&v.Patterns[0]] = true
			n += len(v.Patterns)
		}
	}
	return n
}

// knownVerb is a verb of a real file as the reader should give it: name,
// forms, code, block and first pattern.
type knownVerb struct{ name, forms, code, block, pattern string }

func TestReadVerbsRealFiles(t *testing.T) {
	shared := verbsSharedDir(t)
	for _, tc := range []struct {
		path                               string
		verbs, patterns, synsets, problems int
		known                              []knownVerb
	}{
		{"eval/event-coding/tabari-validate-dicts/TABARI.Demo.verbs", 283, 407, 5, 1, []knownVerb{
			{"BREAK", "BREAK, BREAKS, BREAKES, BREAKED, BREAKEN, BREAKING, BROKE, BROKEN, BROKEN_DOWN", "[1717]", "",
				"+ KNOWN * IN $ = [076]"},
			{"BAN", "BAN", "[191]", "", "SAID~ * = [191]"},
			{"ACCORD", "ACCORD~", "[---]", "", "SUGGESTED_+ * DEMAND_[GENEVA|INTERNATIONAL~]_CONVENTIONS~ = [111]"},
		}},
		{"eval/event-coding/tabari-validate-dicts/CAMEO.091003.master.verbs", 1216, 15567, 0, 15, []knownVerb{
			{"ABANDON", "ABANDON~", "[---]", "", "SAID~ + MUST~ * POLICY~ = [100]"},
		}},
		{"eval/event-coding/petrarch-unittest-dicts/PETR.Validate.verbs.txt", 269, 474, 17, 0, []knownVerb{
			{"KLM_NOP_RST", "KLM_NOP_RST, KLM_NOP_RSTS, KLM_NOP_RSTED, KLM_NOP_RSTING", "[002]", "ABANDON",
				"* NEW_&TIETYPES_RELATIONS = [903]"},
		}},
		{"eval/dictionaries/phoenix/CAMEO.verbpatterns.150430.txt", 1860, 11005, 38, 6, []knownVerb{
			{"BRING_OUT", "BRING_OUT, BRINGS_OUT, BRINGING_OUT, BROUGHT_OUT", "[---]", "DESPATCH",
				"* &MILITARY_PERSONNEL TO + = [154]"},
			{"DISMISS", "DISMISS, DISMISSES, DISMISSED, DISMISSING", "[110]", "DESPATCH",
				"* &MILITARY_PERSONNEL TO + = [154]"},
		}},
		{"eval/dictionaries/phoenix/CAMEO.2.0.txt", 1817, 4663, 40, 13, []knownVerb{
			{"SPEED", "SPEED, SPEEDING, SPEEDS, SPED", "[---]", "ACCELERATE", "* (TO) = [042:043]"},
		}},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			f, err := os.Open(filepath.Join(shared, tc.path))
			if err != nil {
				t.Skipf("not here: %v", err)
			}
			defer f.Close()
			verbs, synsets, problems, err := ReadVerbs(f, filepath.Base(tc.path))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range problems {
				t.Log(p)
			}
			if n := distinctPatterns(verbs); len(verbs) != tc.verbs || n != tc.patterns || len(synsets) != tc.synsets || len(problems) != tc.problems {
				t.Errorf("got %d verbs, %d patterns, %d synsets, %d problems; want %d, %d, %d, %d",
					len(verbs), n, len(synsets), len(problems), tc.verbs, tc.patterns, tc.synsets, tc.problems)
			}
		known:
			for _, k := range tc.known {
				for _, v := range verbs {
					if v.Name != k.name {
						continue
					}
					if g := renderPhrases(v.Forms); g != k.forms || renderCode(v.Code) != k.code || v.Block != k.block {
						t.Errorf("%s: got [%s] %s %q, want [%s] %s %q", v.Name, g, renderCode(v.Code), v.Block, k.forms, k.code, k.block)
					}
					if len(v.Patterns) == 0 || renderPattern(v.Patterns[0]) != k.pattern {
						t.Errorf("%s: first pattern is not %q", v.Name, k.pattern)
					}
					continue known
				}
				t.Errorf("no verb %s", k.name)
			}
		})
	}
}

func BenchmarkReadVerbsPhoenix(b *testing.B) {
	shared := verbsSharedDir(b)
	for _, name := range []string{"CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt"} {
		data, err := os.ReadFile(filepath.Join(shared, "eval", "dictionaries", "phoenix", name))
		if err != nil {
			b.Skipf("not here: %v", err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, _, _, err := ReadVerbs(strings.NewReader(string(data)), name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ExampleReadVerbs() {
	const file = `
&ENVOYS_
+ENVOY
+EMISSARY

--- SEND_ENVOY [036] ---
DISPATCH
SEND {SENDS SENT SENDING} [032]
- * &ENVOYS TO + [042]
`
	verbs, synsets, problems, err := ReadVerbs(strings.NewReader(file), "example.txt")
	if err != nil {
		panic(err)
	}
	for _, v := range verbs {
		fmt.Println(v.Name, v.Forms, v.Code.Main, len(v.Patterns))
	}
	fmt.Println(synsets["ENVOYS"], len(problems))
	// Output:
	// DISPATCH [DISPATCH_ DISPATCHES_ DISPATCHED_ DISPATCHING_] 036 1
	// SEND [SEND_ SENDS_ SENT_ SENDING_] 032 1
	// [ENVOY_ EMISSARY_] 0
}
