package segment_test

import (
	"fmt"

	"github.com/entente/entente/segment"
)

func ExampleSegment() {
	text := `Seoul and Tokyo resume talks

Issued on: 12/03/2025 - 09:40

SEOUL, March 12 (Reuters) - South Korea's foreign minister met his Japanese counterpart on Wednesday. The U.S. envoy joined them.

Trade and security
Related PostsBoth sides agreed to meet again in May.`
	r := segment.Segment(text)
	for _, s := range r.Sentences {
		fmt.Printf("%-7s %q\n", s.Kind, s.Text(text))
		if !s.Dateline.Empty() {
			fmt.Printf("        dateline %q\n", s.Dateline.Text(text))
		}
	}
	for _, d := range r.Dropped {
		fmt.Printf("dropped %q (%s)\n", d.Text(text), d.Reason)
	}
	// Output:
	// Title   "Seoul and Tokyo resume talks"
	// Prose   "SEOUL, March 12 (Reuters) - South Korea's foreign minister met his Japanese counterpart on Wednesday."
	//         dateline "SEOUL, March 12 (Reuters)"
	// Prose   "The U.S. envoy joined them."
	// Heading "Trade and security"
	// Prose   "Both sides agreed to meet again in May."
	// dropped "Issued on: 12/03/2025 - 09:40" (timestamp)
	// dropped "Related Posts" (page furniture)
}

func ExampleTokenize() {
	sentence := "North Korea's envoy didn't rule out “military-technical cooperation”."
	var buf []byte
	for _, t := range segment.Tokenize(sentence, 0, nil) {
		buf = segment.AppendUpper(buf[:0], sentence[t.Start:t.End])
		fmt.Printf("%s/%s ", buf, t.Kind)
	}
	fmt.Println()
	// Output:
	// NORTH/Word KOREA/Word 'S/Possessive ENVOY/Word DID/Word N'T/Clitic RULE/Word OUT/Word “/Punct MILITARY-TECHNICAL/Word COOPERATION/Word ”/Punct ./Punct
}
