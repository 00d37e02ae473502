// Package directory names what event records only code: it turns an actor
// code such as RUSGOV into "Russia · government", tells a state from an
// organisation or a region, and lists the people a dictionary knows with
// the offices they held and when. The web UI and the HTTP API show it
// beside the codes.
//
// A Directory is built once from dictionary records (package dict) and is
// read-only afterwards, so it is safe for concurrent use.
package directory

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
)

// Kinds of actor.
const (
	KindState        = "state"
	KindOrganization = "organization"
	KindRegion       = "region"
	KindMedia        = "media"
	KindPerson       = "person"
	KindOther        = "other"
)

// Entry is what the directory knows of one actor code.
type Entry struct {
	Code string `json:"code"`
	// Name is the record's first name, in title case ("North Korea").
	Name string `json:"name"`
	// Kind is one of the Kind constants.
	Kind string `json:"kind"`
}

// Term is one stretch of a person's career as a dictionary codes it: the
// actor code that applies and the days it applies on (inclusive,
// YYYY-MM-DD, empty when open).
type Term struct {
	Code string `json:"code"`
	// Role describes the code's role blocks ("government · military").
	Role string `json:"role"`
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Office is false for the blocks that code a person out of office
	// (ELI, elites: before or after their term).
	Office bool `json:"office"`
}

// Person is a person the dictionaries know.
type Person struct {
	Name string `json:"name"`
	// Aliases are the record's other names, in title case.
	Aliases []string `json:"aliases,omitempty"`
	// Principals are the states or organisations the person's codes
	// belong to (RUS for RUSGOV and RUSELI), in the order of the terms.
	Principals []string `json:"principals"`
	Terms      []Term   `json:"terms"`
}

// Directory answers questions about actor codes and persons.
type Directory struct {
	entries     map[string]Entry
	persons     []Person
	byName      map[string]int   // normalised name or alias → persons index
	byPrincipal map[string][]int // principal → persons indexes
}

// New builds a directory from actor records and person records. An actor
// record names the principal codes it carries (RUS, IGOWSTNAT: see
// canon.Principal), the first record for a code winning; a code with
// role blocks (RUSGOV) is named from its principal, since the records
// that carry one are metonyms ("the Kremlin"). The record's file tells
// the kind: a file whose name contains "igo" or "region" holds
// organisations or regions, one whose name contains "media" is skipped
// (its codes are a country's media, not the outlet), any other holds
// states. Person records are people with dated codes, as in the
// built-in leaders file.
func New(actors, persons []dict.Actor) *Directory {
	d := &Directory{entries: map[string]Entry{}, byName: map[string]int{}, byPrincipal: map[string][]int{}}
	for _, a := range actors {
		kind := fileKind(a.Pos.File)
		if len(a.Names) == 0 || kind == KindMedia {
			continue
		}
		for _, c := range a.Codes {
			if c.Code == "" || canon.Principal(c.Code) != c.Code {
				continue
			}
			if _, ok := d.entries[c.Code]; ok {
				continue
			}
			k := kind
			if k == KindState && !isState(c.Code) {
				k = codeKind(c.Code)
			}
			d.entries[c.Code] = Entry{Code: c.Code, Name: Title(a.Names[0].String(), k == KindOrganization), Kind: k}
		}
	}
	for _, a := range persons {
		if len(a.Names) == 0 || len(a.Codes) == 0 {
			continue
		}
		p := Person{Name: Title(a.Names[0].String(), false)}
		for _, n := range a.Names[1:] {
			if t := Title(n.String(), false); t != p.Name && !slices.Contains(p.Aliases, t) {
				p.Aliases = append(p.Aliases, t)
			}
		}
		for _, c := range a.Codes {
			t := Term{Code: c.Code, Role: d.Role(c.Code), From: day(c.From), To: day(c.To), Office: !isOutOfOffice(c.Code)}
			p.Terms = append(p.Terms, t)
			if pr := country(c.Code); pr != "" && !slices.Contains(p.Principals, pr) {
				p.Principals = append(p.Principals, pr)
			}
		}
		i := len(d.persons)
		d.persons = append(d.persons, p)
		for _, n := range a.Names {
			if k := Key(n.String()); k != "" {
				if _, ok := d.byName[k]; !ok {
					d.byName[k] = i
				}
			}
		}
		for _, pr := range p.Principals {
			d.byPrincipal[pr] = append(d.byPrincipal[pr], i)
		}
	}
	return d
}

