package treaty

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// ATOPImport is what ReadATOP makes of the ATOP alliance- and member-level
// files: one treaty per alliance, with a note for every row it could not
// take as it is.
type ATOPImport struct {
	// Version is the ATOP version the files give ("4.01").
	Version  string
	Treaties []*Treaty
	// Members is the number of member rows read; Historical the number of
	// member periods kept as "cow:N" because the state has no ISO code.
	Members    int
	Historical int
	// Problems are notes on rows taken with a change (a missing day, an
	// unknown code); nothing is dropped silently.
	Problems []string
}

// atopRow is one CSV row, read by column name.
type atopRow struct {
	line int
	col  map[string]int
	rec  []string
}

func (r atopRow) str(name string) string {
	i, ok := r.col[name]
	if !ok || i >= len(r.rec) {
		return ""
	}
	return strings.TrimSpace(r.rec[i])
}

// num reads an integer column; blank and "." are 0. ATOP writes some
// numbers as "4.0100002", so a float that is a whole number is accepted.
func (r atopRow) num(name string) (int, error) {
	s := r.str(name)
	if s == "" || s == "." {
		return 0, nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int(f)) {
		return 0, fmt.Errorf("line %d: column %s: %q is not a whole number", r.line, name, s)
	}
	return int(f), nil
}

func (r atopRow) flag(name string) bool {
	n, _ := r.num(name)
	return n != 0
}

// readCSV reads a CSV file with a header row into rows, checking that the
// named columns exist.
func readCSV(rd io.Reader, what string, need []string) ([]atopRow, error) {
	cr := csv.NewReader(rd)
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: read header: %w", what, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, n := range need {
		if _, ok := col[n]; !ok {
			return nil, fmt.Errorf("%s: no column %q (is this the ATOP %s file?)", what, n, what)
		}
	}
	var rows []atopRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		line, _ := cr.FieldPos(0)
		rows = append(rows, atopRow{line: line, col: col, rec: rec})
	}
	return rows, nil
}

// atopDate reads a year/month/day triple; year 0 is no date. A day or
// month out of range is kept as far as it is valid, with a note.
func atopDate(r atopRow, y, m, d string, notes *[]string) (Date, error) {
	year, err := r.num(y)
	if err != nil {
		return Date{}, err
	}
	month, err := r.num(m)
	if err != nil {
		return Date{}, err
	}
	day, err := r.num(d)
	if err != nil {
		return Date{}, err
	}
	if year == 0 {
		return Date{}, nil
	}
	dt, err := NewDate(year, month, day)
	if err != nil {
		dt, err2 := NewDate(year, month, 0)
		if err2 != nil {
			dt = Date{Year: year}
		}
		*notes = append(*notes, fmt.Sprintf("line %d: %v; kept as %s", r.line, err, dt))
		return dt, nil
	}
	return dt, nil
}

// atopKinds maps ATOP's member-level obligation columns to kinds, with
// the condition columns of each.
var atopKinds = []struct {
	col   string
	kind  Kind
	conds map[string]ConditionType
}{
	{"defense", Defense, map[string]ConditionType{"defcoadv": Adversary, "defcoloc": Location, "defcocon": Conflict, "defconum": Attackers, "defcodem": Reservation, "defconpr": NonProvocation}},
	{"offense", Offense, map[string]ConditionType{"offcoadv": Adversary, "offcoloc": Location, "offcocon": Conflict, "offconum": Attackers, "offcodem": Reservation}},
	{"neutral", Neutrality, map[string]ConditionType{"neucoadv": Adversary, "neucoloc": Location, "neucocon": Conflict, "neuconum": Attackers, "neucodem": Reservation, "neuconpr": NonProvocation}},
	{"nonagg", NonAggression, nil},
	{"consul", Consultation, map[string]ConditionType{"concoadv": Adversary, "concoloc": Location, "concocon": Conflict, "concoreq": OnRequest}},
}

