package sanctions

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// OFAC list names.
const (
	ListOFACSDN  = "us-ofac-sdn"
	ListOFACCons = "us-ofac-cons"
)

// OFACSet is one OFAC legacy CSV set: the SDN files (sdn.csv, alt.csv,
// add.csv, sdn_comments.csv) or the non-SDN consolidated ones
// (cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv). A nil
// file is absent. The files have no header; "-0-" is null.
type OFACSet struct {
	// List is ListOFACSDN or ListOFACCons.
	List string
	// Primary rows: ent_num, name, type (individual, vessel, aircraft;
	// null for entities), programmes joined by "] [", title, call sign,
	// vessel type, tonnage, GRT, vessel flag, vessel owner, remarks.
	Primary *File
	// Alt rows: ent_num, alt_num, alt_type (aka, fka, nka), alt_name,
	// alt_remarks.
	Alt *File
	// Address rows: ent_num, add_num, address, city/state/postal code,
	// country, add_remarks.
	Address *File
	// Comments rows: ent_num, the rest of the entry's remarks, which the
	// primary file cuts off.
	Comments *File
}

// ofacEntry collects one entry's rows before they become an Entry.
type ofacEntry struct {
	Entry
	num     int
	primary bool
}

// ReadOFAC reads one OFAC legacy CSV set. Aliases, addresses and comments
// attach to their entry by ent_num. An entry that has alias rows but no
// primary row (the set ships without sdn.csv, or the files are out of
// step) is kept, named by its aliases, with its type guessed from their
// shape: OFAC writes individuals "LAST, First" with the given names in
// mixed case. The remarks (with their continuation in the comments file)
// give birth dates and places, nationalities, gender and the weak aliases
// (a.k.a. 'NAME').
func ReadOFAC(ctx context.Context, set OFACSet) (Loaded, error) {
	var l Loaded
	if set.Primary == nil && set.Alt == nil {
		return l, fmt.Errorf("read OFAC %s: neither a primary nor an alias file", set.List)
	}
	byNum := map[int]*ofacEntry{}
	var order []int
	nameless := 0
	// unnamed records an entry that only an address or comment row names:
	// a fault of the set when it has a primary file, expected when not.
	unnamed := func(e *ofacEntry, file string, line int, what string) *ofacEntry {
		e.Source = fmt.Sprintf("%s:%d", file, line)
		if set.Primary != nil {
			l.problem(file, line, "%s of unknown ent_num %d: kept as an entry without a name", what, e.num)
		}
		nameless++
		return e
	}
	get := func(num int) *ofacEntry {
		e, ok := byNum[num]
		if !ok {
			e = &ofacEntry{num: num}
			e.List = set.List
			e.ID = strconv.Itoa(num)
			byNum[num] = e
			order = append(order, num)
		}
		return e
	}
	if set.Primary != nil {
		f := *set.Primary
		err := eachCSVRow(ctx, f, &l, func(row csvRow) {
			num, ok := ofacRow(&l, f.Name, row, 12)
			if !ok {
				return
			}
			if e, seen := byNum[num]; seen && e.primary {
				l.problem(f.Name, row.line, "ent_num %d listed twice (first at %s): row skipped", num, e.Source)
				return
			}
			e := get(num)
			e.primary = true
			e.Source = fmt.Sprintf("%s:%d", f.Name, row.line)
			fillOFACPrimary(&e.Entry, row.fields)
		})
		if err != nil {
			return l, err
		}
	}
	if set.Alt != nil {
		f := *set.Alt
		orphans := 0
		err := eachCSVRow(ctx, f, &l, func(row csvRow) {
			num, ok := ofacRow(&l, f.Name, row, 5)
			if !ok {
				return
			}
			name := row.fields[3]
			if name == "" {
				l.problem(f.Name, row.line, "alias row without a name")
				return
			}
			e := get(num)
			if !e.primary {
				if set.Primary != nil && len(e.Names) == 0 {
					l.problem(f.Name, row.line, "alias of ent_num %d, which the primary file does not have: kept as an entry of its own", num)
				}
				if e.Source == "" {
					e.Source = fmt.Sprintf("%s:%d", f.Name, row.line)
					orphans++
				}
			}
			kind := strings.ToLower(strings.Trim(row.fields[2], ". "))
			e.addName(Name{Text: name, Kind: Strong, Note: kind, Surname: ofacSurname(name, e.Type)})
			if rem := row.fields[4]; rem != "" {
				e.Remarks = joinRemark(e.Remarks, "alias "+name+": "+rem)
			}
		})
		if err != nil {
			return l, err
		}
		if set.Primary == nil && orphans > 0 {
			l.Notes = append(l.Notes, fmt.Sprintf("%s: no primary file: %d entries are known only from their aliases", set.List, orphans))
		}
	}
	if set.Address != nil {
		f := *set.Address
		err := eachCSVRow(ctx, f, &l, func(row csvRow) {
			num, ok := ofacRow(&l, f.Name, row, 6)
			if !ok {
				return
			}
			e, ok := byNum[num]
			if !ok {
				e = unnamed(get(num), f.Name, row.line, "address")
			}
			a := Address{Text: joinNonEmpty(", ", row.fields[2], row.fields[3], row.fields[4]), Country: row.fields[4]}
			if a.Text != "" {
				e.Addresses = append(e.Addresses, a)
				e.Countries = appendUnique(e.Countries, a.Country)
			}
			if rem := row.fields[5]; rem != "" {
				e.Remarks = joinRemark(e.Remarks, "address: "+rem)
			}
		})
		if err != nil {
			return l, err
		}
	}
	// Comments continue the primary row's remarks where OFAC cut them,
	// often mid-word, so they are appended without a separator.
	extra := map[int]string{}
	if set.Comments != nil {
		f := *set.Comments
		err := eachCSVRow(ctx, f, &l, func(row csvRow) {
			num, ok := ofacRow(&l, f.Name, row, 2)
			if !ok {
				return
			}
			if _, ok := byNum[num]; !ok {
				unnamed(get(num), f.Name, row.line, "comment")
			}
			extra[num] += row.fields[1]
		})
		if err != nil {
			return l, err
		}
	}
	if set.Primary == nil && nameless > 0 {
		l.Notes = append(l.Notes, fmt.Sprintf("%s: no primary file: %d entries have only address or comment rows and no name; kept, but screening cannot find them", set.List, nameless))
	}
	for _, num := range order {
		e := byNum[num]
		e.remarks(extra[num])
		if e.Type == Unknown {
			e.Type = guessOFACType(e.Names)
			for i := range e.Names {
				e.Names[i].Surname = ofacSurname(e.Names[i].Text, e.Type)
			}
		}
		l.Entries = append(l.Entries, e.Entry)
	}
	return l, nil
}

