package sanctions

import (
	"fmt"
	"strings"
)

// Type is what a list entry designates.
type Type string

// Entry types. Unknown is an entry whose list does not say, such as an
// OFAC entry known only from its alias rows.
const (
	Person   Type = "person"
	Entity   Type = "entity"
	Vessel   Type = "vessel"
	Aircraft Type = "aircraft"
	Unknown  Type = ""
)

// NameKind says how much a list trusts a name of an entry.
type NameKind string

// Name kinds. A weak alias (OFAC's "a.k.a." in the remarks, the UN's "Low"
// quality alias, FollowTheMoney's weakAlias) is too vague to identify the
// entry: screening never matches on one alone.
const (
	Primary NameKind = "primary"
	Strong  NameKind = "strong"
	Weak    NameKind = "weak"
)

// Name is one name of an entry.
type Name struct {
	Text string   `json:"name"`
	Kind NameKind `json:"kind"`
	// Note is what the list says of the alias: "aka", "fka" (formerly
	// known as), "nka" (now known as), "original script".
	Note string `json:"note,omitempty"`
	// Surname is the part of Text that the list marks as the family name
	// (OFAC's "LAST, First"), when it marks one.
	Surname string `json:"surname,omitempty"`
}

// Address is a place a list gives for an entry.
type Address struct {
	Text    string `json:"text"`
	Country string `json:"country,omitempty"`
}

// Entry is one designation on a sanctions list, normalised across the list
// formats this package reads.
type Entry struct {
	// List names the list the entry comes from: "us-ofac-sdn",
	// "us-ofac-cons", "un-sc", an OpenSanctions dataset ("eu_fsf"), or
	// "us-csl-..." for the trade.gov lists.
	List string `json:"list"`
	// ID is the entry's identifier on its list: the OFAC ent_num, the UN
	// reference number ("KPi.033"), the OpenSanctions id.
	ID   string `json:"id"`
	Type Type   `json:"type"`
	// Names holds the primary name first, then the aliases.
	Names []Name `json:"names"`
	// Programmes are the list's programme tags ("RUSSIA-EO14024",
	// "DPRK3"; the UN list type "DPRK").
	Programmes []string `json:"programmes,omitempty"`
	// Listed is the listing date (ISO 8601, as precise as the list gives
	// it), when the list gives one.
	Listed string `json:"listed,omitempty"`
	// BirthDates are ISO 8601 dates as precise as the list gives them
	// ("1984-01-08", "1962-03", "1960"); "1958/1963" is a range and a
	// trailing "~" marks an approximate date.
	BirthDates    []string `json:"birth_dates,omitempty"`
	BirthPlaces   []string `json:"birth_places,omitempty"`
	Nationalities []string `json:"nationalities,omitempty"`
	// Countries are other countries the list ties the entry to:
	// jurisdiction, residence, flag.
	Countries []string  `json:"countries,omitempty"`
	Addresses []Address `json:"addresses,omitempty"`
	// Positions are titles and designations ("Chairman of the Workers'
	// Party of Korea").
	Positions []string `json:"positions,omitempty"`
	// Remarks is the list's free text, whole.
	Remarks string `json:"remarks,omitempty"`
	// Source is where the entry's main record was read: "sdn.csv:4557".
	Source string `json:"source,omitempty"`
}

// PrimaryName returns the entry's first name that is not a weak alias,
// or its first name of any kind.
func (e *Entry) PrimaryName() string {
	for _, n := range e.Names {
		if n.Kind != Weak {
			return n.Text
		}
	}
	if len(e.Names) > 0 {
		return e.Names[0].Text
	}
	return ""
}

// Key returns "LIST/ID", unique across the lists of one load.
func (e *Entry) Key() string { return e.List + "/" + e.ID }

// addName appends a name unless the entry already has it; a stronger kind
// replaces a weaker one.
func (e *Entry) addName(n Name) {
	n.Text = strings.TrimSpace(n.Text)
	if n.Text == "" {
		return
	}
	for i, old := range e.Names {
		if strings.EqualFold(old.Text, n.Text) {
			if rank(n.Kind) < rank(old.Kind) {
				e.Names[i].Kind = n.Kind
			}
			return
		}
	}
	e.Names = append(e.Names, n)
}

func rank(k NameKind) int {
	switch k {
	case Primary:
		return 0
	case Strong:
		return 1
	}
	return 2
}

// appendUnique appends the non-empty values of vs not already in list.
func appendUnique(list []string, vs ...string) []string {
	for _, v := range vs {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		dup := false
		for _, old := range list {
			if old == v {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, v)
		}
	}
	return list
}

// Problem is a record of outside input that could not be read, named by
// file and line. The rest of the file is still read.
type Problem struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Msg  string `json:"msg"`
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Loaded is what reading one list yields: its entries in file order and
// the records that could not be read.
type Loaded struct {
	Entries  []Entry
	Problems []Problem
	// Notes say what the reader did that a user should know and that is
	// not a fault of a record ("no sdn.csv: 310 entries are known only
	// from their aliases").
	Notes []string
}

func (l *Loaded) problem(file string, line int, format string, args ...any) {
	l.Problems = append(l.Problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Merge appends o's entries, problems and notes to l.
func (l *Loaded) Merge(o Loaded) {
	l.Entries = append(l.Entries, o.Entries...)
	l.Problems = append(l.Problems, o.Problems...)
	l.Notes = append(l.Notes, o.Notes...)
}
