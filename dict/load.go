package dict

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// kind is what a dictionary file holds.
type kind uint8

const (
	kindUnknown kind = iota
	kindActors
	kindAgents
	kindVerbs
	kindDiscards
	kindIssues
	kindOptions
	kindProject
)

func (k kind) String() string {
	switch k {
	case kindActors:
		return "actors"
	case kindAgents:
		return "agents"
	case kindVerbs:
		return "verbs"
	case kindDiscards:
		return "discards"
	case kindIssues:
		return "issues"
	case kindOptions:
		return "options"
	case kindProject:
		return "project"
	}
	return "unknown"
}

// kindOf tells a dictionary file's kind from its name, as the field names
// them: TABARI by extension (TABARI.Demo.actors, CAMEO.091003.master.verbs,
// Validate.project), PETRARCH by a word of the name before ".txt"
// (Phoenix.agents.txt, Phoenix.IssueCoding.txt,
// CAMEO.verbpatterns.150430.txt) or, for the PETRARCH-2 verbs, a bare
// versioned name (CAMEO.2.0.txt).
func kindOf(name string) kind {
	b := strings.ToLower(filepath.Base(name))
	ext := filepath.Ext(b)
	switch ext {
	case ".actors":
		return kindActors
	case ".agents":
		return kindAgents
	case ".verbs":
		return kindVerbs
	case ".discards":
		return kindDiscards
	case ".issues":
		return kindIssues
	case ".options":
		return kindOptions
	case ".project":
		return kindProject
	case ".txt":
	default:
		return kindUnknown
	}
	stem := strings.TrimSuffix(b, ext)
	if strings.HasPrefix(stem, "cameo.") && strings.Trim(stem[len("cameo."):], "0123456789.") == "" {
		return kindVerbs
	}
	// Judge the words of the name, so that "factory.txt" is no actors file.
	for _, w := range strings.FieldsFunc(stem, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == ' ' }) {
		switch {
		case w == "verbs" || w == "verb" || strings.HasPrefix(w, "verbpattern"):
			return kindVerbs
		case w == "actors" || w == "actor":
			return kindActors
		case w == "agents" || w == "agent":
			return kindAgents
		case strings.HasPrefix(w, "discard"):
			return kindDiscards
		case strings.HasPrefix(w, "issue"):
			return kindIssues
		}
	}
	return kindUnknown
}

// job is one dictionary file to read.
type job struct {
	path string
	kind kind
}

// LoadDir reads the dictionaries in dir (not its subdirectories). When dir
// holds a TABARI .project file, the project says which files make up the
// set and nothing else is read; otherwise every file whose name tells its
// kind is read (see LoadFiles) and the others are ignored. Files are read
// concurrently and merged in name order.
func LoadDir(ctx context.Context, dir string) (*Set, error) {
	jobs, opts, err := dirJobs(dir)
	if err != nil {
		return nil, err
	}
	return load(ctx, jobs, opts)
}

// LoadFiles reads the named dictionaries and merges them in order. The
// kind of a file is told by its name: the TABARI extensions .actors,
// .agents, .verbs, .discards and .issues, or for a ".txt" file a word of
// its name (Phoenix.Countries.actors.txt, PETR.Validate.agents.txt,
// CAMEO.verbpatterns.150430.txt, Phoenix.discards.txt,
// Phoenix.IssueCoding.txt) or the PETRARCH-2 verbs name
// CAMEO.<version>.txt. A name that tells nothing is read and judged by
// its content; if that fails too, LoadFiles returns an error rather than
// guess. A TABARI .project file stands for the files it lists; an
// .options file is only recorded in Set.Options; a directory is read as
// LoadDir reads it. A file named twice is read once.
func LoadFiles(ctx context.Context, paths ...string) (*Set, error) {
	var (
		jobs []job
		opts []string
	)
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("load dictionary: %w", err)
		}
		if fi.IsDir() {
			j, o, err := dirJobs(p)
			if err != nil {
				return nil, err
			}
			jobs, opts = append(jobs, j...), append(opts, o...)
			continue
		}
		k := kindOf(p)
		if k == kindUnknown {
			if k, err = sniffFile(p); err != nil {
				return nil, err
			}
		}
		switch k {
		case kindProject:
			j, o, err := projectJobs(p)
			if err != nil {
				return nil, err
			}
			jobs, opts = append(jobs, j...), append(opts, o...)
		case kindOptions:
			opts = append(opts, p)
		default:
			jobs = append(jobs, job{p, k})
		}
	}
	return load(ctx, jobs, opts)
}

// dirJobs lists the dictionary files of dir.
func dirJobs(dir string) ([]job, []string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load dictionaries: %w", err)
	}
	var (
		jobs     []job
		opts     []string
		projects []string
	)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		p := filepath.Join(dir, name)
		switch k := kindOf(name); k {
		case kindUnknown:
		case kindProject:
			projects = append(projects, p)
		case kindOptions:
			opts = append(opts, p)
		default:
			jobs = append(jobs, job{p, k})
		}
	}
	if len(projects) == 0 {
		return jobs, opts, nil
	}
	jobs, opts = nil, nil
	for _, p := range projects {
		j, o, err := projectJobs(p)
		if err != nil {
			return nil, nil, err
		}
		jobs, opts = append(jobs, j...), append(opts, o...)
	}
	return jobs, opts, nil
}

