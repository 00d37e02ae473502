package sanctions

import (
	"fmt"
	"strings"
)

// Line is the JSON line `entente screen` prints per candidate. The first
// eight fields are the contract of issue 8; the rest add what a reviewer
// wants next to them.
type Line struct {
	Query       string  `json:"query"`
	Match       bool    `json:"match"`
	Score       float64 `json:"score"`
	List        string  `json:"list"`
	Program     string  `json:"program"`
	EntryID     string  `json:"entry_id"`
	Name        string  `json:"name"`
	Explanation string  `json:"explanation"`
	// Type is the entry's type, NameKind the kind of the name that
	// matched.
	Type     Type     `json:"type,omitempty"`
	NameKind NameKind `json:"name_kind,omitempty"`
	// Primary is the entry's primary name when another one matched.
	Primary string `json:"primary,omitempty"`
	// Regimes are the built-in regimes of the entry's programmes.
	Regimes []string `json:"regimes,omitempty"`
	Source  string   `json:"source,omitempty"`
}

// Lines turns a query's candidates into output lines; a query without
// candidates still gets one line, with match false.
func (ix *Index) Lines(q Query, cands []Candidate) []Line {
	if len(cands) == 0 {
		return []Line{{Query: q.Name, Explanation: fmt.Sprintf("no candidate scores %.2f or more", ix.opt.Floor)}}
	}
	out := make([]Line, len(cands))
	for i, c := range cands {
		l := Line{
			Query: q.Name, Match: c.Match, Score: c.Score, List: c.Entry.List,
			Program: strings.Join(c.Entry.Programmes, "; "), EntryID: c.Entry.ID,
			Name: c.Name.Text, Explanation: c.Explanation, Type: c.Entry.Type, NameKind: c.Name.Kind,
			Source: c.Entry.Source,
		}
		if p := c.Entry.PrimaryName(); p != c.Name.Text {
			l.Primary = p
		}
		for _, r := range c.Entry.Regimes() {
			l.Regimes = append(l.Regimes, r.ID)
		}
		out[i] = l
	}
	return out
}
