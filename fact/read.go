package fact

import (
	"strconv"
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/timex"
)

// boundary reports tokens that close a clause for the patterns: ; : ( )
// dashes and the sentence's final punctuation. Commas do not: appositives
// and participle clauses belong to the clause they stand in.
func (r *reader) boundary(i int) bool {
	if i < 0 || i >= len(r.toks) || r.toks[i].kind != segment.Punct {
		return false
	}
	switch r.w(i) {
	case ";", ":", "(", ")", "-", "\u2013", "\u2014", "--", ".", "!", "?", "[", "]":
		return true
	}
	return false
}

// clause returns the tokens [a, b) of the clause that holds token i.
func (r *reader) clause(i int) (int, int) {
	a := i
	for a > 0 && !r.boundary(a-1) {
		a--
	}
	b := i
	for b < len(r.toks) && !r.boundary(b) {
		b++
	}
	return a, b
}

// inTime reports whether token i lies inside a time expression ("on
// Thursday", "for decades", "since 2006").
func (r *reader) inTime(i int) bool {
	t := r.toks[i]
	for _, x := range r.s.Times {
		if t.start >= x.Start && t.end <= x.End {
			return true
		}
	}
	return false
}

// skippable reports words that may stand between a subject and its verb:
// auxiliaries, adverbs, and verbs of intent before "to" ("plans to
// impose").
func skippable(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'ve", "'d", "'ll",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do",
		"also", "already", "still", "now", "long", "once", "even", "never", "not", "n't", "further", "then", "again",
		"to", "plans", "planned", "plan", "intends", "intended", "wants", "wanted", "seeks", "sought", "hopes", "hoped",
		"aims", "aimed", "expected", "set", "due", "agreed", "decided", "voted", "moved", "continues", "continued",
		"began", "begun", "started", "vowed", "pledged", "promised", "offered", "threatened", "prepared", "preparing",
		"going", "likely", "unlikely", "reportedly", "allegedly", "repeatedly", "previously", "recently", "jointly",
		"formally", "officially", "quickly", "finally", "eventually", "first", "yet",
		"remains", "remain", "remained", "stays", "stay", "stayed", "became", "become", "becomes",
		"denied", "denies", "deny", "denying", "admitted", "admits", "admit",
		"obliged", "obligated", "bound", "committed", "required", "refused", "refuses", "refuse", "declined":
		return true
	}
	return false
}

// companions reports the nouns of "A and its allies".
func companions(w string) bool {
	switch w {
	case "allies", "partners", "friends", "neighbors", "neighbours", "backers", "supporters", "proxies":
		return true
	}
	return false
}

// relative reports the pronouns that open a relative clause.
func relative(w string) bool { return w == "which" || w == "who" || w == "that" || w == "whom" }

// subject returns the compound that is the subject of the verb or phrase
// at token i — the nearest party before it in its clause, past
// auxiliaries, adverbs, time expressions and a relative pronoun
// ("Pyongyang, which like Moscow is …") — and the parties a comparison
// adds to it ("like Moscow"). It returns nil when a content word comes
// first: the subject is then not one the patterns can place.
func (r *reader) subject(i int) (subj, also []int) {
	for x := i - 1; x >= 0; x-- {
		if r.boundary(x) {
			return nil, also
		}
		if p := r.at[x]; p >= 0 {
			st := r.parties[p].start
			if w := r.w(st - 1); w == "like" || w == "unlike" {
				if w == "like" {
					also = append(also, p)
				}
				x = st - 1
				continue
			}
			if r.w(st-1) == "'s" || r.toks[max(st-1, 0)].kind == segment.Possessive && st > 0 {
				// "Vietnam's partner Russia": the possessor is not the
				// subject; the phrase after it is, and it was passed.
				return nil, also
			}
			ps, _ := r.compound(p)
			return ps, also
		}
		w := r.w(x)
		switch {
		case r.inTime(x), skippable(w), strings.HasSuffix(w, "ly") && len(w) > 4:
			continue
		case relative(w) && x > 0 && r.w(x-1) == ",":
			x-- // the antecedent stands before the comma
			continue
		case r.w(x-1) == "whose" && (w == "country" || w == "nation" || w == "state" || w == "government") && x >= 2 &&
			(r.w(x-2) == "," || r.boundary(x-2)):
			// "his host – whose country has been under …": the country of
			// the antecedent before the dash or comma.
			if p := r.partyEndingAt(x - 2); p >= 0 {
				ps, _ := r.compound(p)
				return ps, also
			}
			return nil, also
		case companions(w) && x >= 2 && (r.w(x-1) == "its" || r.w(x-1) == "their" || r.w(x-1) == "his" || r.w(x-1) == "her") && r.w(x-2) == "and":
			// "Washington and its allies accuse …": the party is the
			// subject the text names.
			x -= 2
			continue
		case w == ",":
			// The end of an appositive or relative clause ("North Korea,
			// which borders China, has …"): go on before its opening comma.
			k := r.openingComma(x)
			if k < 0 {
				return nil, also
			}
			x = k
			continue
		}
		return nil, also
	}
	return nil, also
}

