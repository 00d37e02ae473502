package timex

import "strings"

// tense is the time of a clause relative to the document's writing,
// read from its auxiliaries and verb forms. It needs no parser: the
// nearest verb group to the expression decides.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// maxTenseWindow is how many tokens the look for a verb group goes
// before and after an expression.
const maxTenseWindow = 24

// tenseAround returns the tense of the clause of the tokens [i, j): the
// nearest verb group before them, else the nearest after them (for a
// fronted "On Thursday, Putin will …"), stopping at clause punctuation.
func tenseAround(t []token, i, j int) tense {
	for k := i - 1; k >= 0 && k >= i-maxTenseWindow; k-- {
		if hardBoundary(t[k]) {
			break
		}
		if te, ok := tenseCue(t, k); ok {
			return te
		}
	}
	for k := j; k < len(t) && k < j+maxTenseWindow; k++ {
		if hardBoundary(t[k]) {
			break
		}
		if te, ok := tenseCue(t, k); ok {
			return te
		}
	}
	return tenseNone
}

// hardBoundary reports whether t ends a clause for the tense look-up.
func hardBoundary(t token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch t.low {
	case ";", ":", "(", ")", "[", "]", "—", "–", "?", "!":
		return true
	}
	return false
}

// tenseCue classifies the token at k as the head of a verb group.
func tenseCue(t []token, k int) (tense, bool) {
	tk := t[k]
	if tk.kind != tokWord {
		return tenseNone, false
	}
	w := tk.low
	next := func(n int) string {
		if k+n < len(t) {
			return t[k+n].low
		}
		return ""
	}
	prev := ""
	if k > 0 {
		prev = t[k-1].low
	}
	switch w {
	case "will", "shall", "would", "could", "might", "should", "must", "can", "may":
		if w == "may" && tk.cap {
			return tenseNone, false
		}
		return tenseFuture, true
	case "ll":
		if prev == "'" || prev == "’" {
			return tenseFuture, true
		}
		return tenseNone, false
	case "won":
		if (next(1) == "'" || next(1) == "’") && next(2) == "t" {
			return tenseFuture, true
		}
		return tensePast, true
	case "was", "were":
		if next(1) == "to" {
			return tenseFuture, true
		}
		return tensePast, true
	case "had", "did", "has", "have":
		if next(1) == "to" {
			return tenseFuture, true
		}
		return tensePast, true
	case "is", "are", "am":
		n := next(1)
		if n == "not" {
			n = next(2)
		}
		switch {
		case n == "to" || n == "going" || n == "due" || n == "set" || n == "expected" ||
			n == "scheduled" || n == "slated" || n == "poised" || n == "likely" || n == "about":
			return tenseFuture, true
		case len(n) > 4 && strings.HasSuffix(n, "ing") && n != "being":
			return tenseFuture, true
		}
		return tensePresent, true
	case "says", "say", "tells", "thinks", "believes":
		return tensePresent, true
	case "to":
		// "expected to visit", "the programme to run through June".
		// "agreed to sell … in October": the finite verb decides.
		if futureBeforeTo[prev] {
			return tenseFuture, true
		}
		if k > 0 && t[k-1].kind == tokWord && !t[k-1].cap && (pastIrregular[prev] || isPastEd(prev)) &&
			(k < 2 || !beForms[t[k-2].low]) {
			return tensePast, true
		}
		if baseVerbs[next(1)] {
			return tenseFuture, true
		}
		return tenseNone, false
	case "ago", "already", "previously", "formerly":
		return tensePast, true
	case "upcoming":
		return tenseFuture, true
	}
	if tk.cap && k > 0 {
		return tenseNone, false
	}
	if pastIrregular[w] || isPastEd(w) {
		if futureParticiple[w] && next(1) == "to" {
			return tenseFuture, true
		}
		switch prev {
		case "is", "are", "am", "be", "being", "been", "not", "to":
			// A passive or an infinitive: its auxiliary decides.
			return tenseNone, false
		case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "newly", "so":
			// An adjective: "the isolated North", "its banned weapons".
			return tenseNone, false
		}
		return tensePast, true
	}
	return tenseNone, false
}

// futureBeforeTo are words that make "to VERB" a plan: "expected to".
var futureBeforeTo = setOf("expected", "scheduled", "set", "due", "planned", "plans", "plan", "planning",
	"going", "intends", "intend", "intended", "intending", "hopes", "hope", "hoping", "aims", "aim", "aiming",
	"wants", "want", "seeks", "seek", "slated", "poised", "likely", "unlikely", "ready", "about",
	"preparing", "is", "are", "supposed", "try", "trying", "tries", "proposes", "vows", "pledges", "promises",
	"threatens", "agrees")

// baseVerbs are common verbs of news in their base form: "to" before one
// is an infinitive, which looks ahead ("a programme to run through June").
var baseVerbs = setOf("run", "meet", "visit", "sign", "hold", "discuss", "attend", "begin", "start", "travel",
	"vote", "decide", "launch", "complete", "open", "close", "resume", "continue", "take", "make", "become",
	"announce", "end", "host", "join", "leave", "return", "arrive", "hold", "stage", "release", "publish",
	"deliver", "finish", "consider", "review", "ratify", "approve", "introduce", "implement", "enter",
	"expire", "last", "remain", "stay", "go", "come", "fly", "head", "sit", "speak", "address", "testify",
	"appear", "face", "seek", "present", "unveil", "submit", "sell", "buy", "build", "raise", "cut")

var beForms = setOf("is", "are", "am", "was", "were", "be", "been", "being")

var futureParticiple = setOf("expected", "scheduled", "slated", "poised", "planned", "supposed", "set", "due")

var pastIrregular = setOf("said", "told", "met", "went", "came", "took", "made", "gave", "held", "began",
	"saw", "left", "spoke", "wrote", "sent", "brought", "led", "lost", "fell", "rose", "struck", "became",
	"found", "thought", "paid", "built", "sought", "fought", "flew", "drew", "broke", "chose", "felt", "kept",
	"knew", "meant", "ran", "sat", "stood", "understood", "sold", "bought", "caught", "taught", "threw",
	"wore", "withdrew", "overtook", "shot", "arose", "froze", "swore", "tore", "woke", "undertook",
	"overthrew", "drove", "ate", "grew", "hung", "laid", "lit", "spent", "heard", "got", "forgot",
	"forgave", "slept", "fled", "bid", "dealt", "did", "had", "ended", "sank", "spun", "stole", "swept",
	"swung", "underwent", "upheld", "withheld", "won", "wound")

// notPastEd are words ending in -ed that are not past tenses.
var notPastEd = setOf("united", "limited", "armed", "based", "detailed", "alleged", "unprecedented",
	"isolated", "related", "need", "speed", "seed", "feed", "bleed", "breed", "proceed", "succeed",
	"exceed", "indeed", "hundred", "sacred", "wicked", "naked", "kindred", "hatred", "shed", "interested",
	"concerned", "advanced", "sophisticated", "embattled", "beleaguered", "so-called", "renowned",
	"talented", "red", "bed", "wed", "bred", "weed", "heed", "greed", "tweed", "deed", "reed")

func isPastEd(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastEd[w]
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
