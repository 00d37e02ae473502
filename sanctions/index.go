package sanctions

import (
	"cmp"
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// Options tune screening. The zero value means the defaults.
type Options struct {
	// Threshold is the score from which a candidate matches (default
	// DefaultThreshold).
	Threshold float64
	// Floor is the score under which a candidate is not reported at all
	// (default 0.5).
	Floor float64
	// Limit is how many candidates a query reports at most (default 5).
	Limit int
}

// DefaultThreshold is the score from which a candidate matches: every
// word of the query found, one of them as a spelling variant, in a list
// name of which the query covers at least half passes; one word of a
// three-word list name does not. See docs/sanctions.md.
const DefaultThreshold = 0.82

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Floor <= 0 {
		o.Floor = 0.5
	}
	if o.Floor > o.Threshold {
		o.Floor = o.Threshold
	}
	if o.Limit <= 0 {
		o.Limit = 5
	}
	return o
}

// Class weights: how much a particle or an initial counts against a
// word of the same rarity.
const (
	particleWeight = 0.15
	initialWeight  = 0.15
)

// minTypoKey is the shortest key in which a typing error is forgiven, and
// from which keys are indexed by their one-letter deletions.
const minTypoKey = 3

// Index holds entries for screening: every name cut into tokens, each
// token's key with the names that have it (the blocking that keeps a query
// from being compared with every name), the keys by skeleton and by
// one-letter deletion (for spelling variants and typos), and each key's
// rarity over the list. It is safe for concurrent use: once built it
// only fills a cache of the variants of the words queries use.
type Index struct {
	entries []Entry
	names   []indexedName
	keys    []keyInfo
	keyID   map[string]int32
	// bySkel finds keys by the hash of their skeleton, byDel by the
	// hashes of their one-letter deletions, byHash by their own hash.
	bySkel hashIndex
	byDel  hashIndex
	byHash hashIndex
	// lists are the list names; listN counts each list's named
	// designations (distinct LIST/ID): the N of its rarity weights.
	lists []string
	listN []int
	opt   Options
	// pool holds the per-query scratch memory.
	pool sync.Pool
}

type keyInfo struct {
	key  string
	skel string
	// df counts, per list, the designations with the key in a name;
	// idf is the rarity weight that makes of it.
	df       []int32
	idf      []float32
	postings []int32
	// similar caches the keys a query word with this key may match
	// (similarKeys), computed on first use: names repeat words.
	similar atomic.Pointer[[]keyCand]
}

// unit is a token of a name, or two adjacent ones joined (so that
// "Abdul Rahman" meets "Abdulrahman").
type unit struct {
	key        int32
	text       string
	class      tokenClass
	patronymic bool
	// first and last are the tokens the unit covers.
	first, last int8
}

type indexedName struct {
	entry int32
	name  int32
	list  int32
	units []unit
	// tokens is how many of units are single tokens; the pairs follow.
	tokens int
	// plain counts the plain words among the tokens.
	plain  int
	weight float32
	// surname marks the tokens of the family name, when the list marks
	// one (bit i for token i).
	surname uint32
}

// maxTokens bounds the tokens of one name that take part in matching;
// longer names (some entity names run to thirty words) keep their first
// ones.
const maxTokens = 24

// NewIndex builds an index over entries. Entries without names are kept
// (Entries returns them) but cannot be found. Rarity weights are counted
// per list over distinct designations, so that loading two vintages of
// one list, or a person listed by both OFAC and the UN, does not make a
// name look common.
func NewIndex(entries []Entry, opt Options) *Index {
	ix := &Index{entries: entries, keyID: make(map[string]int32, len(entries)*2), opt: opt.withDefaults()}
	listID := map[string]int32{}
	designation := make(map[string]int32, len(entries))
	// counted holds, per key, the last designation counted in its df
	// (plus one): the names of one entry come one after the other.
	var counted []int32
	for ei := range entries {
		e := &entries[ei]
		if len(e.Names) == 0 {
			continue
		}
		li, ok := listID[e.List]
		if !ok {
			li = int32(len(ix.lists))
			listID[e.List] = li
			ix.lists = append(ix.lists, e.List)
			ix.listN = append(ix.listN, 0)
		}
		d, ok := designation[e.Key()]
		if !ok {
			d = int32(len(designation))
			designation[e.Key()] = d
			ix.listN[li]++
		}
		for ni, n := range e.Names {
			toks := matchTokens(tokenize(n.Text))
			if len(toks) == 0 {
				continue
			}
			in := indexedName{entry: int32(ei), name: int32(ni), list: li, tokens: len(toks), surname: surnameMask(toks, n.Surname)}
			for i, t := range toks {
				in.units = append(in.units, unit{key: ix.intern(t.key), text: t.text, class: t.class, patronymic: t.patronymic, first: int8(i), last: int8(i)})
			}
			for i := 0; i+1 < len(toks); i++ {
				if toks[i].class != plain && toks[i].class != particle || toks[i+1].class != plain {
					continue
				}
				joined := toks[i].text + toks[i+1].text
				in.units = append(in.units, unit{key: ix.intern(translitKey(joined)), text: joined, class: plain, first: int8(i), last: int8(i + 1)})
			}
			id := int32(len(ix.names))
			for _, u := range in.units {
				k := &ix.keys[u.key]
				if p := k.postings; len(p) == 0 || p[len(p)-1] != id {
					k.postings = append(k.postings, id)
				}
				for len(counted) <= int(u.key) {
					counted = append(counted, 0)
				}
				if counted[u.key] != d+1 {
					counted[u.key] = d + 1
					for len(k.df) <= int(li) {
						k.df = append(k.df, 0)
					}
					k.df[li]++
				}
			}
			ix.names = append(ix.names, in)
		}
	}
	for i := range ix.keys {
		k := &ix.keys[i]
		k.idf = make([]float32, len(ix.lists))
		for li := range ix.lists {
			var df int32
			if li < len(k.df) {
				df = k.df[li]
			}
			k.idf[li] = float32(idf(float64(ix.listN[li]), float64(df)))
		}
		ix.byHash.add(hash(k.key, -1), int32(i))
		if len(k.skel) >= 2 {
			ix.bySkel.add(hash(k.skel, -1), int32(i))
		}
		if len(k.key) >= minTypoKey {
			for d := range len(k.key) {
				if d == 0 || k.key[d] != k.key[d-1] {
					ix.byDel.add(hash(k.key, d), int32(i))
				}
			}
		}
	}
	ix.byHash.sort()
	ix.bySkel.sort()
	ix.byDel.sort()
	for i := range ix.names {
		in := &ix.names[i]
		for _, u := range in.units[:in.tokens] {
			in.weight += ix.nameWeight(u, in.list)
			if u.class == plain {
				in.plain++
			}
		}
	}
	return ix
}