// openingComma returns the comma that opens the appositive or relative
// clause closed by the comma at x, or -1.
func (r *reader) openingComma(x int) int {
	for k := x - 1; k >= 0 && k >= x-16; k-- {
		if r.boundary(k) {
			return -1
		}
		if r.w(k) != "," {
			continue
		}
		switch r.w(k + 1) {
		case "which", "who", "whose", "whom", "a", "an", "the", "its", "one", "long", "once":
			return k
		}
		return -1
	}
	return -1
}

// mood reads how the sentence presents what the words at token i tell,
// from the words just before it: negated ("did not sign", "denied
// supplying", "no sanctions"), planned ("will join", "plans to impose"),
// hypothetical ("could face") or alleged ("allegedly supplied", "accused
// Pyongyang of supplying").
func (r *reader) mood(i int) string {
	var m moodWords
	for x := i - 1; x >= 0 && x >= i-5; x-- {
		if r.at[x] >= 0 || r.toks[x].kind == segment.Punct {
			break
		}
		m.read(r, x)
	}
	if mood := m.result(); mood != event.Asserted {
		return mood
	}
	if _, ok := r.accuser(i); ok {
		return event.Alleged
	}
	return event.Asserted
}

// strongest returns the mood that says most of moods: negated, then
// alleged, hypothetical, planned, asserted ("accused of planning to
// supply" is alleged; "if it decided to supply" hypothetical).
func strongest(moods ...string) string {
	rank := func(m string) int {
		switch m {
		case event.Negated:
			return 4
		case event.Alleged:
			return 3
		case event.Hypothetical:
			return 2
		case event.Planned:
			return 1
		}
		return 0
	}
	best := event.Asserted
	for _, m := range moods {
		if rank(m) > rank(best) {
			best = m
		}
	}
	return best
}

// phraseMood reads the mood a noun phrase over tokens [a, b) gives what
// it names ("a proposed pact", "no sanctions", "possible arms sales"):
// the verb of another clause before it does not make it less real ("…
// would violate a UN arms embargo" tells of an embargo in force).
func (r *reader) phraseMood(a, b int) string {
	var m moodWords
	for x := max(a, 0); x < b && x < len(r.toks); x++ {
		m.read(r, x)
	}
	return m.result()
}

// moodWords gathers the words of mood the scans meet.
type moodWords struct {
	negated bool
	mood    string
}

// read notes the word at token x.
func (m *moodWords) read(r *reader, x int) {
	set := func(mood string) {
		if m.mood == "" || mood == event.Alleged {
			m.mood = mood
		}
	}
	switch r.w(x) {
	case "not", "n't", "never", "no", "deny", "denies", "denied", "denying", "without", "refused", "refuses",
		"refuse", "refusing", "refusal", "declined", "declines", "decline":
		m.negated = true
	case "if", "unless", "whether":
		set(event.Hypothetical)
	case "will", "'ll", "shall", "proposed", "planned", "prospective", "future", "upcoming":
		set(event.Planned)
	case "would", "could", "might", "may", "should", "can", "possible", "potential", "threat", "threats",
		"threatened", "threatening", "threatens", "face", "faces", "facing", "risk", "risks":
		set(event.Hypothetical)
	case "allegedly", "reportedly", "purportedly", "suspected", "alleged", "accusations", "allegations", "claims", "accusing":
		set(event.Alleged)
	case "to":
		switch r.w(x - 1) {
		case "plans", "planned", "plan", "planning", "intends", "intended", "intend", "expected", "set", "due",
			"scheduled", "going", "preparing", "prepared", "ready", "aims", "hopes", "seeks", "seeking", "wants",
			"bid", "application", "applied", "agreed", "agree", "agrees", "is", "are", "was", "were", "decided", "voted", "vowed":
			set(event.Planned)
		}
	}
}

// result is the mood read: negation first.
func (m moodWords) result() string {
	switch {
	case m.negated:
		return event.Negated
	case m.mood != "":
		return m.mood
	}
	return event.Asserted
}

