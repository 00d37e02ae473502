package treaty

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Dyad is a directed pair: By owes To.
type Dyad struct{ By, To string }

// DyadYears holds, for one year, the directed dyads of ATOP's dyad-year
// file with each obligation kind.
type DyadYears struct {
	Year  int
	Kinds map[Kind]map[Dyad]bool
	// Unmapped lists the COW codes of the year that have no ISO code; their
	// dyads are kept under "cow:N".
	Unmapped []int
}

// dyadColumns are the obligation columns of the peacesciencer ATOP
// directed dyad-year file.
var dyadColumns = map[string]Kind{
	"atop_defense": Defense, "atop_offense": Offense, "atop_neutral": Neutrality,
	"atop_nonagg": NonAggression, "atop_consul": Consultation,
}

// ReadDyadYears reads an ATOP directed dyad-year CSV (plain or gzipped;
// columns ccode1, ccode2, year and atop_defense … atop_consul, where a 1
// in row (A, B, y) means A owes B in year y) and keeps the rows of year.
// COW codes become ISO3 codes as in the latest part of the year the code
// has a meaning (COW 260 is DEU in 1990, though it ends on 1990-10-03).
func ReadDyadYears(r io.Reader, year int, countries *Countries) (*DyadYears, error) {
	br := bufio.NewReader(r)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("dyad-year file: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	need := []string{"ccode1", "ccode2", "year"}
	for c := range dyadColumns {
		need = append(need, c)
	}
	rows, err := readCSV(br, "dyad-year", need)
	if err != nil {
		return nil, err
	}
	out := &DyadYears{Year: year, Kinds: map[Kind]map[Dyad]bool{}}
	for _, k := range dyadColumns {
		out.Kinds[k] = map[Dyad]bool{}
	}
	unmapped := map[int]bool{}
	code := func(cow int) string {
		if iso := codeInYear(cow, year, countries); iso != "" {
			return iso
		}
		unmapped[cow] = true
		return fmt.Sprintf("cow:%d", cow)
	}
	for _, r := range rows {
		y, err := r.num("year")
		if err != nil {
			return nil, fmt.Errorf("dyad-year: %w", err)
		}
		if y != year {
			continue
		}
		a, err := r.num("ccode1")
		if err != nil {
			return nil, fmt.Errorf("dyad-year: %w", err)
		}
		b, err := r.num("ccode2")
		if err != nil {
			return nil, fmt.Errorf("dyad-year: %w", err)
		}
		d := Dyad{code(a), code(b)}
		for col, k := range dyadColumns {
			if r.flag(col) {
				out.Kinds[k][d] = true
			}
		}
	}
	for c := range unmapped {
		out.Unmapped = append(out.Unmapped, c)
	}
	slices.Sort(out.Unmapped)
	return out, nil
}

// codeInYear is the ISO3 code of the latest period of cow that overlaps
// the year, or "" for none or a historical state.
func codeInYear(cow, year int, countries *Countries) string {
	iso := ""
	y := Year(year)
	for _, row := range countries.Periods(cow) {
		if row.Period.Overlaps(y) {
			iso = row.ISO3
		}
	}
	return iso
}

// ObligationDyads returns the directed dyads with an obligation of kind in
// force on at least one day of year, each with the treaties that create it.
func ObligationDyads(treaties []*Treaty, kind Kind, year int) map[Dyad][]string {
	out := map[Dyad][]string{}
	y := Year(year)
	for _, t := range treaties {
		for _, o := range t.Obligations() {
			if o.Kind != kind || !o.Interval.Overlaps(y) {
				continue
			}
			d := Dyad{o.By, o.To}
			if !slices.Contains(out[d], t.ID) {
				out[d] = append(out[d], t.ID)
			}
		}
	}
	return out
}

// Disagreement is a dyad one source has and the other lacks, with what the
// import knows of it.
type Disagreement struct {
	By      string `json:"by"`
	To      string `json:"to"`
	Side    string `json:"side"` // "import only" or "reference only"
	Detail  string `json:"detail"`
	Treaty  string `json:"treaty,omitempty"`
	Reasons string `json:"-"`
}

// DyadReport compares the obligations of an import with a reference
// dyad-year file for one year and kind.
type DyadReport struct {
	Suite     string `json:"suite"`
	Year      int    `json:"year"`
	Kind      Kind   `json:"kind"`
	Import    int    `json:"import_dyads"`
	Reference int    `json:"reference_dyads"`
	Both      int    `json:"both"`
	// Agreement is Both over the dyads either source has: the share of
	// obligated dyads the two agree on. Dyads neither has are not counted,
	// so that the figure is not inflated by the many unallied pairs.
	Agreement     float64        `json:"agreement"`
	Disagreements []Disagreement `json:"disagreements"`
	Unmapped      []int          `json:"unmapped_cow,omitempty"`
}

// CompareDyads compares the import's obligations of kind in year with the
// reference and explains each disagreement from the import's side.
func CompareDyads(treaties []*Treaty, ref *DyadYears, kind Kind) DyadReport {
	mine := ObligationDyads(treaties, kind, ref.Year)
	theirs := ref.Kinds[kind]
	rep := DyadReport{Suite: "atop", Year: ref.Year, Kind: kind, Import: len(mine), Reference: len(theirs), Unmapped: ref.Unmapped,
		Disagreements: []Disagreement{}}
	for d, ids := range mine {
		if theirs[d] {
			rep.Both++
			continue
		}
		rep.Disagreements = append(rep.Disagreements, Disagreement{By: d.By, To: d.To, Side: "import only", Treaty: ids[0],
			Detail: describe(treaties, d, kind, ids)})
	}
	for d := range theirs {
		if _, ok := mine[d]; ok {
			continue
		}
		dis := Disagreement{By: d.By, To: d.To, Side: "reference only", Detail: "the import has no such obligation in the year"}
		if near := nearest(treaties, d, kind, ref.Year); near != "" {
			dis.Detail = near
		}
		rep.Disagreements = append(rep.Disagreements, dis)
	}
	slices.SortFunc(rep.Disagreements, func(a, b Disagreement) int {
		return strings.Compare(a.Side+a.By+a.To, b.Side+b.By+b.To)
	})
	if union := rep.Import + rep.Reference - rep.Both; union > 0 {
		rep.Agreement = float64(rep.Both) / float64(union)
	} else {
		rep.Agreement = 1
	}
	return rep
}

// describe lists the import's obligations for a dyad.
func describe(treaties []*Treaty, d Dyad, kind Kind, ids []string) string {
	var parts []string
	for _, t := range treaties {
		if !slices.Contains(ids, t.ID) {
			continue
		}
		for _, o := range t.Obligations() {
			if o.Kind == kind && o.By == d.By && o.To == d.To {
				parts = append(parts, fmt.Sprintf("%s over %s", t.ID, o.Interval))
			}
		}
	}
	return "import: " + strings.Join(parts, ", ")
}

// nearest says when the import has the dyad's obligation, if in another
// year.
func nearest(treaties []*Treaty, d Dyad, kind Kind, year int) string {
	for _, t := range treaties {
		for _, o := range t.Obligations() {
			if o.Kind == kind && o.By == d.By && o.To == d.To {
				return fmt.Sprintf("the import has %s over %s, not in %d", t.ID, o.Interval, year)
			}
		}
	}
	return ""
}

// Figures returns the report's figures by the names a baseline uses.
func (r DyadReport) Figures() map[string]float64 {
	return map[string]float64{
		"agreement":       r.Agreement,
		"reference_dyads": float64(r.Reference),
		"both":            float64(r.Both),
	}
}

// JSON is the report as one JSON object.
func (r DyadReport) JSON() ([]byte, error) { return json.Marshal(r) }

// WriteText writes the report for people.
func (r DyadReport) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "atop: %s obligations in %d, import against the reference dyad-year file\n", r.Kind, r.Year)
	fmt.Fprintf(bw, "import %d dyads, reference %d, both %d\n", r.Import, r.Reference, r.Both)
	fmt.Fprintf(bw, "agreement %.4f (both / dyads either source has)\n", r.Agreement)
	if len(r.Unmapped) > 0 {
		fmt.Fprintf(bw, "COW codes with no ISO code in %d (kept as cow:N): %v\n", r.Year, r.Unmapped)
	}
	if len(r.Disagreements) > 0 {
		fmt.Fprintf(bw, "disagreements (%d):\n", len(r.Disagreements))
		for _, d := range r.Disagreements {
			fmt.Fprintf(bw, "  %-14s %s→%s  %s\n", d.Side, d.By, d.To, d.Detail)
		}
	}
	return bw.Flush()
}
