package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/entente/entente/treaty"
)

// CascadeQuery asks which states are bound by treaty to come to Target's
// aid if it is attacked (by Attacker, when given) on day At (YYYY-MM-DD;
// empty for today) at Location (an ISO3 code or a place; empty for the
// target's home territory).
type CascadeQuery struct {
	Target, Attacker, At, Location string
	// Counterattack, Requested and Unprovoked are the engine's switches:
	// draw in the attacker's allies, the attacked states ask for help, the
	// attack is unprovoked.
	Counterattack, Requested, Unprovoked bool
}

// CascadeResult is the engine's answer, in the JSON shape of `entente
// cascade --format json`.
type CascadeResult struct {
	Target   string           `json:"target"`
	Attacker *string          `json:"attacker"`
	At       string           `json:"at"`
	Obligors []CascadeObligor `json:"obligors"`
}

// CascadeObligor is a state bound to come to an attacked state's aid,
// with the strongest obligation it has and why. OwedTo, beyond the shape
// of `entente cascade`, names the attacked state it is owed to: the target
// in round 1, a defender drawn in later.
type CascadeObligor struct {
	Code    string `json:"code"`
	Status  string `json:"status"`
	Treaty  string `json:"treaty"`
	Article string `json:"article"`
	Reason  string `json:"reason"`
	Round   int    `json:"round"`
	OwedTo  string `json:"owed_to,omitempty"`
}

// Cascader answers cascade questions: the treaty package's engine, wired
// in by the command. Errors in the question wrap ErrInvalid.
type Cascader interface {
	Cascade(ctx context.Context, q CascadeQuery) (CascadeResult, error)
}

var (
	iso3     = regexp.MustCompile(`^[A-Z]{3}$`)
	isoDay   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	location = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_-]{0,63}$`)
)

// cascadeQuery reads and checks a cascade question.
func cascadeQuery(p *params) CascadeQuery {
	q := CascadeQuery{Target: strings.ToUpper(p.str("target")), Attacker: strings.ToUpper(p.str("attacker")),
		At: p.str("at"), Location: p.str("location"), Counterattack: p.boolean("counterattack", false),
		Requested: p.boolean("requested", false), Unprovoked: p.boolean("unprovoked", false)}
	switch {
	case q.Target == "":
		p.fail(badParam("target", "missing: give the attacked state's ISO3 code (PRK)"))
	case !iso3.MatchString(q.Target):
		p.fail(badParam("target", "%q: want an ISO3 code (PRK)", q.Target))
	}
	if q.Attacker != "" && !iso3.MatchString(q.Attacker) {
		p.fail(badParam("attacker", "%q: want an ISO3 code (USA)", q.Attacker))
	}
	if q.At != "" && !isoDay.MatchString(q.At) {
		p.fail(badParam("at", "%q: want a day, YYYY-MM-DD", q.At))
	}
	if q.Location != "" && !location.MatchString(q.Location) {
		p.fail(badParam("location", "%q: want an ISO3 code or a place id (okinawa, south-china-sea)", q.Location))
	}
	return q
}

// errNoCascade answers when the server has no cascade engine.
var errNoCascade = &httpError{status: http.StatusNotImplemented,
	msg: "this server has no treaty cascade engine (the treaty package is not wired into this build)"}

func (s *Server) apiCascade(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := cascadeQuery(p)
	if err := p.done(); err != nil {
		return nil, err
	}
	if s.opt.Cascade == nil {
		return nil, errNoCascade
	}
	return s.opt.Cascade.Cascade(r.Context(), q)
}

// Treaties answers cascade questions with the treaty package's engine
// over set (treaty.Base() for the built-in treaties).
func Treaties(set *treaty.Set) Cascader { return treatyCascade{set} }

type treatyCascade struct{ set *treaty.Set }

func (c treatyCascade) Cascade(_ context.Context, q CascadeQuery) (CascadeResult, error) {
	tq := treaty.Query{Target: q.Target, Attacker: q.Attacker, Location: q.Location,
		Counterattack: q.Counterattack, Requested: q.Requested, Unprovoked: q.Unprovoked}
	if q.At == "" {
		tq.At = treaty.DateOf(time.Now())
	} else {
		var err error
		if tq.At, err = treaty.ParseDate(q.At); err != nil {
			return CascadeResult{}, fmt.Errorf("%w: at: %w", ErrInvalid, err)
		}
	}
	res, err := c.set.Cascade(tq)
	if errors.Is(err, treaty.ErrBadQuery) {
		return CascadeResult{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if err != nil {
		return CascadeResult{}, err
	}
	out := CascadeResult{Target: res.Target, Attacker: res.Attacker, At: res.At, Obligors: []CascadeObligor{}}
	for _, o := range res.Obligors {
		out.Obligors = append(out.Obligors, CascadeObligor{Code: o.Code, Status: string(o.Status), Treaty: o.Treaty,
			Article: o.Article, Reason: o.Reason, Round: o.Round, OwedTo: o.OwedTo})
	}
	return out, nil
}
