package server

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/entente/entente/directory"
	"github.com/entente/entente/event"
	"github.com/entente/entente/store"
)

// Graph is the answer of GET /api/graph: the network of states and
// organisations that the selected events and the standing relations
// draw.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
	// Events counts the events the graph was drawn from; Truncated says
	// that the selection held more than the server reads for one graph.
	Events    int  `json:"events"`
	Truncated bool `json:"truncated,omitempty"`
}

// GraphNode is a state, an organisation or a region.
type GraphNode struct {
	// ID is the node's actor code: a state (RUS) or an organisation
	// (IGOWSTNAT). Events of a state's non-state actors (RUSOPP) count
	// for the state.
	ID    string `json:"id"`
	Label string `json:"label"`
	// Type is state, organization, region or other.
	Type string `json:"type"`
	// Events counts the selected events the node is a side of.
	Events int    `json:"events"`
	Link   string `json:"link"`
}

// Edge kinds besides the relation types.
const edgeEvents = "events"

// GraphEdge is either the events from one node to another (kind
// "events") or a standing relation (kind defense_pact, sanctions,
// arms_supply, trade, partnership or membership).
type GraphEdge struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"`
	Source string `json:"source"`
	Target string `json:"target"`
	// Events, Mentions, Goldstein (the events' mean score, −10 conflict to
	// +10 cooperation), Color (that score as a colour, red through grey to
	// green) and Quads (the events per quad class: verbal and material
	// cooperation, verbal and material conflict) describe an events edge.
	Events    int     `json:"events,omitempty"`
	Mentions  int     `json:"mentions,omitempty"`
	Goldstein float64 `json:"goldstein"`
	Color     string  `json:"color"`
	Quads     [4]int  `json:"quads"`
	// Relation, Status, Level and Sources describe a relation edge.
	Relation int64  `json:"relation,omitempty"`
	Status   string `json:"status,omitempty"`
	Level    string `json:"level,omitempty"`
	Sources  int    `json:"sources,omitempty"`
	// Directed is false for a mutual relation.
	Directed bool   `json:"directed"`
	Link     string `json:"link"`
}

// graphRelations are the relation types drawn, each its own edge kind.
var graphRelations = []string{event.FactDefensePact, event.FactSanctions, event.FactArmsSupply, event.FactTrade,
	event.FactPartnership, event.FactMembership}

func (s *Server) apiGraph(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := p.eventQuery()
	withRelations := p.boolean("relations", true)
	minEvents := p.integer("min_events", 1, 1, 1<<31-1)
	if err := p.done(); err != nil {
		return nil, err
	}
	return s.graph(r, q, withRelations, minEvents)
}

