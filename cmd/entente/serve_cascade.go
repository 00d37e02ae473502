package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/entente/entente/server"
	"github.com/entente/entente/treaty"
)

// treatyCascade answers the server's cascade questions with the treaty
// package's engine over a treaty set.
type treatyCascade struct{ set *treaty.Set }

// Cascade implements server.Cascader.
func (c treatyCascade) Cascade(_ context.Context, q server.CascadeQuery) (server.CascadeResult, error) {
	tq := treaty.Query{Target: q.Target, Attacker: q.Attacker, Location: q.Location,
		Counterattack: q.Counterattack, Requested: q.Requested, Unprovoked: q.Unprovoked}
	if q.At == "" {
		tq.At = treaty.DateOf(time.Now())
	} else {
		var err error
		if tq.At, err = treaty.ParseDate(q.At); err != nil {
			return server.CascadeResult{}, fmt.Errorf("%w: at: %w", server.ErrInvalid, err)
		}
	}
	res, err := c.set.Cascade(tq)
	if errors.Is(err, treaty.ErrBadQuery) {
		return server.CascadeResult{}, fmt.Errorf("%w: %w", server.ErrInvalid, err)
	}
	if err != nil {
		return server.CascadeResult{}, err
	}
	out := server.CascadeResult{Target: res.Target, Attacker: res.Attacker, At: res.At, Obligors: []server.CascadeObligor{}}
	for _, o := range res.Obligors {
		out.Obligors = append(out.Obligors, server.CascadeObligor{Code: o.Code, Status: string(o.Status), Treaty: o.Treaty,
			Article: o.Article, Reason: o.Reason, Round: o.Round})
	}
	return out, nil
}