// ofacRow checks a row's field count and ent_num.
func ofacRow(l *Loaded, file string, row csvRow, fields int) (int, bool) {
	if len(row.fields) != fields {
		l.problem(file, row.line, "%d fields, want %d: row skipped", len(row.fields), fields)
		return 0, false
	}
	num, err := strconv.Atoi(row.fields[0])
	if err != nil || num <= 0 {
		l.problem(file, row.line, "ent_num %q is not a positive number: row skipped", row.fields[0])
		return 0, false
	}
	return num, true
}

func fillOFACPrimary(e *Entry, f []string) {
	switch strings.ToLower(f[2]) {
	case "individual":
		e.Type = Person
	case "vessel":
		e.Type = Vessel
	case "aircraft":
		e.Type = Aircraft
	default:
		e.Type = Entity
	}
	// The primary name goes first even when alias rows came before it.
	e.Names = slices.Insert(e.Names, 0, Name{Text: f[1], Kind: Primary, Surname: ofacSurname(f[1], e.Type)})
	for _, p := range strings.Split(f[3], "] [") {
		e.Programmes = appendUnique(e.Programmes, strings.Trim(p, "[] "))
	}
	e.Positions = appendUnique(e.Positions, f[4])
	var vessel []string
	for i, label := range []string{"call sign", "vessel type", "tonnage", "GRT", "flag", "owner"} {
		if v := f[5+i]; v != "" {
			vessel = append(vessel, label+" "+v)
		}
	}
	if f[9] != "" {
		e.Countries = appendUnique(e.Countries, f[9])
	}
	e.Remarks = joinRemark(f[11], strings.Join(vessel, "; "))
}

