package coder

import "github.com/entente/entente/dict"

// vocab numbers every distinct dictionary word. A stopped word and a stem
// with the same letters are different words: the first matches only an
// equal token, the second any token that begins with it.
type vocab struct {
	exact map[string]int32
	stems stemTrie
	n     int32
}

func newVocab() *vocab {
	return &vocab{exact: make(map[string]int32), stems: stemTrie{nodes: make([]stemNode, 1)}}
}

// id returns the id of w, adding it when new.
func (v *vocab) id(w dict.Word) int32 {
	if w.Stem {
		return v.stems.add(w.Text, func() int32 { v.n++; return v.n - 1 })
	}
	if id, ok := v.exact[w.Text]; ok {
		return id
	}
	v.exact[w.Text] = v.n
	v.n++
	return v.n - 1
}

// lookup appends to dst the ids of every dictionary word that token up
// matches: its exact word, then the stems that begin it, longest first.
func (v *vocab) lookup(up string, dst []int32) []int32 {
	if id, ok := v.exact[up]; ok {
		dst = append(dst, id)
	}
	return v.stems.prefixes(up, dst)
}

// nounEndings appends the ids of the exact words that token up is a
// regular plural of ("LIBYAS" → LIBYA, "CHURCHES" → CHURCH).
func (v *vocab) nounEndings(up string, dst []int32) []int32 {
	n := len(up)
	if n < 3 || up[n-1] != 'S' || up[n-2] == '\'' {
		return dst
	}
	if id, ok := v.exact[up[:n-1]]; ok {
		dst = append(dst, id)
	}
	if n > 3 && up[n-2] == 'E' {
		if id, ok := v.exact[up[:n-2]]; ok {
			dst = append(dst, id)
		}
	}
	return dst
}

// stemTrie is a byte trie over stems.
type stemTrie struct {
	nodes []stemNode
}

type stemNode struct {
	// edges are kept in a small sorted slice: stems share prefixes heavily
	// and most nodes have one or two children.
	keys []byte
	kids []int32
	id   int32 // stem id + 1; 0 when no stem ends here
}

func (t *stemTrie) add(s string, next func() int32) int32 {
	n := int32(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		k := t.child(n, c)
		if k < 0 {
			t.nodes = append(t.nodes, stemNode{})
			k = int32(len(t.nodes) - 1)
			nd := &t.nodes[n]
			pos := 0
			for pos < len(nd.keys) && nd.keys[pos] < c {
				pos++
			}
			nd.keys = append(nd.keys, 0)
			copy(nd.keys[pos+1:], nd.keys[pos:])
			nd.keys[pos] = c
			nd.kids = append(nd.kids, 0)
			copy(nd.kids[pos+1:], nd.kids[pos:])
			nd.kids[pos] = k
		}
		n = k
	}
	if t.nodes[n].id == 0 {
		t.nodes[n].id = next() + 1
	}
	return t.nodes[n].id - 1
}

func (t *stemTrie) child(n int32, c byte) int32 {
	nd := &t.nodes[n]
	for i, k := range nd.keys {
		if k == c {
			return nd.kids[i]
		}
		if k > c {
			break
		}
	}
	return -1
}

func (t *stemTrie) prefixes(s string, dst []int32) []int32 {
	start := len(dst)
	n := int32(0)
	for i := 0; i < len(s); i++ {
		n = t.child(n, s[i])
		if n < 0 {
			break
		}
		if id := t.nodes[n].id; id != 0 {
			dst = append(dst, id-1)
		}
	}
	// Longest first.
	for i, j := start, len(dst)-1; i < j; i, j = i+1, j-1 {
		dst[i], dst[j] = dst[j], dst[i]
	}
	return dst
}

// phraseTrie maps sequences of word ids to entries. Phrases here are
// contiguous (every join is JoinNext), as actor, agent and verb-form
// phrases are. The root, which fans out to most of the vocabulary, is a
// map; inner nodes have few children and keep them in small slices.
type phraseTrie struct {
	root  map[int32]int32
	nodes []phraseNode
	// first[id] tells whether word id starts a phrase: most tokens start
	// none, and this test is cheaper than the map.
	first []bool
}

// seal builds first; the trie must not grow afterwards.
func (t *phraseTrie) seal(words int32) {
	t.first = make([]bool, words)
	for id := range t.root {
		t.first[id] = true
	}
}

type phraseNode struct {
	keys    []int32
	kids    []int32
	entries []int32
}

func newPhraseTrie() *phraseTrie {
	return &phraseTrie{root: make(map[int32]int32), nodes: make([]phraseNode, 1)}
}

func (t *phraseTrie) child(n int32, id int32) (int32, bool) {
	if n == 0 {
		k, ok := t.root[id]
		return k, ok
	}
	nd := &t.nodes[n]
	for i, k := range nd.keys {
		if k == id {
			return nd.kids[i], true
		}
	}
	return 0, false
}

func (t *phraseTrie) add(ids []int32, entry int32) {
	n := int32(0)
	for _, id := range ids {
		k, ok := t.child(n, id)
		if !ok {
			t.nodes = append(t.nodes, phraseNode{})
			k = int32(len(t.nodes) - 1)
			if n == 0 {
				t.root[id] = k
			} else {
				t.nodes[n].keys = append(t.nodes[n].keys, id)
				t.nodes[n].kids = append(t.nodes[n].kids, k)
			}
		}
		n = k
	}
	t.nodes[n].entries = append(t.nodes[n].entries, entry)
}

// firstIDs returns the ids that can start a phrase of the trie.
func (t *phraseTrie) firstIDs() []int32 {
	ids := make([]int32, 0, len(t.root))
	for id := range t.root {
		ids = append(ids, id)
	}
	return ids
}

// longest finds the longest phrase that starts at token i. It returns the
// number of tokens matched and the entries of that phrase, or 0. skip, if
// not nil, stops a phrase at tokens it reports.
func (t *phraseTrie) longest(s *sentence, i int, skip func(int) bool) (int, []int32) {
	if len(t.root) == 0 || i >= len(s.toks) {
		return 0, nil
	}
	if t.first != nil {
		starts := false
		for _, id := range s.cand(i) {
			if int(id) < len(t.first) && t.first[id] {
				starts = true
				break
			}
		}
		if !starts {
			return 0, nil
		}
	}
	// Depth-first search with an explicit stack: a token usually has one
	// or two candidate ids, so the stack stays small.
	type frame struct {
		node int32
		j    int
	}
	var stack [32]frame
	sp := 0
	for _, id := range s.cand(i) {
		if k, ok := t.root[id]; ok && sp < len(stack) {
			stack[sp] = frame{k, i + 1}
			sp++
		}
	}
	bestLen, best := 0, []int32(nil)
	for sp > 0 {
		sp--
		f := stack[sp]
		n := &t.nodes[f.node]
		if len(n.entries) > 0 && f.j-i > bestLen {
			bestLen, best = f.j-i, n.entries
		}
		if len(n.keys) == 0 || f.j >= len(s.toks) || (skip != nil && skip(f.j)) {
			continue
		}
		for _, id := range s.cand(f.j) {
			if k, ok := t.child(f.node, id); ok && sp < len(stack) {
				stack[sp] = frame{k, f.j + 1}
				sp++
			}
		}
	}
	return bestLen, best
}

// rootEntries returns the entries of the one-word phrase id.
func (t *phraseTrie) rootEntries(id int32) []int32 {
	k, ok := t.root[id]
	if !ok {
		return nil
	}
	return t.nodes[k].entries
}