// projectJobs reads a TABARI .project file: lines "<actorsfile> NAME",
// "<agentsfile> NAME", "<verbsfile> NAME" and "<optionsfile> NAME", with
// names relative to the project's folder. Its other lines (text, event
// and error files, coding sessions) do not concern the dictionaries.
func projectJobs(path string) ([]job, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("load project: %w", err)
	}
	defer f.Close()
	var discard []Problem
	lines, err := readLines(f, path, &discard)
	if err != nil {
		return nil, nil, fmt.Errorf("load project %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	jobs := []job{{path, kindProject}}
	var opts []string
	for _, ln := range lines {
		s := strings.TrimSpace(ln.Text)
		if !strings.HasPrefix(s, "<") {
			continue
		}
		end := strings.IndexByte(s, '>')
		if end < 0 {
			continue
		}
		fields := strings.Fields(s[end+1:])
		if len(fields) == 0 {
			continue
		}
		name := fields[0]
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
		switch strings.ToLower(s[1:end]) {
		case "actorsfile":
			jobs = append(jobs, job{name, kindActors})
		case "agentsfile":
			jobs = append(jobs, job{name, kindAgents})
		case "verbsfile":
			jobs = append(jobs, job{name, kindVerbs})
		case "optionsfile":
			opts = append(opts, name)
		}
	}
	if len(jobs) == 1 {
		return nil, nil, fmt.Errorf("load project %s: it names no actors, agents or verbs file", path)
	}
	return jobs, opts, nil
}

// load reads the jobs concurrently and merges the results in job order.
func load(ctx context.Context, jobs []job, opts []string) (*Set, error) {
	seen := make(map[string]bool, len(jobs))
	uniq := jobs[:0:0]
	for _, j := range jobs {
		key := j.path
		if abs, err := filepath.Abs(j.path); err == nil {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			uniq = append(uniq, j)
		}
	}
	sets := make([]*Set, len(uniq))
	errs := make([]error, len(uniq))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, j := range uniq {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if ctx.Err() != nil {
				return
			}
			sets[i], errs[i] = readFile(j)
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := &Set{}
	for _, s := range sets {
		out.Merge(s)
	}
	out.Options = append(out.Options, opts...)
	return out, nil
}

// readFile reads one dictionary file of a known kind.
func readFile(j job) (*Set, error) {
	if j.kind == kindProject {
		return &Set{Files: []string{j.path}}, nil
	}
	f, err := os.Open(j.path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", j.kind, err)
	}
	defer f.Close()
	return readKind(f, j.path, j.kind)
}

// sniffLimit is how much of a file sniffFile looks at.
const sniffLimit = 64 << 10

// sniffFile tells a dictionary's kind from its content when its name does
// not: issue sections, verb blocks and patterns, agent codes ("[~GOV]",
// "[NGO~]") or substitution sets, actor code blocks. A plain list of
// phrases could be discards or many other things, so it is not guessed.
func sniffFile(path string) (kind, error) {
	f, err := os.Open(path)
	if err != nil {
		return kindUnknown, fmt.Errorf("load dictionary: %w", err)
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, sniffLimit))
	if err != nil {
		return kindUnknown, fmt.Errorf("load dictionary %s: %w", path, err)
	}
	if k := sniff(head); k != kindUnknown {
		return k, nil
	}
	return kindUnknown, fmt.Errorf("load dictionary %s: cannot tell what kind of dictionary it is; name it *.actors, *.agents, *.verbs, *discards*.txt or *issues*.txt", path)
}

// sniff judges the first bytes of a file.
func sniff(head []byte) kind {
	var (
		sc                    scrubber
		verbs, agents, actors int
		probs                 []Problem
		issueTag, nounTag     bool
		lines, _              = readLines(bytes.NewReader(head), "", &probs)
	)
	for _, ln := range lines {
		s := sc.scrub(ln.Text)
		if s == "" {
			continue
		}
		up := strings.ToUpper(s)
		switch {
		case strings.HasPrefix(up, "<ISSUE"):
			issueTag = true
		case up == "<NOUN>" || up == "<ADJECTIVE>":
			nounTag = true
		case strings.HasPrefix(s, "---") || strings.HasPrefix(s, "- ") && strings.Contains(s, "*"):
			verbs++
		case s[0] == '!' && strings.Contains(s, "="):
			agents++
		default:
			i := strings.IndexByte(s, '[')
			j := strings.IndexByte(s, ']')
			if i < 0 || j < i {
				continue
			}
			code := strings.TrimSpace(s[i+1 : j])
			if strings.HasPrefix(code, "~") || strings.HasSuffix(code, "~") {
				agents++
			} else if _, err := parseCodeBlock(code); err == nil {
				actors++
			}
		}
	}
	switch {
	case issueTag:
		return kindIssues
	case verbs > 0 && verbs >= agents:
		return kindVerbs
	case agents > 0 && agents >= actors:
		return kindAgents
	case actors > 0 || nounTag:
		return kindActors
	}
	return kindUnknown
}
