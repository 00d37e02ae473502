package timex_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/timex"
)

func Example() {
	published := time.Date(2024, 6, 19, 20, 0, 0, 0, time.UTC) // a Wednesday
	a := timex.DocumentTime(published, nil, "")
	r := timex.NewResolver(a)
	for _, s := range []string{
		"The president will begin a state visit to Vietnam on Thursday, a day after signing a pact.",
		"He landed in Hanoi around 2am (7pm GMT Wednesday).",
		"The US president visited Hanoi in September.",
		"Beijing's leader followed just three months later.",
	} {
		for _, x := range r.Sentence(s) {
			fmt.Printf("%-20q %-18s %s\n", x.Text, x.Value, x.Granularity)
		}
	}
	// Output:
	// "on Thursday"        2024-06-20         day
	// "a day after"        2024-06-19         day
	// "around 2am"         2024-06-19T19:00Z  instant
	// "7pm GMT Wednesday"  2024-06-19T19:00Z  instant
	// "in September"       2023-09            month
	// "three months later" 2023-12            month
}

func ExampleEventDate() {
	a := timex.AnchorAt(time.Date(2024, 6, 19, 20, 0, 0, 0, time.UTC))
	r := timex.NewResolver(a)
	s := "Putin will begin a state visit to Vietnam on Thursday, a day after signing a pact with Kim."
	tx := r.Sentence(s)
	for _, verb := range []string{"begin", "signing"} {
		v := strings.Index(s, verb)
		d, _ := timex.EventDate(s, tx, v, v+len(verb), a)
		fmt.Println(verb, d.Value, d.Granularity, d.Text)
	}
	// Output:
	// begin 2024-06-20 day on Thursday
	// signing 2024-06-19 day a day after
}
