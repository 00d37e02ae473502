package document

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sentences is a small pool of text for generated inputs.
var sentences = []string{
	"The foreign ministers of Chile and Argentina met in Santiago to discuss a fisheries accord.",
	"Officials in Nairobi said the regional trade bloc would admit a new member next year.",
	"The two governments agreed to exchange ambassadors after a pause of several years.",
	"Observers from the regional organisation reported that the vote was orderly.",
	"A spokesperson for the ministry declined to comment on the reported arms purchase.",
}

// writeJSONL writes n records of about size bytes of text each.
func writeJSONL(t testing.TB, path string, n, size int) int64 {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	var text strings.Builder
	for i := 0; i < n; i++ {
		text.Reset()
		for j := i; text.Len() < size; j++ {
			text.WriteString(sentences[j%len(sentences)])
			text.WriteByte(' ')
		}
		rec := map[string]string{
			"id":        fmt.Sprintf("gen-%06d", i),
			"text":      text.String(),
			"published": "2024-06-19T20:00:00Z",
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

func TestRead50MB(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping 50 MB inputs in -short mode")
	}
	dir := t.TempDir()

	// One 50 MB text file is one document, kept byte for byte.
	txt := filepath.Join(dir, "big.txt")
	var b strings.Builder
	for i := 0; b.Len() < 50<<20; i++ {
		b.WriteString(sentences[i%len(sentences)])
		b.WriteString("\n")
	}
	if err := os.WriteFile(txt, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := Read(context.Background(), txt, Options{}, func(d Document, err error) error {
		n++
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Text) != b.Len() || d.Text[:100] != b.String()[:100] {
			t.Errorf("text of %d bytes, want %d", len(d.Text), b.Len())
		}
		return nil
	})
	if err != nil || n != 1 {
		t.Fatalf("Read = %v with %d documents", err, n)
	}

	// A 50 MB JSONL file: many ordinary records and one 30 MB record on a
	// line of its own.
	jsonl := filepath.Join(dir, "big.jsonl")
	size := writeJSONL(t, jsonl, 5500, 4000)
	f, err := os.OpenFile(jsonl, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat(sentences[0]+" ", (30<<20)/len(sentences[0]))
	if err := json.NewEncoder(f).Encode(map[string]string{"id": "huge", "text": big}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("JSONL input: %d MB", (size+int64(len(big)))>>20)
	n = 0
	err = Read(context.Background(), jsonl, Options{}, func(d Document, err error) error {
		n++
		if err != nil {
			t.Fatal(err)
		}
		if d.ID == "huge" && d.Text != big {
			t.Errorf("huge record: text of %d bytes, want %d", len(d.Text), len(big))
		}
		return nil
	})
	if err != nil || n != 5501 {
		t.Fatalf("Read = %v with %d documents, want 5501", err, n)
	}

	// With a limit below the big record, only that record fails.
	n = 0
	var tooLarge int
	err = Read(context.Background(), jsonl, Options{MaxBytes: 1 << 20}, func(d Document, err error) error {
		n++
		if err != nil {
			if d.Line != 5501 {
				t.Errorf("line %d: %v", d.Line, err)
			}
			tooLarge++
		}
		return nil
	})
	if err != nil || n != 5501 || tooLarge != 1 {
		t.Fatalf("Read = %v with %d documents, %d too large", err, n, tooLarge)
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	size := writeJSONL(b, path, 2000, 3000)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		err := Read(context.Background(), path, Options{}, func(_ Document, err error) error { return err })
		if err != nil {
			b.Fatal(err)
		}
	}
}
