package sanctions

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Formats names the list formats a Source can have, with what PATH is.
var Formats = map[string]string{
	"ofac":          "folder of OFAC legacy CSV files (sdn, alt, add, sdn_comments and/or cons_prim, cons_alt, cons_add, cons_comments; .csv or .csv.gz), or one of those files with its set beside it",
	"un":            "UN Security Council Consolidated List XML (.xml or .xml.gz)",
	"ftm":           "OpenSanctions FollowTheMoney JSON lines (entities.ftm.json)",
	"opensanctions": "OpenSanctions targets.simple.csv",
	"csl":           "US trade.gov Consolidated Screening List CSV",
	"entente":       "entries written by `entente import sanctions --out` (JSON lines)",
}

// Source is one list to load: a format from Formats and a path.
type Source struct {
	Format string
	Path   string
}

func (s Source) String() string { return s.Format + ":" + s.Path }

// ParseSource reads "FORMAT:PATH".
func ParseSource(s string) (Source, error) {
	format, path, ok := strings.Cut(s, ":")
	format = strings.ToLower(strings.TrimSpace(format))
	if !ok || path == "" {
		return Source{}, fmt.Errorf("list %q: want FORMAT:PATH with FORMAT one of %s", s, formatNames())
	}
	if _, known := Formats[format]; !known {
		return Source{}, fmt.Errorf("list %q: unknown format %q (known: %s)", s, format, formatNames())
	}
	return Source{Format: format, Path: path}, nil
}

func formatNames() string {
	names := make([]string, 0, len(Formats))
	for k := range Formats {
		names = append(names, k)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// Load reads one source from disk. Files may be gzip-compressed whatever
// their name. Problems and entry sources name the file by its path and
// line.
func Load(ctx context.Context, src Source) (Loaded, error) {
	if src.Format == "ofac" {
		return loadOFAC(ctx, src.Path)
	}
	f, err := Open(src.Path)
	if err != nil {
		return Loaded{}, fmt.Errorf("load %s: %w", src, err)
	}
	defer f.Close()
	file := File{Name: src.Path, R: f}
	var l Loaded
	switch src.Format {
	case "un":
		l, err = ReadUN(ctx, file)
	case "ftm":
		l, err = ReadFtM(ctx, file)
	case "opensanctions":
		l, err = ReadOpenSanctionsCSV(ctx, file)
	case "csl":
		l, err = ReadCSL(ctx, file)
	case "entente":
		l, err = ReadJSONL(ctx, file)
	default:
		return l, fmt.Errorf("load %s: unknown format", src)
	}
	if err != nil {
		return l, fmt.Errorf("load %s: %w", src, err)
	}
	return l, nil
}

// LoadAll loads every source in turn.
func LoadAll(ctx context.Context, srcs []Source) (Loaded, error) {
	var all Loaded
	for _, s := range srcs {
		l, err := Load(ctx, s)
		if err != nil {
			return all, err
		}
		all.Merge(l)
	}
	return all, nil
}

// LoadIndex loads every source, folds the entries that two vintages of
// one list share (MergeDuplicates) and indexes them.
func LoadIndex(ctx context.Context, srcs []Source, opt Options) (*Index, Loaded, error) {
	l, err := LoadAll(ctx, srcs)
	if err != nil {
		return nil, l, err
	}
	var folded int
	l.Entries, folded = MergeDuplicates(l.Entries)
	if folded > 0 {
		l.Notes = append(l.Notes, fmt.Sprintf("%d entries appear in more than one source with the same list and id: folded into one", folded))
	}
	return NewIndex(l.Entries, opt), l, nil
}

// ofacParts are the roles of the files of the two OFAC sets, by base name.
var ofacParts = map[string]struct {
	list string
	role int
}{
	"sdn":           {ListOFACSDN, 0},
	"alt":           {ListOFACSDN, 1},
	"add":           {ListOFACSDN, 2},
	"sdn_comments":  {ListOFACSDN, 3},
	"cons_prim":     {ListOFACCons, 0},
	"cons_alt":      {ListOFACCons, 1},
	"cons_add":      {ListOFACCons, 2},
	"cons_comments": {ListOFACCons, 3},
}

// ofacBase returns the OFAC part a file name is ("sdn" for SDN.CSV or
// sdn.csv.gz), or "".
func ofacBase(name string) string {
	b := strings.ToLower(filepath.Base(name))
	b = strings.TrimSuffix(b, ".gz")
	b = strings.TrimSuffix(b, ".csv")
	if _, ok := ofacParts[b]; ok {
		return b
	}
	return ""
}

// loadOFAC reads the OFAC sets in a folder, or the set of one file.
func loadOFAC(ctx context.Context, path string) (Loaded, error) {
	st, err := os.Stat(path)
	if err != nil {
		return Loaded{}, fmt.Errorf("load ofac:%s: %w", path, err)
	}
	dir, only := path, ""
	if !st.IsDir() {
		dir = filepath.Dir(path)
		if only = ofacBase(path); only == "" {
			return Loaded{}, fmt.Errorf("load ofac:%s: not an OFAC legacy CSV file name (sdn, alt, add, sdn_comments, cons_prim, cons_alt, cons_add, cons_comments)", path)
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return Loaded{}, fmt.Errorf("load ofac:%s: %w", path, err)
	}
	sets := map[string]*OFACSet{}
	var closers []io.Closer
	defer func() {
		for _, c := range closers {
			c.Close()
		}
	}()
	for _, de := range ents {
		base := ofacBase(de.Name())
		if base == "" || de.IsDir() {
			continue
		}
		part := ofacParts[base]
		if only != "" && ofacParts[only].list != part.list {
			continue
		}
		set := sets[part.list]
		if set == nil {
			set = &OFACSet{List: part.list}
			sets[part.list] = set
		}
		slot := []**File{&set.Primary, &set.Alt, &set.Address, &set.Comments}[part.role]
		if *slot != nil {
			return Loaded{}, fmt.Errorf("load ofac:%s: both %s and %s are the %s file", path, (*slot).Name, de.Name(), base)
		}
		rc, err := Open(filepath.Join(dir, de.Name()))
		if err != nil {
			return Loaded{}, fmt.Errorf("load ofac:%s: %w", path, err)
		}
		closers = append(closers, rc)
		*slot = &File{Name: filepath.Join(dir, de.Name()), R: rc}
	}
	if len(sets) == 0 {
		return Loaded{}, fmt.Errorf("load ofac:%s: no OFAC legacy CSV files there", path)
	}
	var all Loaded
	for _, list := range []string{ListOFACSDN, ListOFACCons} {
		set, ok := sets[list]
		if !ok {
			continue
		}
		if set.Primary == nil && set.Alt == nil {
			all.Notes = append(all.Notes, fmt.Sprintf("%s: only address or comment files, no names: not read", list))
			continue
		}
		l, err := ReadOFAC(ctx, *set)
		if err != nil {
			return all, fmt.Errorf("load ofac:%s: %w", path, err)
		}
		all.Merge(l)
	}
	return all, nil
}

// Open opens a file for reading, gunzipping it when it starts with the
// gzip magic bytes.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(f, 64*1024)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		f.Close()
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("gunzip %s: %w", path, err)
		}
		return readCloser{Reader: zr, close: func() error { zr.Close(); return f.Close() }}, nil
	}
	return readCloser{Reader: br, close: f.Close}, nil
}

