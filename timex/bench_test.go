package timex

import (
	_ "embed"
	"strings"
	"testing"
)

// newsSample is a page of news sentences written for the tests: about a
// third name a time, as in wire copy.
//
//go:embed testdata/news.txt
var newsSample string

// BenchmarkSentence measures one sentence of newsSample, on average.
func BenchmarkSentence(b *testing.B) {
	sentences := strings.Split(strings.TrimSpace(newsSample), "\n")
	r := NewResolver(wednesday)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Sentence(sentences[i%len(sentences)])
	}
}

// BenchmarkSentenceNoTime measures a sentence with no digit and no time
// word, which most sentences are.
func BenchmarkSentenceNoTime(b *testing.B) {
	s := "Officials said the talks were constructive but that no agreement had been reached."
	r := NewResolver(wednesday)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r.Sentence(s)
	}
}

// BenchmarkCorpus measures the average sentence of the VOA corpus in
// ../shared (unlabelled public-domain news), split by the segmenter.
func BenchmarkCorpus(b *testing.B) {
	sentences := corpusSentences(b)
	r := NewResolver(wednesday)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Sentence(sentences[i%len(sentences)])
	}
}
