// Package screeneval scores sanctions screening on name-matching sets:
// list members who must be found (the yente UN positives), people who are
// on no list and must not be (the yente US Congress set), and the named
// cases of issue 8.
package screeneval

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/entente/entente/sanctions"
)

// Row is one name of a name-matching set.
type Row struct {
	Name        string
	BirthDate   string
	Nationality string
	Line        int
}

// ReadNames reads a yente candidate-generation set: CSV with a header
// naming full_name (required) and, optionally, date_of_birth and
// nationality. A row without a name is an error naming its line.
func ReadNames(r io.Reader) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	name, ok := col["full_name"]
	if !ok {
		return nil, errors.New("no full_name column")
	}
	get := func(rec []string, c string) string {
		if i, ok := col[c]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var rows []Row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		line, _ := cr.FieldPos(0)
		if name >= len(rec) || strings.TrimSpace(rec[name]) == "" {
			return rows, fmt.Errorf("line %d: no full_name", line)
		}
		rows = append(rows, Row{Name: strings.TrimSpace(rec[name]), BirthDate: get(rec, "date_of_birth"), Nationality: get(rec, "nationality"), Line: line})
	}
}

// Case is a named case of issue 8: a name that must match one of the
// entries Want (LIST/ID), or, with Want empty, must match nothing.
type Case struct {
	Name string
	Want []string
}

// NamedCases are the cases of issue 8 against the OFAC 2021 and 2025 sets
// and the UN list of ../shared/eval/sanctions. The ids are the lists'
// own: OFAC ent_num 18782 is Rosoboronexport (SDN and the non-SDN
// consolidated list), 35746 Dmitry Shugaev, 35747 Alexander Mikheyev,
// 51136 Alexander Fomin, 35096 Vladimir Putin, 20157 Kim Jong Un.
var NamedCases = []Case{
	{Name: "Rosoboronexport", Want: []string{"us-ofac-sdn/18782", "us-ofac-cons/18782"}},
	{Name: "Dmitry Shugaev", Want: []string{"us-ofac-sdn/35746"}},
	{Name: "Alexander Mikheyev", Want: []string{"us-ofac-sdn/35747"}},
	{Name: "Alexander Fomin", Want: []string{"us-ofac-sdn/51136"}},
	{Name: "Vladimir Putin", Want: []string{"us-ofac-sdn/35096"}},
	{Name: "Kim Jong Un", Want: []string{"us-ofac-sdn/20157"}},
	{Name: "To Lam"},
	{Name: "Nguyen Phu Trong"},
	{Name: "Pham Minh Chinh"},
	{Name: "Jens Stoltenberg"},
	{Name: "Mykhailo Podolyak"},
}

// Miss is a row or case that screening got wrong, with what it returned.
type Miss struct {
	Set   string `json:"set"`
	Query string `json:"query"`
	Line  int    `json:"line,omitempty"`
	Want  string `json:"want,omitempty"`
	// Got is the top candidate ("LIST/ID name score match"), or empty.
	Got string `json:"got,omitempty"`
	Why string `json:"why,omitempty"`
}

// Report holds the figures of one run.
type Report struct {
	Cases      int `json:"cases"`
	CasesRight int `json:"cases_right"`
	// UNRows is how many positives have an entry on the loaded UN list
	// whose primary name or strong alias is the row's name; UNNotListed
	// how many do not (people delisted since the set was made).
	UNRows      int `json:"un_rows"`
	UNNotListed int `json:"un_not_listed"`
	UNTop1      int `json:"un_top1"`
	// UNTop1Any counts the rows whose right entry is the best UN
	// candidate even when screening does not call it a match.
	UNTop1Any int `json:"un_top1_any"`
	// UNTypoTop1 and UNDropTop1 count the rows found as the top match
	// when the name is screened with one typing error, or with one word
	// left out (names of three words or more; the others as they are):
	// variants made by Typo and Drop with a fixed seed.
	UNTypoTop1    int `json:"un_typo_top1"`
	UNDropTop1    int `json:"un_drop_top1"`
	Congress      int `json:"congress"`
	CongressFalse int `json:"congress_false"`
	// Queries and Seconds time the screening of every query, one after
	// the other on one goroutine.
	Queries int     `json:"queries"`
	Seconds float64 `json:"seconds"`
	Misses  []Miss  `json:"misses,omitempty"`
}

