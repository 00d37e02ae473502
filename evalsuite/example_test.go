package evalsuite_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/evalsuite"
)

func ExampleParseTabariDirective() {
	o := evalsuite.TabariDefaultOptions()
	for _, d := range []string{
		"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN",
		"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER",
		"SET: TIME SHIFT = TRUE",
		"COMMA: MIN = lots",
	} {
		handled, err := evalsuite.ParseTabariDirective(d, &o)
		fmt.Printf("%-52s handled=%v err=%v\n", d, handled, err != nil)
	}
	fmt.Printf("%+v\n%+v\n", o.Complex, o.Defaults)
	// Output:
	// COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN         handled=true err=false
	// DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER handled=true err=false
	// SET: TIME SHIFT = TRUE                               handled=false err=false
	// COMMA: MIN = lots                                    handled=false err=true
	// {Verbs:5 Conj:4 NoActorPrior:true}
	// {Source:DEFSRC Target:DEFTAR SourcePrior:true TargetAfter:true}
}

// silent is a coder that finds nothing.
type silent struct{}

func (silent) CodeSentence(string, dict.Date) coder.Result { return coder.Result{} }

func ExampleRunPetrarch() {
	suite := `{"id": "X-1", "date": "20240101", "text": "Nothing to see.", "expected": [], "expect_none": true}
{"id": "X-2", "date": "20240101", "text": "Freedonia praised Sylvania.", "expected": [{"source": "FRE", "target": "SYL", "code": "051"}]}
`
	recs, err := evalsuite.ReadSuite(strings.NewReader(suite))
	if err != nil {
		fmt.Println(err)
		return
	}
	factory := func(coder.Options) (evalsuite.Coder, error) { return silent{}, nil }
	rep, err := evalsuite.RunPetrarch(context.Background(), recs, factory)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := rep.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	b := evalsuite.Baseline{"petrarch.pass_rate": 0.8}
	fmt.Println(b.Check("petrarch", rep))
	// Output:
	// petrarch: 2 records, 2 applicable, 0 not applicable
	// passed 1 of 2 applicable (50.0%)
	// events: 1 expected, 0 found (0.0%), 0 extra
	// failures: missing_events 1
	//
	// failures by category
	//
	// (none): 1 of 2 applicable failed
	//   X-2  missing_events  "Freedonia praised Sylvania."
	//       expected: FRE>SYL 051
	//       got:      nothing
	// [petrarch.pass_rate: 0.5 below baseline 0.8]
}