type readCloser struct {
	io.Reader
	close func() error
}

func (r readCloser) Close() error { return r.close() }

// WriteJSONL writes entries one JSON object per line: the format
// "entente" that Load reads back.
func WriteJSONL(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range entries {
		if err := enc.Encode(&entries[i]); err != nil {
			return fmt.Errorf("write entry %s: %w", entries[i].Key(), err)
		}
	}
	return bw.Flush()
}

// JSONLStore is a ListStore that writes the lists it is given to W as
// JSON lines (the format "entente"), one after the other: an import
// writes each list once.
type JSONLStore struct {
	W io.Writer
}

// ReplaceList writes the entries of one list.
func (s JSONLStore) ReplaceList(_ context.Context, list string, entries []Entry) error {
	if err := WriteJSONL(s.W, entries); err != nil {
		return fmt.Errorf("write list %s: %w", list, err)
	}
	return nil
}

// ReadJSONL reads entries written by WriteJSONL. A line that is not an
// entry with a list, an id, a known type and known name kinds is a
// problem; a name without a kind is a strong alias. Entries without names
// are kept, as the readers keep them.
func ReadJSONL(ctx context.Context, f File) (Loaded, error) {
	var l Loaded
	sc := bufio.NewScanner(f.R)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for line := 1; sc.Scan(); line++ {
		if line%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return l, err
			}
		}
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var e Entry
		if err := json.Unmarshal(b, &e); err != nil {
			l.problem(f.Name, line, "not an entry: %v", err)
			continue
		}
		if e.List == "" || e.ID == "" {
			l.problem(f.Name, line, "entry without list or id: skipped")
			continue
		}
		switch e.Type {
		case Person, Entity, Vessel, Aircraft, Unknown:
		default:
			l.problem(f.Name, line, "entry %s: type %q is not person, entity, vessel or aircraft: skipped", e.Key(), e.Type)
			continue
		}
		bad := false
		for i, n := range e.Names {
			switch n.Kind {
			case Primary, Strong, Weak:
			case "":
				e.Names[i].Kind = Strong
			default:
				bad = true
			}
		}
		if bad {
			l.problem(f.Name, line, "entry %s: a name kind is not primary, strong or weak: skipped", e.Key())
			continue
		}
		l.Entries = append(l.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return l, fmt.Errorf("read %s: %w", f.Name, err)
	}
	return l, nil
}
