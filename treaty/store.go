package treaty

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Store is what the treaty package needs from a persistent store: save the
// treaties of one source (an ATOP import, the news candidates) so that a
// later save of the same source replaces them, and load them back. The
// entente store (issue 5) implements it; [DirStore] is a file-based one.
type Store interface {
	SaveTreaties(ctx context.Context, source string, treaties []*Treaty) error
	LoadTreaties(ctx context.Context, source string) ([]*Treaty, error)
}

// WriteJSONL writes one treaty per line, in the base's JSON form with the
// obligations as clauses.
func WriteJSONL(w io.Writer, treaties []*Treaty) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, t := range treaties {
		if err := enc.Encode(t); err != nil {
			return fmt.Errorf("write treaty %s: %w", t.ID, err)
		}
	}
	return bw.Flush()
}

// ReadJSONL reads treaties written by WriteJSONL and validates each
// against countries (allowing "cow:N" codes; areas are not checked, since
// imports name none). Problems are returned together, with line numbers.
func ReadJSONL(r io.Reader, countries *Countries) ([]*Treaty, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []*Treaty
	var problems []error
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		t := &Treaty{}
		if err := decodeStrict(b, t); err != nil {
			problems = append(problems, fmt.Errorf("line %d: %w", line, err))
			continue
		}
		for _, err := range Validate(t, countries, nil, true) {
			problems = append(problems, fmt.Errorf("line %d (%s): %w", line, t.ID, err))
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return out, nil
}

// DirStore keeps each source's treaties in DIR/SOURCE.jsonl. It lets
// `entente import atop` persist without a database.
type DirStore struct {
	Dir       string
	Countries *Countries
}

func (d DirStore) file(source string) (string, error) {
	if source == "" || strings.ContainsAny(source, `/\`) || strings.HasPrefix(source, ".") {
		return "", fmt.Errorf("source %q cannot name a file", source)
	}
	return filepath.Join(d.Dir, source+".jsonl"), nil
}

// SaveTreaties replaces the source's file, writing to a temporary file
// first so that a failed save leaves the old one whole.
func (d DirStore) SaveTreaties(ctx context.Context, source string, treaties []*Treaty) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	path, err := d.file(source)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(d.Dir, "."+source+"-*.jsonl")
	if err != nil {
		return fmt.Errorf("save treaties %s: %w", source, err)
	}
	defer os.Remove(tmp.Name())
	if err := WriteJSONL(tmp, treaties); err != nil {
		tmp.Close()
		return fmt.Errorf("save treaties %s: %w", source, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save treaties %s: %w", source, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save treaties %s: %w", source, err)
	}
	return nil
}

// LoadTreaties reads the source's file; a source never saved has none.
func (d DirStore) LoadTreaties(ctx context.Context, source string) ([]*Treaty, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	path, err := d.file(source)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load treaties %s: %w", source, err)
	}
	defer f.Close()
	countries := d.Countries
	if countries == nil {
		countries = DefaultCountries()
	}
	ts, err := ReadJSONL(f, countries)
	if err != nil {
		return nil, fmt.Errorf("load treaties %s: %w", path, err)
	}
	return ts, nil
}