// moodIn reads the mood of what the words in tokens [a, b) tell, as mood
// reads the words before a token: "trade … is expected to reach $X" is
// planned, "… did not reach $X" negated.
func (r *reader) moodIn(a, b int) string {
	for x := b; x > a; x-- {
		if m := r.mood(x); m != event.Asserted {
			return m
		}
	}
	return event.Asserted
}

// accusation is who accuses someone of what a token tells: the subject of
// the accusing verb, over tokens [from, verb).
type accusation struct {
	subject    []int
	from, verb int
}

// accuser returns the accusation of what token i tells ("Washington and
// its allies accuse North Korea of supplying …"): an accusing verb before
// "of" and the word at i, with its subject.
func (r *reader) accuser(i int) (accusation, bool) {
	if r.w(i-1) != "of" {
		return accusation{}, false
	}
	for x := i - 2; x >= 0 && x >= i-12; x-- {
		if r.boundary(x) {
			break
		}
		w := r.w(x)
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "suspect") || strings.HasPrefix(w, "charg") || strings.HasPrefix(w, "alleg") {
			a := accusation{verb: x, from: x}
			if s, _ := r.subject(x); len(s) > 0 {
				a.subject, a.from = s, r.parties[s[0]].start
			}
			return a, true
		}
	}
	return accusation{}, false
}

// blameVerb reports verbs that hold someone to account for what a
// gerund after them tells ("condemned A for sending arms"); creditVerb
// those that credit them ("thanked A for supplying").
func blameVerb(w string) bool {
	switch w {
	case "accuse", "accuses", "accused", "accusing", "condemn", "condemns", "condemned", "condemning", "blame",
		"blames", "blamed", "blaming", "criticize", "criticizes", "criticized", "criticise", "criticises",
		"criticised", "denounce", "denounces", "denounced", "charge", "charges", "charged", "fault", "faulted",
		"punish", "punished", "punishes", "sanctioned", "rebuked", "slammed":
		return true
	}
	return false
}

func creditVerb(w string) bool {
	switch w {
	case "thank", "thanks", "thanked", "praise", "praises", "praised", "credit", "credited", "commended", "hailed":
		return true
	}
	return false
}

// gerundAgent returns who does what the -ing verb at v tells when it
// follows "of", "for" or "by" after a verb that blames or credits someone
// ("accuse A of supplying", "condemned A and B for fuelling the war by
// sending Russia munitions"): the parties blamed, and whether they are
// blamed (the fact is then alleged, by the accusation's subject).
func (r *reader) gerundAgent(v int) (agent []int, acc accusation, blamed, ok bool) {
	if !strings.HasSuffix(r.w(v), "ing") {
		return nil, acc, false, false
	}
	switch r.w(v - 1) {
	case "of", "for", "by":
	default:
		return nil, acc, false, false
	}
	for x := v - 2; x >= 0 && x >= v-16; x-- {
		if r.boundary(x) {
			break
		}
		p := r.at[x]
		if p < 0 {
			continue
		}
		ps, _ := r.compound(p)
		k := r.parties[ps[0]].start - 1
		switch w := r.w(k); {
		case blameVerb(w):
			acc = accusation{verb: k, from: k}
			if s, _ := r.subject(k); len(s) > 0 {
				acc.subject, acc.from = s, r.parties[s[0]].start
			}
			return ps, acc, true, true
		case creditVerb(w):
			return ps, acc, false, true
		}
		return nil, acc, false, false
	}
	return nil, acc, false, false
}

// attribution returns the attribution of an alleged fact: the accuser
// when the sentence names one ("Washington and its allies accuse …"), the
// owner of the claim before the fact's words at from ("Western
// accusations that …", "Kyiv's claims that …"), else the sentence's.
func (r *reader) attribution(a accusation, from int) *event.Attribution {
	if len(a.subject) > 0 {
		if ss := r.sides(a.subject[0]); len(ss) > 0 {
			return &event.Attribution{Text: r.text(a.from, a.verb), Code: ss[0].code}
		}
	}
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		switch r.w(k) {
		case "accusations", "allegations", "claims", "charges", "assertions":
		default:
			continue
		}
		p := r.partyEndingAt(k)
		if p < 0 && k > 0 && r.toks[k-1].kind == segment.Possessive {
			p = r.partyEndingAt(k - 1)
		}
		if ss := r.sides(p); len(ss) > 0 {
			return &event.Attribution{Text: r.text(r.parties[p].start, k+1), Code: ss[0].code}
		}
		break
	}
	return r.s.Attribution
}

