package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/treaty"
)

// newCascadeCmd answers "who is bound to come to X's aid".
func newCascadeCmd() *cobra.Command {
	var q treaty.Query
	var at, format, atopA, atopM string
	var files []string
	cmd := &cobra.Command{
		Use:   "cascade --target X [--attacker Y] [--at DATE] [--location L] [--counterattack] [--format text|json]",
		Short: "Which states are bound by treaty to come to a state's aid, on what terms, round after round",
		Long: `cascade lists every state with an obligation owed to the target on the day
(default today): obligated (defense, conditions met), conditional (a condition
the inputs cannot decide, named in the reason), consultation or neutrality,
each with its treaty, article and reason. Later rounds add the allies of the
states obligated before; --counterattack also draws in those who owe defense
to the attacker. --location is an ISO3 code or a place (okinawa, hawaii,
south-china-sea, …); without it the attack is taken to be on the target's
home territory. Treaties come from the embedded base, plus ATOP files
(--atop-alliances/--atop-members) or JSON lines written by 'import atop'
(--treaties).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if at == "" {
				q.At = treaty.DateOf(time.Now())
			} else if q.At, err = treaty.ParseDate(at); err != nil {
				return fmt.Errorf("--at: %w", err)
			}
			q.Target = strings.ToUpper(q.Target)
			q.Attacker = strings.ToUpper(q.Attacker)
			set, err := loadTreatySet(cmd.Context(), atopA, atopM, files)
			if err != nil {
				return err
			}
			res, err := set.Cascade(q)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetEscapeHTML(false)
				return enc.Encode(res)
			case "text":
				return writeCascade(cmd.OutOrStdout(), set, res)
			}
			return fmt.Errorf("--format %q: want text or json", format)
		},
	}
	f := cmd.Flags()
	f.StringVar(&q.Target, "target", "", "attacked state (ISO3)")
	f.StringVar(&q.Attacker, "attacker", "", "attacking state (ISO3), if known")
	f.StringVar(&at, "at", "", "day of the attack, YYYY-MM-DD (default today)")
	f.StringVar(&q.Location, "location", "", "where the attack happens: ISO3 code or place id")
	f.BoolVar(&q.Counterattack, "counterattack", false, "treat the attacker as attacked in turn, drawing in its allies")
	f.BoolVar(&q.Requested, "requested", false, "the attacked states ask for help (decides on-request conditions)")
	f.BoolVar(&q.Unprovoked, "unprovoked", false, "the attack is unprovoked (decides non-provocation conditions)")
	f.StringVar(&format, "format", "text", "text or json")
	f.StringVar(&atopA, "atop-alliances", "", "also use this ATOP alliance-level CSV")
	f.StringVar(&atopM, "atop-members", "", "also use this ATOP member-level CSV")
	f.StringArrayVar(&files, "treaties", nil, "also use treaties from this JSON-lines file (repeatable)")
	_ = cmd.MarkFlagRequired("target")
	return cmd
}

func writeCascade(w io.Writer, set *treaty.Set, r treaty.Result) error {
	attacker := "an unnamed attacker"
	if r.Attacker != nil {
		attacker = *r.Attacker
	}
	fmt.Fprintf(w, "%s attacked by %s on %s: %d obligors\n", r.Target, attacker, r.At, len(r.Obligors))
	round := 0
	for _, o := range r.Obligors {
		if o.Round != round {
			round = o.Round
			fmt.Fprintf(w, "round %d\n", round)
		}
		name := o.Treaty
		if t, ok := set.Treaty(o.Treaty); ok {
			name = t.Name
		}
		fmt.Fprintf(w, "  %-4s %-12s to %s  %s, article %s\n        %s\n", o.Code, o.Status, o.OwedTo, name, orDash(o.Article), o.Reason)
		for _, a := range o.Also {
			fmt.Fprintf(w, "        also %s under %s, article %s\n", a.Status, a.Treaty, orDash(a.Article))
		}
	}
	if len(r.Excluded) > 0 {
		fmt.Fprintln(w, "not bound")
		seen := map[string]bool{}
		for _, e := range r.Excluded {
			key := e.Code + e.Treaty + e.Reason
			if seen[key] {
				continue
			}
			seen[key] = true
			fmt.Fprintf(w, "  %-4s round %d: %s\n", e.Code, e.Round, e.Reason)
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