func (s *Server) graph(r *http.Request, q store.EventQuery, withRelations bool, minEvents int) (Graph, error) {
	ctx := r.Context()
	g := Graph{Nodes: []GraphNode{}, Edges: []GraphEdge{}}
	nodes := map[string]*GraphNode{}
	node := func(code string) *GraphNode {
		n := nodes[code]
		if n == nil {
			e, _ := s.dir.Entry(code)
			n = &GraphNode{ID: code, Label: e.Name, Type: e.Kind, Link: "/actors/" + url.PathEscape(code)}
			nodes[code] = n
		}
		return n
	}
	type dyad struct{ from, to string }
	edges := map[dyad]*GraphEdge{}
	q.Mentions = false
	err := s.st.ScanEvents(ctx, q, func(e store.Event) error {
		if g.Events >= s.opt.GraphEvents {
			g.Truncated = true
			return errStop
		}
		g.Events++
		from := s.nodeOf(e.Source)
		if from == "" {
			return nil
		}
		node(from).Events++
		if e.Target == nil {
			return nil
		}
		to := s.nodeOf(*e.Target)
		if to == "" || to == from {
			return nil
		}
		node(to).Events++
		d := dyad{from, to}
		ed := edges[d]
		if ed == nil {
			ed = &GraphEdge{Kind: edgeEvents, Source: from, Target: to, Directed: true,
				Link: "/events?source=" + url.QueryEscape(from) + "&target=" + url.QueryEscape(to)}
			edges[d] = ed
		}
		ed.Events++
		ed.Mentions += e.MentionCount
		ed.Goldstein += e.Goldstein
		if e.Quad >= 1 && e.Quad <= 4 {
			ed.Quads[e.Quad-1]++
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return g, err
	}
	for _, ed := range edges {
		if ed.Events < minEvents {
			continue
		}
		ed.Goldstein = round1(ed.Goldstein / float64(ed.Events))
		ed.Color = GoldsteinColor(ed.Goldstein)
		ed.ID = "events:" + ed.Source + ">" + ed.Target
		g.Edges = append(g.Edges, *ed)
	}
	if withRelations {
		rq := store.RelationQuery{Limit: store.MaxLimit}
		if q.Actor != "" {
			rq.Party = principalOf(strings.TrimSuffix(q.Actor, "*"))
		}
		for _, typ := range graphRelations {
			rq.Type = typ
			page, err := s.st.Relations(ctx, rq)
			if err != nil {
				return g, err
			}
			for _, rel := range page.Items {
				for _, ed := range s.relationEdges(rel) {
					node(ed.Source)
					node(ed.Target)
					g.Edges = append(g.Edges, ed)
				}
			}
		}
	}
	for _, n := range nodes {
		g.Nodes = append(g.Nodes, *n)
	}
	slices.SortFunc(g.Nodes, func(a, b GraphNode) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Edges, func(a, b GraphEdge) int { return strings.Compare(a.ID, b.ID) })
	return g, nil
}

// nodeOf returns the node an event side belongs to: its principal, or
// the state of a state's non-state actor; "" for none.
func (s *Server) nodeOf(a store.Actor) string {
	p := a.Principal
	if p == "" {
		p = principalOf(a.Code)
	}
	if len(p) > 3 {
		if e, _ := s.dir.Entry(p[:3]); e.Kind == directory.KindState {
			return p[:3]
		}
	}
	return p
}

// relationEdges draws a relation: one edge for a directed relation
// (supplier → recipient, sanctioning → sanctioned, member →
// organisation) or a two-party one, an edge between every two parties
// otherwise.
func (s *Server) relationEdges(rel store.Relation) []GraphEdge {
	base := GraphEdge{Kind: rel.Type, Relation: rel.ID, Status: rel.Status, Level: rel.Level, Sources: rel.Sources,
		Link: "/relations/" + strconv.FormatInt(rel.ID, 10), Goldstein: 0, Color: relationColors[rel.Type]}
	var out []GraphEdge
	add := func(a, b string, directed bool) {
		if a == "" || b == "" || a == b {
			return
		}
		e := base
		e.Source, e.Target, e.Directed = a, b, directed
		e.ID = fmt.Sprintf("%s:%d:%s>%s", rel.Type, rel.ID, a, b)
		out = append(out, e)
	}
	if rel.Source != "" && rel.Target != "" && !rel.Mutual {
		add(principalOf(rel.Source), principalOf(rel.Target), true)
		return out
	}
	for i, a := range rel.Parties {
		for _, b := range rel.Parties[i+1:] {
			add(principalOf(a), principalOf(b), false)
		}
	}
	return out
}

// relationColors are the colours the UI draws relation kinds in; the
// edges carry them so that every client draws the same map.
var relationColors = map[string]string{
	event.FactDefensePact: "#1f3a93",
	event.FactSanctions:   "#8e1b1b",
	event.FactArmsSupply:  "#c25e00",
	event.FactTrade:       "#2c7a7b",
	event.FactPartnership: "#6b3fa0",
	event.FactMembership:  "#555555",
}

// GoldsteinColor maps a Goldstein score to a colour: deep red at −10
// (conflict), grey at 0, deep green at +10 (cooperation), linearly in
// between.
func GoldsteinColor(g float64) string {
	g = math.Max(-10, math.Min(10, g))
	grey := [3]float64{0x9e, 0x9e, 0x9e}
	end := [3]float64{0x1b, 0x7a, 0x2e}
	if g < 0 {
		end = [3]float64{0xb7, 0x1c, 0x1c}
	}
	t := math.Abs(g) / 10
	var c [3]int
	for i := range c {
		c[i] = int(math.Round(grey[i] + (end[i]-grey[i])*t))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}
