package segment

import (
	"strings"
	"testing"
)

// Pieces of the generated news text; all written for these tests.
var (
	genActors = []string{
		"Russian President Vladimir Putin", "Chinese Foreign Minister Wang Yi", "The U.S. State Department",
		"South Korea's Defense Ministry", "Gen. Valery Gerasimov", "NATO Secretary General Mark Rutte",
		"Vietnam's Prime Minister Pham Minh Chinh", "Iran's Supreme National Security Council",
		"Sen. Marco Rubio", "The European Union's top diplomat", "Japan's Prime Minister",
		"Turkey's President Recep Tayyip Erdoğan", "Officials in Pyongyang", "Mr. Zelensky's chief of staff",
	}
	genVerbs = []string{
		"said on Thursday that it would expand military cooperation with",
		"accused", "signed a strategic partnership agreement with", "imposed new sanctions on",
		"called for an immediate ceasefire between the forces of", "pledged $3.5 billion in aid to",
		"warned that it would not tolerate further provocations by", "hosted a delegation from",
		"agreed to resume direct flights to", "condemned the missile launch by",
	}
	genTargets = []string{
		"North Korea", "the Philippines", "Ukraine's government", "the U.N. Security Council",
		"Hanoi", "the Islamic Republic", "Beijing's coast guard", "Kim Jong-un's regime",
		"the Gulf Cooperation Council", "Nguyễn Phú Trọng's party",
	}
	genTails = []string{
		"during a two-day visit that ended at 10 a.m. local time",
		"despite objections from Washington and its allies in the region",
		"in a statement carried by the state news agency on Jan. 5",
		"as trade between the two countries rose 1.5% to a record high last year",
		"according to a readout published by the ministry late on Wednesday",
		"after talks that diplomats described as “frank and constructive”",
	}
	genQuotes = []string{
		"“We will defend our sovereignty by every means available,” the spokesperson told reporters in the capital.",
		"“This is a dangerous escalation,” said Dr. Amina Diallo, a researcher at a think tank in Dakar.",
		"Analysts said the move didn't change the balance of power, but it wasn't a surprise either.",
	}
	genFurniture = []string{
		"Issued on: 20/06/2024 - 10:12", "3 minutes", "Share this article", "Advertisement",
		"Facebook Twitter WhatsApp Email", "Photo: Reuters", "Sign up for our newsletter",
	}
	genHeadings = []string{"Trade and weapons", "Russia's deepening ties", "What comes next"}
)

// newsText generates a news-like text of n paragraphs, with a dateline,
// headings, furniture lines and one glued item, deterministically.
func newsText(n int) string {
	var b strings.Builder
	b.WriteString("Putin arrives in Hanoi after signing a defense pact with Pyongyang\n\n")
	b.WriteString("By Jane Doe\n\n")
	b.WriteString("MOSCOW, June 19 (Reuters) - ")
	k := 0
	for p := range n {
		sentences := 2 + p%3
		for s := range sentences {
			if s > 0 {
				b.WriteByte(' ')
			}
			if (p+s)%5 == 4 {
				b.WriteString(genQuotes[k%len(genQuotes)])
			} else {
				b.WriteString(genActors[k%len(genActors)])
				b.WriteByte(' ')
				b.WriteString(genVerbs[(k/3)%len(genVerbs)])
				b.WriteByte(' ')
				b.WriteString(genTargets[(k/2)%len(genTargets)])
				b.WriteByte(' ')
				b.WriteString(genTails[(k/5)%len(genTails)])
				b.WriteByte('.')
			}
			k++
		}
		switch {
		case p%7 == 3:
			b.WriteString("\n\n")
			b.WriteString(genFurniture[(p/7)%len(genFurniture)])
		case p%11 == 6:
			b.WriteString("\n\n")
			b.WriteString(genHeadings[(p/11)%len(genHeadings)])
		case p%13 == 9:
			b.WriteString("\nRelated Posts")
		}
		if p%2 == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func BenchmarkSegment(b *testing.B) {
	text := newsText(200)
	var r Result
	SegmentInto(&r, text)
	n := len(r.Sentences)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		SegmentInto(&r, text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sentence")
}

func BenchmarkTokenize(b *testing.B) {
	text := newsText(200)
	r := Segment(text)
	toks := make([]Token, 0, 256)
	words := 0
	for _, s := range r.Sentences {
		words += len(Tokenize(s.Text(text), s.Start, toks[:0]))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range r.Sentences {
			toks = Tokenize(text[s.Start:s.End], s.Start, toks[:0])
		}
	}
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(ns/float64(len(r.Sentences)), "ns/sentence")
	b.ReportMetric(ns/float64(words), "ns/token")
}

// BenchmarkSegmentTokenizeUpper is the whole cost this package adds per
// sentence on the coder's path: segment, tokenize, fold every token.
func BenchmarkSegmentTokenizeUpper(b *testing.B) {
	text := newsText(200)
	var r Result
	SegmentInto(&r, text)
	n := len(r.Sentences)
	toks := make([]Token, 0, 256)
	buf := make([]byte, 0, 1024)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		SegmentInto(&r, text)
		for _, s := range r.Sentences {
			toks = Tokenize(text[s.Start:s.End], s.Start, toks[:0])
			buf = buf[:0]
			for _, t := range toks {
				buf = AppendUpper(buf, text[t.Start:t.End])
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sentence")
}