// Builtin returns the directory of entente's built-in dictionaries: states,
// organisations, regions and media from their actor files, people from
// the leaders file.
func Builtin(ctx context.Context) (*Directory, error) {
	return Load(ctx, builtin.FS())
}

// Load builds a directory from the actor files at the top of fsys, read as
// dict.LoadFS reads them; files whose name contains "leaders" or "persons"
// hold the people.
func Load(ctx context.Context, fsys fs.FS) (*Directory, error) {
	set, err := dict.LoadFS(ctx, fsys, "dict")
	if err != nil {
		return nil, fmt.Errorf("directory: %w", err)
	}
	var actors, persons []dict.Actor
	for _, a := range set.Actors {
		f := strings.ToLower(a.Pos.File)
		if strings.Contains(f, "leaders") || strings.Contains(f, "persons") {
			persons = append(persons, a)
		} else {
			actors = append(actors, a)
		}
	}
	return New(actors, persons), nil
}

// Entry returns what the directory knows of code. A code it has no record
// for is described from its principal and role blocks ("RUSOPP": Russia ·
// opposition); ok is false when not even the principal is known.
func (d *Directory) Entry(code string) (Entry, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if e, ok := d.entries[code]; ok {
		return e, true
	}
	if len(code) < 3 {
		return Entry{Code: code, Name: code, Kind: KindOther}, false
	}
	base, rest := code[:3], code[3:]
	if codeKind(code) == KindOrganization {
		// The organisation is the longest known prefix of whole blocks.
		for n := len(code) - 3; n >= 3; n -= 3 {
			if e, ok := d.entries[code[:n]]; ok && e.Kind == KindOrganization {
				base, rest = code[:n], code[n:]
				break
			}
		}
	}
	e, ok := d.entries[base]
	if !ok {
		return Entry{Code: code, Name: code, Kind: codeKind(code)}, false
	}
	name := e.Name
	if r := roleWords(rest); r != "" {
		name += " · " + r
	}
	return Entry{Code: code, Name: name, Kind: e.Kind}, true
}

// Name returns a readable name for code: the directory's, or the code
// itself when it knows nothing of it.
func (d *Directory) Name(code string) string {
	e, _ := d.Entry(code)
	return e.Name
}

// Role describes the role blocks of code after its principal
// ("government · military" for RUSGOVMIL); empty when it has none.
func (d *Directory) Role(code string) string {
	code = strings.ToUpper(code)
	p := canon.Principal(code)
	if len(p) > len(code) || !strings.HasPrefix(code, p) {
		return ""
	}
	rest := code[len(p):]
	if codeKind(code) != KindOrganization && len(p) > 3 {
		// A non-state principal such as RUSOPP: its sector is a role too.
		rest = code[3:]
	}
	return roleWords(rest)
}

// Person returns the person whose name or alias is name, compared
// ignoring case, punctuation and spacing ("Kim Jong-un" finds
// KIM_JONG_UN_).
func (d *Directory) Person(name string) (Person, bool) {
	i, ok := d.byName[Key(name)]
	if !ok {
		return Person{}, false
	}
	return d.persons[i], true
}

// Persons returns the people whose codes stand for principal (RUS,
// IGOWSTNAT), in dictionary order.
func (d *Directory) Persons(principal string) []Person {
	idx := d.byPrincipal[strings.ToUpper(strings.TrimSpace(principal))]
	out := make([]Person, 0, len(idx))
	for _, i := range idx {
		out = append(out, d.persons[i])
	}
	return out
}

// Len returns the number of codes and of persons the directory knows.
func (d *Directory) Len() (codes, persons int) { return len(d.entries), len(d.persons) }

// fileKind tells the kind of the records of a dictionary file.
func fileKind(file string) string {
	f := strings.ToLower(file)
	switch {
	case strings.Contains(f, "igo"):
		return KindOrganization
	case strings.Contains(f, "region"):
		return KindRegion
	case strings.Contains(f, "media"):
		return KindMedia
	}
	return KindState
}

