package sanctions

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Query is a name to screen, with what else is known of its bearer.
type Query struct {
	Name string `json:"name"`
	// Type, when known, keeps a person from matching a company or a
	// vessel, and the other way round.
	Type Type `json:"type,omitempty"`
	// BirthDate (ISO 8601, a year is enough) counts for a candidate born
	// within a year of it and against one born further away.
	BirthDate string `json:"birth_date,omitempty"`
}

// ParseQuery reads a query written as JSON: {"name": "...", "type":
// "person", "birth_date": "1952"}, the type as ParseType reads it.
func ParseQuery(b []byte) (Query, error) {
	var raw struct {
		Name      string `json:"name"`
		Type      string `json:"type"`
		BirthDate string `json:"birth_date"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return Query{}, fmt.Errorf("not a JSON query: %w", err)
	}
	t, ok := ParseType(raw.Type)
	if !ok {
		return Query{}, fmt.Errorf("query type %q: want person, entity, vessel or aircraft", raw.Type)
	}
	if strings.TrimSpace(raw.Name) == "" {
		return Query{}, errors.New("query without a name")
	}
	return Query{Name: raw.Name, Type: t, BirthDate: raw.BirthDate}, nil
}

// Candidate is an entry that a query resembles.
type Candidate struct {
	Entry *Entry
	// Name is the entry's name that the query resembles most.
	Name Name
	// Score runs from 0 to 1; see docs/sanctions.md.
	Score float64
	// Match is Score at or above the threshold with every rule met: a
	// person needs two matching words and, where the list marks it, the
	// family name; the words must be rare enough on the list; a weak
	// alias never matches alone.
	Match bool
	// Explanation says what matched, how, and why the candidate is or is
	// not a match.
	Explanation string
	// nameScore is the score before the birth date counted: whether the
	// candidate is shown at all depends on the name alone.
	nameScore float64
}

// simKind says how two tokens matched.
type simKind uint8

const (
	noSim simKind = iota
	sameWord
	spelling
	vowels
	typo
	initialOf
)

func (k simKind) String() string {
	return [...]string{"", "same", "spelling variant", "vowels differ", "one letter off", "initial"}[k]
}

// typoSim is the similarity of two words one typing error apart, the
// longer n letters long: an error weighs more in a short word (0.67 at
// three letters, 0.75 at four, 0.80 at five, 0.85 from seven).
func typoSim(n int) float32 {
	return max(0.6, min(simOf[typo], 1-1/float32(n)))
}

// Similarity of two tokens by how they matched.
var simOf = [...]float32{noSim: 0, sameWord: 1, spelling: 0.95, vowels: 0.9, typo: 0.85, initialOf: 0.6}

// keySim compares two different keys. They are variants ("vowels") when
// they have the same consonants, both have a vowel, the shorter has four
// letters or more, and one vowel is changed, added or dropped (two in keys
// of seven letters or more; only changed in keys under five). They are a
// typing error apart ("typo") when one insertion, deletion, substitution
// or swap of neighbours turns one into the other, both having three
// letters or more (a two-letter word is nearly an initial); typoSim says
// how much that is worth. A name and its form for the other sex are
// neither.
func keySim(a, sa, b, sb string) simKind {
	short := min(len(a), len(b))
	if gendered(a, b) {
		return noSim
	}
	if short >= 4 && len(sa) >= 2 && sa == sb && len(sa) < short {
		limit := 1
		switch {
		case short >= 7:
			limit = 2
		case short < 5 && len(a) != len(b):
			// In short words a vowel more or less is another name
			// (Putin, Putina; Hana, Han).
			limit = 0
		}
		if limit > 0 && levenshtein(a, b, limit) <= limit {
			return vowels
		}
	}
	if short >= minTypoKey && damerau1(a, b) {
		return typo
	}
	return noSim
}

// gendered reports whether one key is the other's form for the other sex,
// or another name on the same stem: it ends in "a" where the other ends in
// another vowel or in none (Petrov, Petrova; Petrovsky, Petrovskaya;
// Aleksander, Aleksandra; Mario, Maria).
func gendered(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	fa, fb := a[len(a)-1] == 'a', b[len(b)-1] == 'a'
	if fa == fb {
		return false
	}
	f, m := a, b
	if fb {
		f, m = b, a
	}
	if strings.TrimRight(f, "aeiouy") == strings.TrimRight(m, "aeiouy") {
		return true
	}
	// Aleksander, Aleksandra: the vowel before the last consonant moves
	// behind it.
	n := len(m)
	return len(f) == n && isVowel(m[n-2]) && !isVowel(m[n-1]) && f[n-2] == m[n-1] && f[:n-2] == m[:n-2]
}

// qunit is a query token, or two adjacent ones joined, with the index
// keys it may match.
type qunit struct {
	key         string
	text        string
	class       tokenClass
	first, last int8
	cands       []keyCand
}

type keyCand struct {
	key  int32
	kind simKind
}

// scratch is one query's working memory, pooled.
type scratch struct {
	ub      []float32
	touched []int32
	units   []qunit
	pairs   []pairing
	chosen  []pairing
	// seen[k] == stamp marks key k as already looked at for the current
	// query word.
	seen  []uint32
	stamp uint32
}

func (ix *Index) scratch() *scratch {
	if s, ok := ix.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{ub: make([]float32, len(ix.names)), seen: make([]uint32, len(ix.keys))}
}

// Screen returns the candidates for q, best first: at most Options.Limit,
// none under Options.Floor.
func (ix *Index) Screen(q Query) []Candidate {
	toks := matchTokens(tokenize(q.Name))
	if len(toks) == 0 {
		return nil
	}
	s := ix.scratch()
	defer ix.pool.Put(s)
	s.units = s.units[:0]
	for i, t := range toks {
		s.units = append(s.units, qunit{key: t.key, text: t.text, class: t.class, first: int8(i), last: int8(i)})
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].class != plain && toks[i].class != particle || toks[i+1].class != plain {
			continue
		}
		joined := toks[i].text + toks[i+1].text
		s.units = append(s.units, qunit{key: translitKey(joined), text: joined, class: plain, first: int8(i), last: int8(i + 1)})
	}
	for i := range s.units {
		u := &s.units[i]
		if u.class == plain {
			u.cands = ix.similarKeys(s, u.key, u.cands[:0])
		} else if id, ok := ix.keyID[u.key]; ok {
			u.cands = append(u.cands[:0], keyCand{key: id, kind: sameWord})
		} else {
			u.cands = u.cands[:0]
		}
	}
	// Blocking: an upper bound of each name's query coverage from the
	// postings of the plain units, per list weights.
	qw := ix.queryWeights(toks)
	s.touched = s.touched[:0]
	for i := range s.units {
		u := &s.units[i]
		if u.class != plain {
			continue
		}
		for _, c := range u.cands {
			// A typing error in a short word is too weak a clue to make a
			// name a candidate: it counts once another word has.
			if c.kind == typo && max(len(u.key), len(ix.keys[c.key].key)) < 5 {
				continue
			}
			sim := simOf[c.kind]
			for _, n := range ix.keys[c.key].postings {
				if s.ub[n] == 0 {
					s.touched = append(s.touched, n)
				}
				li := ix.names[n].list
				s.ub[n] += sim * spanWeight(qw[li], u.first, u.last)
			}
		}
	}
	// One candidate per designation: two vintages of a list hold the
	// same entry twice.
	type found struct {
		c    Candidate
		name int32
	}
	best := map[string]found{}
	for _, n := range s.touched {
		ub := s.ub[n]
		s.ub[n] = 0
		in := &ix.names[n]
		if float64(ub) < ix.opt.Floor*float64(qw[in.list].total) {
			continue
		}
		c, ok := ix.score(s, q, qw[in.list], in, false)
		if !ok {
			continue
		}
		key := c.Entry.Key()
		if old, seen := best[key]; !seen || better(c, old.c) {
			best[key] = found{c, n}
		}
	}
	out := make([]Candidate, 0, len(best))
	names := map[*Entry]int32{}
	for _, f := range best {
		if f.c.nameScore >= ix.opt.Floor {
			out = append(out, f.c)
			names[f.c.Entry] = f.name
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return strings.Compare(a.Entry.Key(), b.Entry.Key())
	})
	if len(out) > ix.opt.Limit {
		out = out[:ix.opt.Limit]
	}
	// Only the candidates reported are explained: scoring them again
	// with the words is cheaper than explaining every name compared.
	for i := range out {
		out[i], _ = ix.score(s, q, qw[ix.names[names[out[i].Entry]].list], &ix.names[names[out[i].Entry]], true)
	}
	return out
}

// better orders candidates: matches first, then by score, then the
// stronger name.
func better(a, b Candidate) bool {
	if a.Match != b.Match {
		return a.Match
	}
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return rank(a.Name.Kind) < rank(b.Name.Kind)
}

// similarKeys returns the index keys a plain query key may match: itself,
// the keys with its skeleton, and those one letter away.
func (ix *Index) similarKeys(s *scratch, key string, out []keyCand) []keyCand {
	id, known := ix.keyID[key]
	if known {
		if p := ix.keys[id].similar.Load(); p != nil {
			return append(out, *p...)
		}
	}
	out = ix.findSimilarKeys(s, key, out)
	if known {
		cached := slices.Clone(out)
		ix.keys[id].similar.Store(&cached)
	}
	return out
}

func (ix *Index) findSimilarKeys(s *scratch, key string, out []keyCand) []keyCand {
	s.stamp++
	if s.stamp == 0 {
		clear(s.seen)
		s.stamp = 1
	}
	self, ok := ix.keyID[key]
	if ok {
		out = append(out, keyCand{key: self, kind: sameWord})
		s.seen[self] = s.stamp
	}
	skel := skeleton(key)
	add := func(id int32) {
		if s.seen[id] == s.stamp {
			return
		}
		s.seen[id] = s.stamp
		k := &ix.keys[id]
		if kind := keySim(key, skel, k.key, k.skel); kind != noSim {
			out = append(out, keyCand{key: id, kind: kind})
		}
	}
	if len(skel) >= 2 {
		for _, p := range ix.bySkel.find(hash(skel, -1)) {
			add(p.id)
		}
	}
	if len(key) >= minTypoKey {
		// Keys one letter longer, then keys one letter shorter, then keys
		// with one letter changed or two swapped.
		for _, p := range ix.byDel.find(hash(key, -1)) {
			add(p.id)
		}
		for d := range len(key) {
			if d > 0 && key[d] == key[d-1] {
				continue
			}
			h := hash(key, d)
			if len(key) > minTypoKey {
				for _, p := range ix.byHash.find(h) {
					add(p.id)
				}
			}
			for _, p := range ix.byDel.find(h) {
				add(p.id)
			}
		}
	}
	return out
}

// weights are a query's token weights under one list's rarity.
type weights struct {
	tok   []float32
	idf   []float32
	total float32
	// plain counts the query's plain words.
	plain int
}

func spanWeight(w weights, first, last int8) float32 {
	var sum float32
	for i := first; i <= last; i++ {
		sum += w.tok[i]
	}
	return sum
}

func (ix *Index) queryWeights(toks []token) []weights {
	out := make([]weights, len(ix.lists))
	for li := range ix.lists {
		w := weights{tok: make([]float32, len(toks)), idf: make([]float32, len(toks))}
		for i, t := range toks {
			v := float32(idf(float64(ix.listN[li]), 0))
			if id, ok := ix.keyID[t.key]; ok {
				v = ix.keys[id].idf[li]
			}
			w.idf[i] = v
			w.tok[i] = classWeight(v, t.class)
			w.total += w.tok[i]
			if t.class == plain {
				w.plain++
			}
		}
		out[li] = w
	}
	return out
}

// dobConflict is what a score keeps when the query's birth year is more
// than one year from every listed date.
const dobConflict = 0.8

// verdict holds the reasons why a candidate does not match; none means
// it does.
type verdict uint8

const (
	lowScore verdict = 1 << iota
	weakAlias
	oneWord
	noSurname
	tooCommon
)

// pairing is one matched pair of a query unit and a name unit.
type pairing struct {
	q, n int
	kind simKind
	sim  float32
}

// score compares the query with one indexed name.
func (ix *Index) score(s *scratch, q Query, qw weights, in *indexedName, explain bool) (Candidate, bool) {
	units := s.units
	entry := &ix.entries[in.entry]
	if q.Type != Unknown && entry.Type != Unknown && (q.Type == Person) != (entry.Type == Person) {
		return Candidate{}, false
	}
	pairs := s.pairs[:0]
	defer func() { s.pairs = pairs[:0] }()
	for qi := range units {
		qu := &units[qi]
		for ni := range in.units {
			nu := &in.units[ni]
			if qu.first != qu.last && nu.first != nu.last {
				continue
			}
			kind := unitSim(qu, nu)
			if kind != noSim {
				sim := simOf[kind]
				if kind == typo {
					sim = typoSim(max(len(qu.key), len(ix.keys[nu.key].key)))
				}
				pairs = append(pairs, pairing{q: qi, n: ni, kind: kind, sim: sim})
			}
		}
	}
	if len(pairs) == 0 {
		return Candidate{}, false
	}
	slices.SortStableFunc(pairs, func(a, b pairing) int {
		if a.sim != b.sim {
			if a.sim > b.sim {
				return -1
			}
			return 1
		}
		// Joined units first, so that "abdul rahman" takes "abdulrahman"
		// whole rather than "abdul" taking part of it.
		sa := int(units[a.q].last-units[a.q].first) + int(in.units[a.n].last-in.units[a.n].first)
		sb := int(units[b.q].last-units[b.q].first) + int(in.units[b.n].last-in.units[b.n].first)
		return sb - sa
	})
	var usedQ, usedN uint32
	chosen := s.chosen[:0]
	defer func() { s.chosen = chosen[:0] }()
	for _, p := range pairs {
		qm := span(units[p.q].first, units[p.q].last)
		nm := span(in.units[p.n].first, in.units[p.n].last)
		if usedQ&qm != 0 || usedN&nm != 0 {
			continue
		}
		usedQ |= qm
		usedN |= nm
		chosen = append(chosen, p)
	}
	// An initial standing for the family name does not name the family.
	surnameHit := usedN
	for _, p := range chosen {
		if p.kind == initialOf {
			surnameHit &^= span(in.units[p.n].first, in.units[p.n].last)
		}
	}
	var mq, mn, rarity float32
	plainQ, plainN := 0, 0
	for _, p := range chosen {
		qu, nu := &units[p.q], &in.units[p.n]
		mq += p.sim * spanWeight(qw, qu.first, qu.last)
		// An initial that stands for a word is not a second word.
		word := p.kind != initialOf
		var nw float32
		for t := nu.first; t <= nu.last; t++ {
			u := in.units[t]
			nw += ix.nameWeight(u, in.list)
			if u.class == plain {
				rarity += p.sim * ix.keys[u.key].idf[in.list]
				if word {
					plainN++
				}
			}
		}
		mn += p.sim * nw
		for t := qu.first; t <= qu.last; t++ {
			if units[t].class == plain && word {
				plainQ++
			}
		}
	}
	qcov := float64(mq / qw.total)
	ncov := 1.0
	if in.weight > 0 {
		ncov = float64(mn / in.weight)
	}
	score := qcov * (0.7 + 0.3*ncov)
	name := entry.Names[in.name]
	// Birth dates: a year within one of a listed one counts as evidence
	// as rare as one year in fifty; when every listed date is further
	// away the score loses a fifth, which keeps an exact name under the
	// default threshold and still above weaker resemblances.
	nameScore := score
	born := 0
	if q.BirthDate != "" && len(entry.BirthDates) > 0 {
		born = birthAgrees(q.BirthDate, entry.BirthDates)
		switch born {
		case 1:
			rarity += float32(math.Log(50))
		case -1:
			score *= dobConflict
		}
	}
	c := Candidate{Entry: entry, Name: name, Score: math.Round(score*1000) / 1000, nameScore: nameScore}
	// The words must be rare enough that, were they independent, less
	// than one designation of the list would carry them all by chance.
	// When the query and the name are the same words, all of them, half
	// that rarity will do for a person and a quarter for a company or a
	// vessel, whose whole names are more distinctive than their words
	// (a topical list names many bodies "Gazprom ...": one is "Gazprom").
	need := math.Log(float64(ix.listN[in.list]))
	if qcov >= 0.99 && ncov >= 0.99 {
		need /= 2
		if entry.Type != Person {
			need /= 2
		}
	}
	var why verdict
	if c.Score < ix.opt.Threshold {
		why |= lowScore
	}
	if name.Kind == Weak {
		why |= weakAlias
	}
	if entry.Type == Person && plainQ < 2 && plainN < 2 && !(in.plain == 1 && qw.plain == 1) {
		why |= oneWord
	}
	if in.surname != 0 && surnameHit&in.surname == 0 {
		why |= noSurname
	}
	if float64(rarity) < need {
		why |= tooCommon
	}
	c.Match = why == 0
	if explain {
		var b strings.Builder
		b.WriteString(explainWords(units, in, chosen, name, qcov, ncov))
		switch born {
		case 1:
			b.WriteString("; birth year agrees")
		case -1:
			b.WriteString("; birth year differs")
		}
		if why == 0 {
			fmt.Fprintf(&b, "; score %.2f >= %.2f", c.Score, ix.opt.Threshold)
		}
		if why&lowScore != 0 {
			fmt.Fprintf(&b, "; score %.2f < %.2f", c.Score, ix.opt.Threshold)
		}
		if why&weakAlias != 0 {
			b.WriteString("; weak alias: never matches alone")
		}
		if why&oneWord != 0 {
			b.WriteString("; a person needs two matching name words")
		}
		if why&noSurname != 0 {
			b.WriteString("; the family name does not match")
		}
		if why&tooCommon != 0 {
			fmt.Fprintf(&b, "; words too common on %s (rarity %.1f < %.1f)", entry.List, rarity, need)
		}
		c.Explanation = b.String()
	}
	return c, true
}

func span(first, last int8) uint32 {
	var m uint32
	for i := first; i <= last; i++ {
		m |= 1 << uint(i)
	}
	return m
}

// unitSim compares a query unit with a name unit. Initials match the
// words they could stand for; particles only themselves.
func unitSim(qu *qunit, nu *unit) simKind {
	switch {
	case qu.class == initial || nu.class == initial:
		if qu.text == nu.text {
			return sameWord
		}
		if qu.class == initial && nu.class == plain && nu.text[0] == qu.text[0] ||
			nu.class == initial && qu.class == plain && qu.text[0] == nu.text[0] {
			return initialOf
		}
		return noSim
	case qu.class == particle || nu.class == particle:
		if qu.class == nu.class && qu.key == nu.text || qu.text == nu.text {
			return sameWord
		}
		return noSim
	}
	for _, c := range qu.cands {
		if c.key == nu.key {
			if c.kind == sameWord && qu.text != nu.text {
				return spelling
			}
			return c.kind
		}
	}
	return noSim
}

// explainWords writes which words matched and how, and the coverage.
func explainWords(units []qunit, in *indexedName, chosen []pairing, name Name, qcov, ncov float64) string {
	var b strings.Builder
	for i, p := range chosen {
		if i > 0 {
			b.WriteString(", ")
		}
		qu, nu := units[p.q], in.units[p.n]
		if p.kind == sameWord {
			b.WriteString(qu.text)
		} else {
			fmt.Fprintf(&b, "%s~%s (%s)", qu.text, nu.text, p.kind)
		}
	}
	var usedN uint32
	for _, p := range chosen {
		usedN |= span(in.units[p.n].first, in.units[p.n].last)
	}
	var missing []string
	for _, u := range in.units[:in.tokens] {
		if usedN&(1<<uint(u.first)) == 0 {
			missing = append(missing, u.text)
		}
	}
	kind := string(name.Kind)
	if name.Kind != Primary {
		kind += " alias"
	}
	fmt.Fprintf(&b, " in %s name %q", kind, name.Text)
	if len(missing) > 0 {
		fmt.Fprintf(&b, " (not in the query: %s)", strings.Join(missing, " "))
	}
	fmt.Fprintf(&b, "; query covered %.0f%%, name %.0f%%", 100*qcov, 100*ncov)
	return b.String()
}

// birthAgrees compares a query's birth date with an entry's: 1 when a
// listed year is within one of the query's, -1 when every listed year is
// further away, 0 when the years cannot be read.
func birthAgrees(q string, listed []string) int {
	qy, ok := yearOf(q)
	if !ok {
		return 0
	}
	verdict := 0
	for _, d := range listed {
		from, to := d, d
		if a, b, ok := strings.Cut(d, "/"); ok {
			from, to = a, b
		}
		fy, ok1 := yearOf(from)
		ty, ok2 := yearOf(to)
		if !ok1 || !ok2 {
			continue
		}
		if qy >= fy-1 && qy <= ty+1 {
			return 1
		}
		verdict = -1
	}
	return verdict
}

func yearOf(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 || !isYear(s[:4]) {
		return 0, false
	}
	y := 0
	for _, r := range s[:4] {
		y = y*10 + int(r-'0')
	}
	return y, true
}

// levenshtein returns the edit distance of a and b, or limit+1 when it
// is larger than limit.
func levenshtein(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var prevBuf, curBuf [64]int
	prev, cur := prevBuf[:0], curBuf[:0]
	if len(b)+1 > len(prevBuf) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		prev = append(prev, j)
	}
	cur = cur[:len(b)+1]
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// damerau1 reports whether a and b differ by exactly one insertion,
// deletion, substitution or transposition of adjacent letters.
func damerau1(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
