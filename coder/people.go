package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// personIndex finds the dictionaries' people under names the dictionaries
// do not list: a surname after a title ("President Mugabe", "President
// Omar El Bashir" for Omar al-Bashir) and a name misspelt by one letter
// ("Ngueyn Phu Trong", "President Bouteflicka"). Exact names are the
// phrase trie's business; this index is asked only about capitalised runs
// the trie left over.
type personIndex struct {
	names []personName
	// byWord maps each word of a name of two words or more to the names
	// that hold it.
	byWord map[string][]int32
	// bySurname maps a name's last word, its article ("al-", "el-") cut
	// off, to the names that end in it; surnames lists those keys by
	// their first letter.
	bySurname map[string][]int32
	surnames  map[byte][]string
}

type personName struct {
	words []string
	rec   int32
}

func newPersonIndex() *personIndex {
	return &personIndex{byWord: map[string][]int32{}, bySurname: map[string][]int32{}, surnames: map[byte][]string{}}
}

// add records name (two words or more) of person record rec.
func (x *personIndex) add(name dict.Phrase, rec int32) {
	if len(name) < 2 {
		return
	}
	words := make([]string, len(name))
	for i, w := range name {
		words[i] = w.Text
	}
	n := int32(len(x.names))
	x.names = append(x.names, personName{words: words, rec: rec})
	for i, w := range words {
		if i > 0 && w == words[i-1] {
			continue
		}
		x.byWord[w] = appendOnce(x.byWord[w], n)
	}
	key := surnameKey(words[len(words)-1])
	if _, ok := x.bySurname[key]; !ok && key != "" {
		x.surnames[key[0]] = append(x.surnames[key[0]], key)
	}
	x.bySurname[key] = append(x.bySurname[key], n)
}

func appendOnce(ids []int32, id int32) []int32 {
	if len(ids) > 0 && ids[len(ids)-1] == id {
		return ids
	}
	return append(ids, id)
}

// surnameKey cuts the Arabic article off a surname, which news writes
// as "al-Bashir", "el-Bashir", "Al Bashir" or "Bashir".
func surnameKey(w string) string {
	for _, p := range []string{"AL-", "EL-", "AD-", "AS-", "AN-", "AR-"} {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}

// isArticleWord reports the particles a name may carry as a word of its
// own ("Omar El Bashir", "Bashar Al Assad"): they are skipped when names
// are compared.
func isArticleWord(w string) bool {
	switch w {
	case "AL", "EL", "AD", "AS":
		return true
	}
	return false
}

// lookup returns the person record that the name words (upper case)
// stand for, or -1. A misspelling counts only in a name of two words or
// more in which every other word is exact, or, after a title, in a
// surname of six letters or more. A surname alone counts after a title.
// Every candidate must give the same first code block on date (one
// country, or one organisation for its heads), and a person in office
// then is preferred, so that "President Bush" is the Bush in office.
func (x *personIndex) lookup(c *Coder, words []string, titled bool, date dict.Date) int32 {
	if x == nil || len(x.names) == 0 {
		return -1
	}
	var cands []int32
	if len(words) >= 2 {
		cands = x.misspelt(words)
	}
	if len(cands) == 0 && titled {
		cands = x.bySurnameOf(words)
	}
	return x.pick(c, cands, date)
}

// maxNamesPerWord bounds the names one word of a run is compared with.
const maxNamesPerWord = 64

// misspelt returns the names of as many words as words that differ from
// it in one word, by one letter.
func (x *personIndex) misspelt(words []string) []int32 {
	var out []int32
	seen := map[int32]bool{}
	for _, w := range words {
		ids := x.byWord[w]
		if len(ids) > maxNamesPerWord {
			// A given name many people bear ("John") anchors nothing; the
			// run's other words will.
			continue
		}
		for _, n := range ids {
			if seen[n] {
				continue
			}
			seen[n] = true
			name := x.names[n].words
			if len(name) != len(words) {
				continue
			}
			diff := 0
			ok := true
			for k := range name {
				if name[k] == words[k] {
					continue
				}
				diff++
				if diff > 1 || len(name[k]) < 4 || len(words[k]) < 4 || !withinOneEdit(name[k], words[k]) {
					ok = false
					break
				}
			}
			if ok && diff == 1 {
				out = append(out, x.names[n].rec)
			}
		}
	}
	return out
}

// bySurnameOf returns the people whose name ends in the run's last word
// (exactly, or for a long surname with one letter wrong). When the run
// also gives other names, a candidate must share one of them.
func (x *personIndex) bySurnameOf(words []string) []int32 {
	key := surnameKey(words[len(words)-1])
	ids := x.bySurname[key]
	if len(ids) == 0 && len(key) >= 6 {
		for _, k := range x.surnames[key[0]] {
			if d := len(k) - len(key); d <= 1 && d >= -1 && withinOneEdit(k, key) {
				ids = append(ids, x.bySurname[k]...)
			}
		}
	}
	var out []int32
	for _, n := range ids {
		if len(words) == 1 || x.sharesGiven(n, words[:len(words)-1]) {
			out = append(out, x.names[n].rec)
		}
	}
	return out
}

// sharesGiven reports whether name n holds one of the given words
// (particles aside).
func (x *personIndex) sharesGiven(n int32, given []string) bool {
	for _, g := range given {
		if isArticleWord(g) {
			continue
		}
		for _, w := range x.names[n].words {
			if w == g {
				return true
			}
		}
	}
	return false
}

// pick returns the one person the candidates stand for, or -1 when they
// disagree on their first code block or there are none.
func (x *personIndex) pick(c *Coder, cands []int32, date dict.Date) int32 {
	best := int32(-1)
	block := ""
	for _, rec := range cands {
		code, ok := c.t.actorRecs[rec].CodeAt(date)
		if !ok || len(code) < 3 {
			continue
		}
		switch {
		case block == "":
			block, best = code[:3], rec
		case code[:3] != block:
			return -1
		case strings.HasSuffix(code, "ELI"):
		default:
			if b, _ := c.t.actorRecs[best].CodeAt(date); strings.HasSuffix(b, "ELI") {
				best = rec
			}
		}
	}
	return best
}

// withinOneEdit reports whether a and b differ by at most one inserted,
// deleted or changed byte, or two adjacent bytes swapped.
func withinOneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return true
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return a[i+1:] == b[i:]
	}
	return false
}
