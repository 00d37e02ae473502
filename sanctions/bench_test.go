package sanctions_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/sanctions"
	"github.com/entente/entente/sanctions/screeneval"
)

// sharedLists loads the OFAC 2021 and 2025 sets and the UN list of
// ../shared/eval/sanctions once per test binary.
var sharedLists = sync.OnceValues(func() (sanctions.Loaded, error) {
	dir, ok := sharedtest.Find("eval", "sanctions")
	if !ok {
		return sanctions.Loaded{}, os.ErrNotExist
	}
	return sanctions.LoadAll(context.Background(), []sanctions.Source{
		{Format: "ofac", Path: filepath.Join(dir, "ofac_sdn_2021")},
		{Format: "ofac", Path: filepath.Join(dir, "ofac_sdn_2025")},
		{Format: "un", Path: filepath.Join(dir, "un_sc_consolidated.xml.gz")},
	})
})

func sharedIndex(tb testing.TB) *sanctions.Index {
	tb.Helper()
	sharedtest.Dir(tb, "eval", "sanctions")
	l, err := sharedLists()
	if err != nil {
		tb.Fatal(err)
	}
	entries, _ := sanctions.MergeDuplicates(l.Entries)
	return sanctions.NewIndex(entries, sanctions.Options{})
}

func sharedNames(tb testing.TB, file string) []screeneval.Row {
	tb.Helper()
	p := filepath.Join(sharedtest.Dir(tb, "eval", "sanctions", "name_matching"), file)
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := screeneval.ReadNames(f)
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// BenchmarkScreen screens the yente UN positives and US Congress names,
// in turn, against OFAC 2021 + 2025 + UN: the README's speed figure.
// Run it on one core: GOMAXPROCS=1 go test -bench Screen -run '^$' ./sanctions
func BenchmarkScreen(b *testing.B) {
	ix := sharedIndex(b)
	var names []string
	for _, f := range []string{"yente_positives_un_untreated.csv", "yente_positives_us_congress_untreated.csv"} {
		for _, r := range sharedNames(b, f) {
			names = append(names, r.Name)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		ix.Screen(sanctions.Query{Name: names[i%len(names)]})
	}
	cpu = cpuTime() - cpu
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "queries/cpu-s")
	}
}

// BenchmarkIndex builds the index over OFAC 2021 + 2025 + UN.
func BenchmarkIndex(b *testing.B) {
	sharedIndex(b)
	l, _ := sharedLists()
	entries, _ := sanctions.MergeDuplicates(l.Entries)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sanctions.NewIndex(entries, sanctions.Options{})
	}
}