// Run screens the named cases and the two sets against ix. A UN positive
// is right when the best candidate among the UN entries is its entry and
// matches; a Congress member counts as a false match when any candidate
// matches.
func Run(ctx context.Context, ix *sanctions.Index, unPositives, congress []Row) (Report, error) {
	var r Report
	gold := unGold(ix.Entries())
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Now()
	for _, c := range NamedCases {
		cands := ix.Screen(sanctions.Query{Name: c.Name})
		r.Queries++
		r.Cases++
		var matched []string
		for _, cand := range cands {
			if cand.Match {
				matched = append(matched, cand.Entry.Key())
			}
		}
		ok := len(matched) == 0
		if len(c.Want) > 0 {
			ok = len(matched) > 0 && slices.Contains(c.Want, matched[0])
		}
		if ok {
			r.CasesRight++
			continue
		}
		r.Misses = append(r.Misses, Miss{Set: "cases", Query: c.Name, Want: strings.Join(c.Want, " or "), Got: top(cands), Why: why(cands)})
	}
	for i, row := range unPositives {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return r, err
			}
		}
		want := gold[sanctions.Fold(row.Name)]
		cands := ix.Screen(sanctions.Query{Name: row.Name})
		r.Queries++
		if len(want) == 0 {
			r.UNNotListed++
			continue
		}
		r.UNRows++
		for _, v := range []struct {
			name  string
			count *int
		}{{Typo(rng, row.Name), &r.UNTypoTop1}, {Drop(rng, row.Name), &r.UNDropTop1}} {
			r.Queries++
			if best := bestUN(ix.Screen(sanctions.Query{Name: v.name})); best != nil && best.Match && slices.Contains(want, best.Entry.ID) {
				*v.count++
			}
		}
		best := bestUN(cands)
		if best != nil && slices.Contains(want, best.Entry.ID) {
			r.UNTop1Any++
			if best.Match {
				r.UNTop1++
				continue
			}
		}
		m := Miss{Set: "un", Query: row.Name, Line: row.Line, Want: strings.Join(want, " or ")}
		if best != nil {
			m.Got = describe(*best)
			m.Why = best.Explanation
		}
		r.Misses = append(r.Misses, m)
	}
	for i, row := range congress {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return r, err
			}
		}
		cands := ix.Screen(sanctions.Query{Name: row.Name})
		r.Queries++
		r.Congress++
		if len(cands) > 0 && cands[0].Match {
			r.CongressFalse++
			r.Misses = append(r.Misses, Miss{Set: "congress", Query: row.Name, Line: row.Line, Got: describe(cands[0]), Why: cands[0].Explanation})
		}
	}
	r.Seconds = time.Since(start).Seconds()
	return r, nil
}

// bestUN returns the first candidate from the UN list, or nil.
func bestUN(cands []sanctions.Candidate) *sanctions.Candidate {
	for i := range cands {
		if cands[i].Entry.List == sanctions.ListUN {
			return &cands[i]
		}
	}
	return nil
}

// Typo returns name with one typing error, placed by r in a word of three
// letters or more: a letter (not the first) replaced by another, dropped,
// or swapped with the one before it. A name without such a word comes
// back as it is.
func Typo(r *rand.Rand, name string) string {
	words := strings.Fields(name)
	var long []int
	for i, w := range words {
		if len(w) >= 3 {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return name
	}
	i := long[r.IntN(len(long))]
	b := []byte(words[i])
	j := 1 + r.IntN(len(b)-1)
	switch r.IntN(3) {
	case 0:
		b[j] = byte('a' + r.IntN(26))
	case 1:
		b = append(b[:j], b[j+1:]...)
	default:
		b[j], b[j-1] = b[j-1], b[j]
	}
	words[i] = string(b)
	return strings.Join(words, " ")
}

// Drop returns name without one of its words, chosen by r, when it has
// three or more; shorter names come back as they are.
func Drop(r *rand.Rand, name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return name
	}
	i := r.IntN(len(words))
	return strings.Join(append(words[:i:i], words[i+1:]...), " ")
}

// unGold maps each folded primary name and strong alias of the UN entries
// to their reference numbers.
func unGold(entries []sanctions.Entry) map[string][]string {
	gold := map[string][]string{}
	for i := range entries {
		e := &entries[i]
		if e.List != sanctions.ListUN {
			continue
		}
		for _, n := range e.Names {
			if n.Kind == sanctions.Weak {
				continue
			}
			k := sanctions.Fold(n.Text)
			if !slices.Contains(gold[k], e.ID) {
				gold[k] = append(gold[k], e.ID)
			}
		}
	}
	return gold
}