// codeKind tells a kind from the shape of a code alone.
func codeKind(code string) string {
	if len(code) < 3 {
		return KindOther
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC":
		return KindOrganization
	}
	if isState(code) {
		return KindState
	}
	return KindOther
}

// isState reports whether code is a bare state code: three letters that
// are not one of the prefixes of organisations.
func isState(code string) bool {
	if len(code) != 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	switch code {
	case "IGO", "NGO", "IMG", "MNC", "UIS":
		return false
	}
	return true
}

// country returns the state or organisation a person's code belongs to:
// RUS for RUSGOV and RUSELI alike.
func country(code string) string {
	if codeKind(code) == KindOrganization || len(code) < 3 {
		return canon.Principal(code)
	}
	return code[:3]
}

// isOutOfOffice reports whether a person's code says out of office.
func isOutOfOffice(code string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == "ELI" {
			return true
		}
	}
	return false
}

// roles are the words for CAMEO role blocks: our own short glosses.
var roles = map[string]string{
	"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "SPY": "intelligence",
	"COP": "police", "OPP": "opposition", "REB": "rebels", "INS": "insurgents", "SEP": "separatists",
	"MED": "media", "BUS": "business", "EDU": "education", "ELI": "elites (out of office)", "CVL": "civilians",
	"HRI": "human rights", "REF": "refugees", "LAB": "labour", "AGR": "agriculture", "ENV": "environment",
	"HLH": "health", "DEV": "development", "CRM": "criminals", "REL": "religion", "RAD": "radicals",
	"MOD": "moderates", "PTY": "party", "UAF": "armed forces (unaffiliated)", "IGO": "international body",
	"NGO": "non-governmental body", "FRM": "foreign ministry", "DEF": "defence ministry", "SCI": "science",
	"CHR": "Christian", "MOS": "Muslim", "JEW": "Jewish", "BUD": "Buddhist", "HIN": "Hindu",
}

// roleWords glosses a run of three-letter role blocks.
func roleWords(blocks string) string {
	var out []string
	for i := 0; i+3 <= len(blocks); i += 3 {
		b := blocks[i : i+3]
		if w, ok := roles[b]; ok {
			out = append(out, w)
		} else {
			out = append(out, b)
		}
	}
	return strings.Join(out, " · ")
}

// day renders a dictionary date as YYYY-MM-DD; empty for an open bound.
func day(d dict.Date) string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// small words stay lower case inside a title.
var small = map[string]bool{"of": true, "and": true, "the": true, "de": true, "du": true, "des": true, "la": true,
	"le": true, "for": true, "on": true, "in": true, "da": true, "do": true, "dos": true, "y": true, "al": true, "bin": true}

// Title turns a dictionary phrase ("NORTH_KOREA_", "PEOPLE'S_REPUBLIC_OF_CHINA")
// into title case ("North Korea", "People's Republic of China"). With
// acronym set, a one-word name of up to six letters stays in capitals
// (NATO, ASEAN).
func Title(phrase string, acronym bool) string {
	words := strings.Fields(strings.ReplaceAll(phrase, "_", " "))
	if acronym && len(words) == 1 && len([]rune(words[0])) <= 6 {
		return words[0]
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && small[lw] {
			words[i] = lw
			continue
		}
		words[i] = capitalise(lw)
	}
	return strings.Join(words, " ")
}

// capitalise upper-cases the first letter of w and of each part after a
// hyphen or a period ("al-assad" → "Al-Assad", "u.s." → "U.S.").
func capitalise(w string) string {
	r := []rune(w)
	up := true
	for i, c := range r {
		if up && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			up = false
		}
		if c == '-' || c == '.' {
			up = true
		}
	}
	return string(r)
}

// Key normalises a name for look-up: upper case, letters and digits only,
// words separated by one space ("Kim Jong-un" and "KIM_JONG_UN_" both give
// "KIM JONG UN").
func Key(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case r == '\'' || r == '’':
			// "People's" and "Peoples" are one name.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToUpper(r))
		default:
			space = true
		}
	}
	return b.String()
}