// ReadATOP reads the ATOP alliance-level and member-level CSV files
// (version 4.01 or 5.x, which share the layout) into treaties with source
// "atop-VERSION". Each member row (a member in one phase of an alliance)
// becomes a party period and one clause per obligation it codes, owed to
// every other member over the days both are members. COW codes become
// ISO3 codes through countries, split where a code's meaning changes
// (COW 345 is Yugoslavia until 1992, then Serbia); a state with no ISO code
// is kept as "cow:N" with its name. ATOP codes no articles, and its
// location conditions do not say where: such conditions stay undecided in
// the cascade.
func ReadATOP(alliances, members io.Reader, countries *Countries) (*ATOPImport, error) {
	arows, err := readCSV(alliances, "alliance-level", []string{"atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday"})
	if err != nil {
		return nil, err
	}
	need := []string{"atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit"}
	for _, k := range atopKinds {
		need = append(need, k.col)
	}
	mrows, err := readCSV(members, "member-level", need)
	if err != nil {
		return nil, err
	}
	imp := &ATOPImport{}
	byID := map[int]*Treaty{}
	var order []int
	for _, r := range arows {
		id, err := r.num("atopid")
		if err != nil {
			return nil, fmt.Errorf("alliance-level: %w", err)
		}
		if byID[id] != nil {
			return nil, fmt.Errorf("alliance-level: line %d: atopid %d listed twice", r.line, id)
		}
		t := &Treaty{ID: fmt.Sprintf("atop-%d", id), Name: fmt.Sprintf("ATOP alliance %d", id), Status: StatusImported, ATOP: id}
		if t.Signed, err = atopDate(r, "begyr", "begmo", "begday", &imp.Problems); err != nil {
			return nil, fmt.Errorf("alliance-level: %w", err)
		}
		if t.Ended, err = atopDate(r, "endyr", "endmo", "endday", &imp.Problems); err != nil {
			return nil, fmt.Errorf("alliance-level: %w", err)
		}
		byID[id] = t
		order = append(order, id)
	}
	for _, r := range mrows {
		if err := imp.addMember(r, byID, countries); err != nil {
			return nil, fmt.Errorf("member-level: %w", err)
		}
	}
	if imp.Version == "" {
		imp.Version = "unknown"
	}
	for _, id := range order {
		t := byID[id]
		t.Source = "atop-" + imp.Version
		if len(t.Parties) == 0 {
			imp.Problems = append(imp.Problems, fmt.Sprintf("alliance %d has no member rows; left out", id))
			continue
		}
		imp.mergeParties(t)
		for _, err := range Validate(t, countries, nil, true) {
			imp.Problems = append(imp.Problems, fmt.Sprintf("alliance %d: %v", id, err))
		}
		imp.Treaties = append(imp.Treaties, t)
	}
	return imp, nil
}

// mergeParties joins the periods of a member whose rows touch or overlap
// (one per phase, and some phases overlap in ATOP). Each row's clauses keep
// the row's own interval, so the obligations stay as coded.
func (imp *ATOPImport) mergeParties(t *Treaty) {
	var out []Party
	for _, p := range t.Parties {
		merged := false
		for i := range out {
			q := &out[i]
			if q.Code != p.Code {
				continue
			}
			a, b := Interval{From: q.Joined, Until: q.Left}, Interval{From: p.Joined, Until: p.Left}
			touch := a.Overlaps(b) || (!a.Until.IsZero() && a.Until == b.From) || (!b.Until.IsZero() && b.Until == a.From)
			if !touch {
				continue
			}
			if a.Overlaps(b) {
				imp.Problems = append(imp.Problems, fmt.Sprintf("alliance %d: rows of %s overlap over %s; both rows' obligations apply", t.ATOP, p.Code, a.Intersect(b)))
			}
			if !q.Joined.IsZero() && (p.Joined.IsZero() || p.Joined.Before(q.Joined)) {
				q.Joined = p.Joined
			}
			if !q.Left.IsZero() && (p.Left.IsZero() || q.Left.Before(p.Left)) {
				q.Left = p.Left
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, p)
		}
	}
	t.Parties = out
}

