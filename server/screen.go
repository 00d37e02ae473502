package server

import (
	"context"

	"github.com/entente/entente/event"
	"github.com/entente/entente/sanctions"
)

// ScreenHit is a person or organisation of a document that matches an
// entry of a sanctions list.
type ScreenHit struct {
	// Name is the entity's name in the document; Kind "person" or
	// "organization".
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Role is "name" when the entity's own name matched, "organization"
	// when the body it belongs to did.
	Role string `json:"role"`
	// List, Entry and EntryName name the list entry it matches; Program is
	// the entry's sanctions programme and Regimes the regimes it belongs
	// to.
	List      string   `json:"list"`
	Entry     string   `json:"entry"`
	EntryName string   `json:"entry_name"`
	Program   string   `json:"program,omitempty"`
	Regimes   []string `json:"regimes,omitempty"`
	// Score is the match's strength (0–1) and Explanation says why it
	// matches.
	Score       float64 `json:"score"`
	Explanation string  `json:"explanation"`
}

// Screener screens a document's persons and organisations against
// sanctions lists: the sanctions package's matcher, wired in by the
// command.
type Screener interface {
	Screen(ctx context.Context, entities []event.Entity) ([]ScreenHit, error)
}

// Sanctions screens with the sanctions package's index (see
// sanctions.LoadIndex).
func Sanctions(ix *sanctions.Index) Screener { return sanctionsScreen{ix} }

type sanctionsScreen struct{ ix *sanctions.Index }

func (s sanctionsScreen) Screen(_ context.Context, entities []event.Entity) ([]ScreenHit, error) {
	var out []ScreenHit
	for _, h := range s.ix.ScreenEntities(entities) {
		l := h.Hit
		out = append(out, ScreenHit{Name: h.Name, Kind: h.Kind, Role: h.Role, List: l.List, Entry: l.EntryID,
			EntryName: l.Name, Program: l.Program, Regimes: l.Regimes, Score: l.Score, Explanation: l.Explanation})
	}
	return out, nil
}