// surnameMask marks where the words of surname stand in toks, the first
// time they stand there together.
func surnameMask(toks []token, surname string) uint32 {
	st := matchTokens(tokenize(surname))
	if len(st) == 0 {
		return 0
	}
	for i := 0; i+len(st) <= len(toks); i++ {
		ok := true
		for j, t := range st {
			if toks[i+j].key != t.key {
				ok = false
				break
			}
		}
		if ok {
			return span(int8(i), int8(i+len(st)-1))
		}
	}
	return 0
}

// matchTokens drops company forms and keeps at most maxTokens tokens.
func matchTokens(toks []token) []token {
	out := toks[:0:0]
	for _, t := range toks {
		if t.class == form {
			continue
		}
		out = append(out, t)
		if len(out) == maxTokens {
			break
		}
	}
	return out
}

func idf(n, df float64) float64 {
	if df < 1 {
		df = 1
	}
	return math.Log(1 + n/df)
}

func (ix *Index) intern(key string) int32 {
	if id, ok := ix.keyID[key]; ok {
		return id
	}
	id := int32(len(ix.keys))
	ix.keyID[key] = id
	ix.keys = append(ix.keys, keyInfo{key: key, skel: skeleton(key)})
	return id
}

func (ix *Index) unitWeight(key int32, c tokenClass, list int32) float32 {
	return classWeight(ix.keys[key].idf[list], c)
}

// patronymicWeight is how much a patronymic counts towards how much of a
// list name a query covers.
const patronymicWeight = 0.3

// nameWeight is what a token of a list name counts towards the coverage
// of the name.
func (ix *Index) nameWeight(u unit, list int32) float32 {
	w := ix.unitWeight(u.key, u.class, list)
	if u.patronymic {
		w *= patronymicWeight
	}
	return w
}

func classWeight(w float32, c tokenClass) float32 {
	switch c {
	case particle:
		return w * particleWeight
	case initial:
		return w * initialWeight
	}
	return w
}

// hash is FNV-1a of s without its byte at skip (none when skip < 0).
func hash(s string, skip int) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		if i == skip {
			continue
		}
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// hashPosting is one key under a hash.
type hashPosting struct {
	h  uint64
	id int32
}

// hashIndex finds keys by a hash: postings sorted by hash, and a
// directory of where each run of postings with the same top bits starts,
// so that a lookup reads a handful of neighbouring postings. Hashes can
// collide, so callers check what they find.
type hashIndex struct {
	postings []hashPosting
	dir      []int32
}

const dirBits = 16

func (t *hashIndex) add(h uint64, id int32) {
	t.postings = append(t.postings, hashPosting{h, id})
}

func (t *hashIndex) sort() {
	slices.SortFunc(t.postings, func(a, b hashPosting) int { return cmp.Compare(a.h, b.h) })
	t.dir = make([]int32, 1<<dirBits+1)
	i := 0
	for b := range 1 << dirBits {
		t.dir[b] = int32(i)
		for i < len(t.postings) && int(t.postings[i].h>>(64-dirBits)) == b {
			i++
		}
	}
	t.dir[1<<dirBits] = int32(len(t.postings))
}

func (t *hashIndex) find(h uint64) []hashPosting {
	if t.dir == nil {
		return nil
	}
	b := h >> (64 - dirBits)
	run := t.postings[t.dir[b]:t.dir[b+1]]
	for i, p := range run {
		if p.h == h {
			j := i + 1
			for j < len(run) && run[j].h == h {
				j++
			}
			return run[i:j]
		}
		if p.h > h {
			break
		}
	}
	return nil
}

// Entries returns the indexed entries.
func (ix *Index) Entries() []Entry { return ix.entries }

// Len returns how many entries the index holds and how many names.
func (ix *Index) Len() (entries, names int) { return len(ix.entries), len(ix.names) }

// Options returns the options in force, defaults filled in.
func (ix *Index) Options() Options { return ix.opt }
