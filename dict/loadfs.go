package dict

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
)

// LoadFS reads every dictionary file at the top of fsys whose name tells
// its kind (see LoadFiles), in name order; name labels the positions
// reported in problems ("builtin/countries.actors.txt:12"). It serves the
// dictionaries embedded in the binary.
func LoadFS(ctx context.Context, fsys fs.FS, name string) (*Set, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("load dictionaries %s: %w", name, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	out := &Set{}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		k := kindOf(e.Name())
		if e.IsDir() || k == kindUnknown || k == kindOptions || k == kindProject {
			continue
		}
		f, err := fsys.Open(e.Name())
		if err != nil {
			return nil, fmt.Errorf("load dictionaries %s: %w", name, err)
		}
		s, err := readKind(f, path.Join(name, e.Name()), k)
		f.Close()
		if err != nil {
			return nil, err
		}
		out.Merge(s)
	}
	return out, nil
}

// readKind reads one dictionary of kind k from r.
func readKind(r io.Reader, file string, k kind) (*Set, error) {
	s := &Set{Files: []string{file}}
	var err error
	switch k {
	case kindActors:
		s.Actors, s.Nouns, s.Adjectives, s.Problems, err = ReadActors(r, file)
	case kindAgents:
		s.Agents, s.Problems, err = ReadAgents(r, file)
	case kindVerbs:
		s.Verbs, s.Synsets, s.Problems, err = ReadVerbs(r, file)
	case kindDiscards:
		s.Discards, s.Problems, err = ReadDiscards(r, file)
	case kindIssues:
		s.Issues, s.Problems, err = ReadIssues(r, file)
	default:
		return nil, fmt.Errorf("load %s: cannot read a %s file", file, k)
	}
	if err != nil {
		return nil, fmt.Errorf("load %s %s: %w", k, file, err)
	}
	return s, nil
}