func describe(c sanctions.Candidate) string {
	return fmt.Sprintf("%s %q %.3f match=%v", c.Entry.Key(), c.Name.Text, c.Score, c.Match)
}

func top(cands []sanctions.Candidate) string {
	if len(cands) == 0 {
		return ""
	}
	return describe(cands[0])
}

func why(cands []sanctions.Candidate) string {
	if len(cands) == 0 {
		return "no candidate"
	}
	return cands[0].Explanation
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Figures returns the report's figures by the names a baseline uses:
// cases_right, un_top1, un_typo_top1, un_drop_top1 and
// congress_false_rate_max as ratios, un_rows and congress as counts (so
// that a reader change cannot drop rows unseen).
func (r Report) Figures() map[string]float64 {
	return map[string]float64{
		"cases_right":             ratio(r.CasesRight, r.Cases),
		"un_top1":                 ratio(r.UNTop1, r.UNRows),
		"un_rows":                 float64(r.UNRows),
		"congress":                float64(r.Congress),
		"congress_false_rate_max": ratio(r.CongressFalse, r.Congress),
		"un_typo_top1":            ratio(r.UNTypoTop1, r.UNRows),
		"un_drop_top1":            ratio(r.UNDropTop1, r.UNRows),
	}
}

// QueriesPerSecond is the screening speed of the run.
func (r Report) QueriesPerSecond() float64 {
	if r.Seconds == 0 {
		return 0
	}
	return float64(r.Queries) / r.Seconds
}

// JSON returns the figures and counts as one JSON object.
func (r Report) JSON() ([]byte, error) {
	round := func(x float64) float64 { return math.Round(x*1e4) / 1e4 }
	f := r.Figures()
	return json.Marshal(struct {
		Suite             string  `json:"suite"`
		CasesRight        float64 `json:"cases_right"`
		UNTop1            float64 `json:"un_top1"`
		UNTop1Any         float64 `json:"un_top1_any"`
		UNTypoTop1        float64 `json:"un_typo_top1"`
		UNDropTop1        float64 `json:"un_drop_top1"`
		UNRows            int     `json:"un_rows"`
		UNNotListed       int     `json:"un_not_listed"`
		Congress          int     `json:"congress"`
		CongressFalse     int     `json:"congress_false"`
		CongressFalseRate float64 `json:"congress_false_rate"`
		QueriesPerSecond  float64 `json:"queries_per_second"`
	}{"sanctions", round(f["cases_right"]), round(f["un_top1"]), round(ratio(r.UNTop1Any, r.UNRows)), round(f["un_typo_top1"]), round(f["un_drop_top1"]), r.UNRows, r.UNNotListed,
		r.Congress, r.CongressFalse, round(f["congress_false_rate_max"]), math.Round(r.QueriesPerSecond())})
}

// WriteText writes the report for people: the figures, then every miss.
func (r Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "named cases: %d of %d right\n", r.CasesRight, r.Cases)
	fmt.Fprintf(&b, "UN positives: %d of %d rows with a UN entry found as the top match (%.1f%%); %d as the best UN candidate whether or not it matched; %d rows name no entry of this UN list\n",
		r.UNTop1, r.UNRows, 100*ratio(r.UNTop1, r.UNRows), r.UNTop1Any, r.UNNotListed)
	fmt.Fprintf(&b, "UN positives with one typing error: %d of %d (%.1f%%); with one word left out: %d (%.1f%%)\n",
		r.UNTypoTop1, r.UNRows, 100*ratio(r.UNTypoTop1, r.UNRows), r.UNDropTop1, 100*ratio(r.UNDropTop1, r.UNRows))
	fmt.Fprintf(&b, "US Congress: %d of %d falsely matched (%.2f%%)\n", r.CongressFalse, r.Congress, 100*ratio(r.CongressFalse, r.Congress))
	fmt.Fprintf(&b, "speed: %d queries in %.3f s, %.0f queries/s on one goroutine\n", r.Queries, r.Seconds, r.QueriesPerSecond())
	if len(r.Misses) > 0 {
		b.WriteString("\nmisses\n")
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "  %-8s %q", m.Set, m.Query)
			if m.Line > 0 {
				fmt.Fprintf(&b, " (line %d)", m.Line)
			}
			if m.Want != "" {
				fmt.Fprintf(&b, " want %s", m.Want)
			}
			fmt.Fprintf(&b, " got %s", firstNonEmpty(m.Got, "nothing"))
			if m.Why != "" {
				fmt.Fprintf(&b, "\n           %s", m.Why)
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