// eventsAt returns the coder's events whose verb is token i.
func (r *reader) eventsAt(i int) []Event {
	if i < 0 || i >= len(r.toks) {
		return nil
	}
	t := r.toks[i]
	var out []Event
	for _, e := range r.s.Events {
		if e.VerbStart < t.end && e.VerbEnd > t.start {
			out = append(out, e)
		}
	}
	return out
}

// perfective reports a verb that tells something done: a past form
// ("signed", "struck"), a perfect ("has joined") or "after signing".
func (r *reader) perfective(v int) bool {
	w := r.w(v)
	switch {
	case strings.HasSuffix(w, "ed"):
		return !strings.HasSuffix(w, "eed") || w == "agreed"
	case strings.HasSuffix(w, "ing"):
		return r.w(v-1) == "after"
	}
	switch w {
	case "put", "set", "struck", "sold", "sent", "left", "quit", "made", "took", "won", "began", "laid", "got", "gave",
		"became", "came", "upheld", "withdrew", "withdrawn", "rejoined", "bought", "forged", "signed":
		return true
	}
	return false
}

// verbDate returns where the verb at token v is dated: the coder's event
// on it, else the governing time expression, else, with news, the
// document's date when the verb tells something done ("signed", "has
// joined"): news reports what was just done, in the active voice; what a
// passive tells ("was sanctioned") is as often background, and then has
// no date.
func (r *reader) verbDate(v int, news bool) string {
	for _, e := range r.eventsAt(v) {
		if e.Date != nil && (e.Date.Granularity != string(timex.Document) || news && r.perfective(v)) {
			return pointOf(e.Date.Value)
		}
	}
	t := r.toks[v]
	if x, ok := timex.Governing(r.s.Text, r.s.Times, t.start, t.end); ok && x.Value != "" {
		return pointOf(x.Value)
	}
	if news && r.perfective(v) {
		if d, ok := r.s.Anchor.Date(); ok {
			return d.Value
		}
	}
	return ""
}

// pointOf returns the start of an interval value ("2006" for "2006/..")
// and a point value as it is; "" for an interval with no start.
func pointOf(v string) string {
	a, _, cut := strings.Cut(v, "/")
	if cut && (a == "" || a == "..") {
		return ""
	}
	return a
}

// sinceIn returns the start of a "since …" or "from …" expression in
// tokens [a, b): "since 2006" gives "2006".
func (r *reader) sinceIn(a, b int) string {
	if a < 0 || b > len(r.toks) || a >= b {
		return ""
	}
	lo, hi := r.toks[a].start, r.toks[b-1].end
	for _, x := range r.s.Times {
		if x.Start < lo || x.End > hi || x.Value == "" {
			continue
		}
		t := strings.ToLower(x.Text)
		if strings.HasPrefix(t, "since ") || strings.HasPrefix(t, "from ") || strings.HasPrefix(t, "as of ") {
			if v := pointOf(x.Value); v != "" {
				return v
			}
		}
	}
	return ""
}

// yearOf returns the calendar year a time expression of a year or a month
// names ("in 2022", "last year", "in May"), or 0.
func yearOf(x timex.Timex) int {
	switch x.Granularity {
	case timex.Year, timex.Month:
	default:
		// A day or a clock time in a sentence with a figure is mostly when
		// it was reported, not the period it covers.
		return 0
	}
	if len(x.Value) < 4 {
		return 0
	}
	y, err := strconv.Atoi(x.Value[:4])
	if err != nil {
		return 0
	}
	return y
}

// yearNear returns the year of the time expression nearest token i in
// tokens [a, b) — after it first ("$3.5 billion in 2022"), then before
// ("In 2022, trade …") — else the year every dated expression of the
// sentence agrees on (a figure set beside another, "a small share of …",
// shares its time), else 0.
func (r *reader) yearNear(i, a, b int) int {
	best, bestDist := 0, 1<<30
	pos := r.toks[i].start
	for _, x := range r.s.Times {
		y := yearOf(x)
		if y == 0 || x.Start < r.toks[a].start || x.End > r.toks[b-1].end {
			continue
		}
		d := x.Start - pos
		if d < 0 {
			d = -d + 1<<20 // before the figure: only when nothing follows
		}
		if d < bestDist {
			best, bestDist = y, d
		}
	}
	if best != 0 {
		return best
	}
	year := 0
	for _, x := range r.s.Times {
		y := yearOf(x)
		if y == 0 {
			continue
		}
		if year != 0 && y != year {
			return 0
		}
		year = y
	}
	return year
}