// remarks appends the comments continuation and reads the remarks' items.
func (e *ofacEntry) remarks(continuation string) {
	if continuation != "" {
		e.Remarks += continuation
	}
	for _, item := range splitRemarks(e.Remarks) {
		label, value := remarkItem(item)
		switch label {
		case "dob":
			e.BirthDates = appendUnique(e.BirthDates, ofacDate(value))
		case "pob":
			e.BirthPlaces = appendUnique(e.BirthPlaces, value)
		case "nationality", "citizen":
			e.Nationalities = appendUnique(e.Nationalities, value)
		case "a.k.a.", "f.k.a.", "n.k.a.":
			name := strings.Trim(value, "'\" ")
			e.addName(Name{Text: name, Kind: Weak, Note: strings.ReplaceAll(label, ".", ""), Surname: ofacSurname(name, e.Type)})
		}
	}
}

// splitRemarks cuts remarks into their "; "-separated items.
func splitRemarks(s string) []string {
	if s == "" {
		return nil
	}
	out := strings.Split(s, ";")
	for i, it := range out {
		out[i] = strings.TrimSuffix(strings.TrimSpace(it), ".")
	}
	return out
}

// remarkItem splits "alt. DOB 1962" into ("dob", "1962").
func remarkItem(item string) (string, string) {
	item = strings.TrimPrefix(item, "alt. ")
	for _, label := range []string{"DOB", "POB", "nationality", "citizen", "a.k.a.", "f.k.a.", "n.k.a."} {
		if len(item) > len(label) && strings.EqualFold(item[:len(label)], label) && item[len(label)] == ' ' {
			return strings.ToLower(label), strings.TrimSpace(item[len(label)+1:])
		}
	}
	return "", ""
}

var months = map[string]string{
	"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12",
}

// ofacDate reads OFAC's "08 Jan 1984", "Jan 1984", "1984", "circa 1960"
// and "1960 to 1962" into ISO 8601 ("1984-01-08", "1984-01", "1984",
// "1960~", "1960/1962"); what it cannot read is kept as written.
func ofacDate(s string) string {
	s = strings.TrimSpace(s)
	if from, to, ok := strings.Cut(s, " to "); ok {
		a, b := ofacDate(from), ofacDate(to)
		if isoDate(a) && isoDate(b) {
			return a + "/" + b
		}
		return s
	}
	if rest, ok := strings.CutPrefix(strings.ToLower(s), "circa "); ok {
		if d := ofacDate(rest); isoDate(d) {
			return d + "~"
		}
		return s
	}
	f := strings.Fields(s)
	switch len(f) {
	case 1:
		if isYear(f[0]) {
			return f[0]
		}
	case 2:
		if m, ok := months[strings.ToLower(f[0])]; ok && isYear(f[1]) {
			return f[1] + "-" + m
		}
	case 3:
		m, ok := months[strings.ToLower(f[1])]
		d, err := strconv.Atoi(f[0])
		if ok && err == nil && d >= 1 && d <= 31 && isYear(f[2]) {
			return fmt.Sprintf("%s-%s-%02d", f[2], m, d)
		}
	}
	return s
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isoDate reports whether s starts with a four-digit year, as every date
// ofacDate could read does.
func isoDate(s string) bool { return len(s) >= 4 && isYear(s[:4]) }

// ofacSurname returns the family name of an individual's "LAST, First".
func ofacSurname(name string, t Type) string {
	if t != Person {
		return ""
	}
	last, _, ok := strings.Cut(name, ",")
	if !ok {
		return ""
	}
	return strings.TrimSpace(last)
}

// guessOFACType tells an individual from an entity by how OFAC writes
// their names: "LAST, First Middle" with lower-case letters after the
// comma, against entity names in capitals.
func guessOFACType(names []Name) Type {
	if len(names) == 0 {
		return Unknown
	}
	for _, n := range names {
		if n.Kind == Weak {
			continue
		}
		_, given, ok := strings.Cut(n.Text, ",")
		if ok && strings.IndexFunc(given, unicode.IsLower) >= 0 {
			return Person
		}
	}
	return Entity
}

func joinRemark(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