func (imp *ATOPImport) addMember(r atopRow, byID map[int]*Treaty, countries *Countries) error {
	id, err := r.num("atopid")
	if err != nil {
		return err
	}
	t := byID[id]
	if t == nil {
		return fmt.Errorf("line %d: atopid %d is not in the alliance-level file", r.line, id)
	}
	if v := r.str("version"); v != "" && imp.Version == "" {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			imp.Version = strconv.FormatFloat(f, 'f', 2, 32)
		}
	}
	cow, err := r.num("member")
	if err != nil {
		return err
	}
	entry, err := atopDate(r, "yrent", "moent", "dayent", &imp.Problems)
	if err != nil {
		return err
	}
	exit, err := atopDate(r, "yrexit", "moexit", "dayexit", &imp.Problems)
	if err != nil {
		return err
	}
	if exit.IsZero() {
		exit = t.Ended
	}
	imp.Members++
	row := Interval{From: entry, Until: exit}
	if row.Empty() {
		imp.Problems = append(imp.Problems, fmt.Sprintf("line %d: alliance %d member %d: exit %s not after entry %s; kept for one day", r.line, id, cow, exit, entry))
		row.Until = Date{}
	}
	pieces := memberPieces(cow, row, countries)
	var clauses []Clause
	for _, k := range atopKinds {
		if !r.flag(k.col) {
			continue
		}
		var conds []Condition
		for _, col := range slices.Sorted(maps.Keys(k.conds)) {
			if !r.flag(col) {
				continue
			}
			c := Condition{Type: k.conds[col], Text: "ATOP codes " + col}
			if c.Type == Adversary {
				for _, th := range []string{"statthr1", "statthr2"} {
					if n, _ := r.num(th); n > 0 {
						c.Adversaries = append(c.Adversaries, atopCode(n, t.Signed, countries))
					}
				}
				if len(c.Adversaries) == 0 {
					c.Text = "ATOP codes an adversary condition (" + col + ") without naming the state"
				}
			}
			if c.Type == Location {
				c.Text = "ATOP codes a location condition (" + col + ") without saying where"
			}
			conds = append(conds, c)
		}
		clauses = append(clauses, Clause{Kind: k.kind, To: []string{All}, Conditions: conds,
			Note: fmt.Sprintf("ATOP member row, line %d; ATOP codes no article", r.line)})
	}
	for _, p := range pieces {
		if strings.HasPrefix(p.Code, "cow:") {
			imp.Historical++
		}
		t.Parties = append(t.Parties, p)
		for _, c := range clauses {
			c.By = []string{p.Code}
			c.From, c.Until = p.Joined, p.Left
			t.Clauses = append(t.Clauses, c)
		}
	}
	if len(pieces) == 0 {
		imp.Problems = append(imp.Problems, fmt.Sprintf("line %d: alliance %d member %d: no days of membership", r.line, id, cow))
	}
	return nil
}

// memberPieces splits a member's interval where its COW code changes
// meaning and gives each piece its code.
func memberPieces(cow int, iv Interval, countries *Countries) []Party {
	rows := countries.Periods(cow)
	if len(rows) == 0 {
		code := fmt.Sprintf("cow:%d", cow)
		return []Party{{Code: code, Name: "unknown COW code", Joined: iv.From, Left: iv.Until}}
	}
	var res []Party
	for _, row := range rows {
		part := iv.Intersect(row.Period)
		if part.Empty() {
			continue
		}
		p := Party{Code: row.ISO3, Joined: part.From, Left: part.Until}
		if row.Historical() {
			p.Code = fmt.Sprintf("cow:%d", cow)
			p.Name = row.Name
		}
		res = append(res, p)
	}
	if len(res) == 0 {
		// The row falls outside every period of the code (COW 260 before
		// 1955): keep it under its COW code rather than drop it.
		code := fmt.Sprintf("cow:%d", cow)
		res = append(res, Party{Code: code, Name: rows[0].Name, Joined: iv.From, Left: iv.Until})
	}
	return res
}

// atopCode is the ISO3 code of a COW state on day d, or "cow:N".
func atopCode(cow int, d Date, countries *Countries) string {
	if iso, err := countries.ISO3(cow, d); err == nil {
		return iso
	}
	return fmt.Sprintf("cow:%d", cow)
}
