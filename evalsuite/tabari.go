package evalsuite

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/entente/entente/coder"
)

// fromSuite is DirectiveCount.From for directives met in the suite itself.
const fromSuite = "suite"

// TabariDefaultOptions returns TABARI's built-in options, before any
// options file: the coder's defaults with TABARI's comma limits, and dyads
// required. The validation suite's COMMA-Cancel record restores "the state
// prior to the change" with MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255
// BMAX = 0 (initial clauses never dropped), which is where those limits
// come from. TABARI codes no event without a target unless a DEFAULT
// target supplies one: records whose only target is misspelled
// (COMMA-01A, COMMA-04A) expect no event, and no checked record expects a
// target-less one.
func TabariDefaultOptions() coder.Options {
	o := coder.DefaultOptions()
	o.RequireDyad = true
	o.Comma = coder.Comma{Min: 2, Max: 10, EMin: 2, EMax: 10, BMin: 255, BMax: 0}
	// TABARI finds verbs by the dictionary alone, tells a noun use by its
	// patterns, discards a sentence on an actor coded "###", and reads a
	// '%' compound as acting on itself; its stopped words take noun
	// endings; it resolves pronouns, takes the first actor of a clause as
	// its subject, codes one verb per clause and knows no people beyond its
	// dictionaries.
	o.VerbsAfterDeterminers = true
	o.DiscardActors = true
	o.CompoundMutual = true
	o.NounEndings = true
	o.Pronouns = true
	o.FirstActorSubject = true
	o.OneEventPerClause = true
	o.NoPersons = true
	o.NoInference = true
	return o
}

// RunTabari scores the TABARI validation records (see the package
// documentation for the pass rule), starting from base options (usually
// [LoadTabariOptions]) and applying each record's directives to the
// records that follow it. It returns an error only when no coder can be had
// or ctx ends.
func RunTabari(ctx context.Context, records []Record, f Factory, base coder.Options) (Report, error) {
	rep := newReport("tabari")
	cs := &coders{f: f}
	ign := unsupported{}
	opts := base
	// FORWARD makes the records of one story (ids that differ only after
	// their last '-') a document: a pronoun may refer to the previous
	// record's subject.
	forward := false
	story := ""
	var doc *coder.Context
	for _, rec := range records {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		if forward {
			if st := storyOf(rec.ID); st != story || doc == nil {
				story, doc = st, &coder.Context{}
			}
		} else {
			doc = nil
		}
		o := newOutcome(rec)
		dirs := rec.OptionDirectives
		if len(dirs) == 0 {
			if d := notesDirective(rec.Notes); d != "" {
				dirs = []string{d}
			}
		}
		switch {
		case rec.DirectiveOnly:
			o.Status, o.Reason = NotApplicable, NADirective
		case rec.Nonstandard:
			o.Status, o.Reason = NotApplicable, NANonstandard
		case rec.CheckSkipped:
			o.Status, o.Reason = NotApplicable, NACheckSkipped
		default:
			expect, why := tabariExpect(rec)
			switch {
			case why != "":
				rep.badRecord(&o, rec, why)
			case expect == "" && len(dirs) > 0:
				o.Status, o.Reason = NotApplicable, NADirective
			case expect == "":
				o.Status, o.Reason = NotApplicable, NANoExpectation
			default:
				o.Expect = expect
				k, err := cs.get(opts)
				if err != nil {
					return rep, fmt.Errorf("coder for record %s: %w", rec.ID, err)
				}
				scoreRecordIn(k, doc, rec, &o, true)
			}
		}
		rep.add(o)
		for _, d := range dirs {
			rep.DirectivesFound++
			if directiveName(d) == "FORWARD" {
				forward = !strings.HasSuffix(strings.ToUpper(strings.TrimSpace(d)), " OFF")
				rep.DirectivesApplied++
				continue
			}
			handled, err := ParseTabariDirective(d, &opts)
			switch {
			case err != nil:
				rep.Problems = append(rep.Problems, fmt.Sprintf("line %d: %s: %v", rec.Line, rec.ID, err))
			case handled:
				rep.DirectivesApplied++
			default:
				ign.add(fromSuite, directiveName(d))
			}
		}
	}
	rep.mergeUnsupported(ign.list())
	rep.OptionSets = len(cs.m)
	return rep, nil
}

// storyOf returns the story part of a record id: "FRWD-001" of
// "FRWD-001-004".
func storyOf(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// tabariExpect says what rec expects, "" when nothing; a reason when the
// record contradicts itself.
func tabariExpect(rec Record) (string, string) {
	want := normExpected(rec.Expected)
	switch {
	case rec.ExpectDiscard:
		return ExpectDiscard, ""
	case rec.ExpectComplex:
		return ExpectComplex, ""
	case rec.ExpectNone && len(want) > 0:
		return "", "expect_none with expected events"
	case rec.ExpectNone:
		return ExpectNothing, ""
	case len(want) > 0:
		return ExpectEvents, ""
	}
	return "", ""
}

// notesDirective returns the directive of a record whose notes are an
// unclosed "{ OPTION: …" block, as on the MINWRD records.
func notesDirective(notes string) string {
	s := strings.TrimSpace(notes)
	if !strings.HasPrefix(s, "{") {
		return ""
	}
	s = strings.TrimSpace(s[1:])
	if len(s) < 7 || !strings.EqualFold(s[:7], "OPTION:") {
		return ""
	}
	s = s[7:]
	if i := strings.IndexByte(s, '}'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// ParseTabariDirective applies one TABARI option directive to o. handled
// is false, with no error, for a well-formed directive the coder has no
// option for (TIME SHIFT, OUTPUT, LABEL, …; FORWARD is RunTabari's); err is set, and o
// left unchanged, when s is not a directive or a supported one cannot be
// read. Supported:
//
//	SET: CODE BY SENTENCE | SET: CODE BY CLAUSE | SET: CODE ALL
//	SET: CONVERT AGENT = TRUE|FALSE
//	SET: MINIMUM WORDS = n
//	COMMA: OFF | COMMA: ON | COMMA: MIN = n MAX = n BMIN = n BMAX = n EMIN = n EMAX = n
//	DEFAULT: OFF | DEFAULT: SOURCE [code] [PRIOR] TARGET [code] [AFTER]
//	COMPLEX: OFF | COMPLEX: VERBS[n] CONJ[n] [NOACTPRIOR] [EXPLAIN]
//
// COMMA changes only the limits it names; DEFAULT and COMPLEX replace the
// whole setting, as TABARI's records switch NOACTPRIOR off by leaving it
// out. EXPLAIN only changes TABARI's output and is accepted.
func ParseTabariDirective(s string, o *coder.Options) (handled bool, err error) {
	kw, rest, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), ":")
	kw = strings.TrimSpace(kw)
	if !ok || kw == "" || strings.ContainsAny(kw, " \t=[]") {
		return false, fmt.Errorf("directive %q: not KEYWORD: …", s)
	}
	rest = strings.Join(strings.Fields(rest), " ")
	n := *o
	switch kw {
	case "SET":
		handled, err = parseSet(rest, &n)
	case "COMMA":
		handled, err = true, parseComma(rest, &n.Comma)
	case "DEFAULT":
		handled, err = true, parseDefault(rest, &n.Defaults)
	case "COMPLEX":
		handled, err = true, parseComplex(rest, &n.Complex)
	}
	if err != nil {
		return false, fmt.Errorf("directive %q: %w", s, err)
	}
	if handled {
		*o = n
	}
	return handled, nil
}

func parseSet(rest string, o *coder.Options) (bool, error) {
	name, val, hasVal := strings.Cut(rest, "=")
	name, val = strings.TrimSpace(name), strings.TrimSpace(val)
	switch {
	case name == "CODE BY SENTENCE" && !hasVal:
		o.CodeBy = coder.BySentence
	case name == "CODE BY CLAUSE" && !hasVal:
		o.CodeBy = coder.ByClause
	case name == "CODE ALL" && !hasVal:
		o.CodeBy = coder.All
	case name == "MINIMUM WORDS":
		x, err := strconv.Atoi(val)
		if err != nil || x < 0 {
			return false, fmt.Errorf("MINIMUM WORDS = %q: not a count", val)
		}
		o.MinWords = x
	case name == "CONVERT AGENT":
		b, err := strconv.ParseBool(strings.ToLower(val))
		if err != nil {
			return false, fmt.Errorf("CONVERT AGENT = %q: not TRUE or FALSE", val)
		}
		o.ConvertAgent = b
	default:
		return false, nil
	}
	return true, nil
}

func parseComma(rest string, c *coder.Comma) error {
	switch rest {
	case "OFF":
		c.Off = true
		return nil
	case "ON":
		c.Off = false
		return nil
	}
	// "MIN = 4 MAX=6" and "MIN =4" all become "MIN=4 MAX=6".
	rest = strings.ReplaceAll(strings.ReplaceAll(rest, " =", "="), "= ", "=")
	n := *c
	n.Off = false
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return errors.New("no limits")
	}
	for _, f := range fields {
		k, v, ok := strings.Cut(f, "=")
		x, err := strconv.Atoi(v)
		if !ok || err != nil || x < 0 {
			return fmt.Errorf("%q: want NAME = count", f)
		}
		switch k {
		case "MIN":
			n.Min = x
		case "MAX":
			n.Max = x
		case "BMIN":
			n.BMin = x
		case "BMAX":
			n.BMax = x
		case "EMIN":
			n.EMin = x
		case "EMAX":
			n.EMax = x
		default:
			return fmt.Errorf("unknown comma limit %q", k)
		}
	}
	*c = n
	return nil
}

func parseDefault(rest string, d *coder.Defaults) error {
	if rest == "OFF" {
		*d = coder.Defaults{}
		return nil
	}
	var n coder.Defaults
	// "[ DEFSRC ]" and "[DEFSRC]" read the same.
	rest = strings.ReplaceAll(strings.ReplaceAll(rest, "[ ", "["), " ]", "]")
	fields := strings.Fields(rest)
	code := func(i int) (string, error) {
		if i >= len(fields) || len(fields[i]) < 3 || fields[i][0] != '[' || fields[i][len(fields[i])-1] != ']' {
			return "", fmt.Errorf("%s needs a [CODE]", fields[i-1])
		}
		return fields[i][1 : len(fields[i])-1], nil
	}
	for i := 0; i < len(fields); i++ {
		var err error
		switch fields[i] {
		case "SOURCE":
			i++
			n.Source, err = code(i)
		case "TARGET":
			i++
			n.Target, err = code(i)
		case "PRIOR":
			n.SourcePrior = true
		case "AFTER":
			n.TargetAfter = true
		default:
			err = fmt.Errorf("unknown word %q", fields[i])
		}
		if err != nil {
			return err
		}
	}
	if n.Source == "" && n.Target == "" {
		return errors.New("neither SOURCE nor TARGET")
	}
	*d = n
	return nil
}

func parseComplex(rest string, c *coder.Complex) error {
	if rest == "OFF" {
		*c = coder.Complex{}
		return nil
	}
	var n coder.Complex
	rest = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(rest, " [", "["), "[ ", "["), " ]", "]")
	for _, f := range strings.Fields(rest) {
		name, arg, hasArg := strings.Cut(f, "[")
		limit := 0
		if hasArg {
			x, err := strconv.Atoi(strings.TrimSuffix(arg, "]"))
			if !strings.HasSuffix(arg, "]") || err != nil || x < 0 {
				return fmt.Errorf("%q: want NAME[count]", f)
			}
			limit = x
		}
		switch {
		case name == "VERBS" && hasArg:
			n.Verbs = limit
		case name == "CONJ" && hasArg:
			n.Conj = limit
		case name == "NOACTPRIOR" && !hasArg:
			n.NoActorPrior = true
		case name == "EXPLAIN" && !hasArg:
		default:
			return fmt.Errorf("unsupported complexity test %q", f)
		}
	}
	*c = n
	return nil
}

// directiveName groups a directive for the unsupported list: "SET: NAME"
// for SET directives, the keyword for the others.
func directiveName(s string) string {
	kw, rest, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), ":")
	kw = strings.TrimSpace(kw)
	if !ok {
		return strings.Join(strings.Fields(kw), " ")
	}
	if kw != "SET" {
		return kw
	}
	name, _, _ := strings.Cut(rest, "=")
	return "SET: " + strings.Join(strings.Fields(name), " ")
}

// TabariOptions is what an options file holds, applied to base options.
type TabariOptions struct {
	// Path is the file read ("" when none).
	Path    string
	Options coder.Options
	// Directives counts the directive lines, Applied those that changed
	// Options.
	Directives, Applied int
	// Unsupported lists the directives ignored, From the file's name.
	Unsupported []DirectiveCount
	// Problems are lines that could not be read.
	Problems []string
}

// ReadTabariOptions applies the directives of a TABARI .options file to
// base. Blank lines and // comments are skipped, and a line of ~ ends the
// directives as in TABARI. A line that is not a directive is a problem,
// not an error; err is set only when r cannot be read.
func ReadTabariOptions(r io.Reader, name string, base coder.Options) (TabariOptions, error) {
	t := TabariOptions{Path: name, Options: base}
	ign := unsupported{}
	from := filepath.Base(name)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if strings.HasPrefix(line, "~~") {
			break
		}
		t.Directives++
		handled, err := ParseTabariDirective(line, &t.Options)
		switch {
		case err != nil:
			t.Problems = append(t.Problems, fmt.Sprintf("%s:%d: %v", name, n, err))
		case handled:
			t.Applied++
		default:
			ign.add(from, directiveName(line))
		}
	}
	t.Unsupported = ign.list()
	if err := sc.Err(); err != nil {
		return t, fmt.Errorf("read options %s: %w", name, err)
	}
	return t, nil
}

// FindOptionsFile returns the TABARI options file in dir: Validate.options
// when present, else the only *.options file. Several candidates and no
// Validate.options is an error naming them.
func FindOptionsFile(dir string) (string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", fmt.Errorf("find options file: %w", err)
	}
	var found []string
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.EqualFold(filepath.Ext(name), ".options") {
			continue
		}
		if strings.EqualFold(name, "Validate.options") {
			return filepath.Join(dir, name), nil
		}
		found = append(found, name)
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("find options file: no *.options in %s", dir)
	case 1:
		return filepath.Join(dir, found[0]), nil
	}
	slices.Sort(found)
	return "", fmt.Errorf("find options file: several in %s and no Validate.options: %s", dir, strings.Join(found, ", "))
}

// LoadTabariOptions reads the options file of a TABARI dictionary folder
// (see FindOptionsFile) on top of TabariDefaultOptions.
func LoadTabariOptions(dir string) (TabariOptions, error) {
	path, err := FindOptionsFile(dir)
	if err != nil {
		return TabariOptions{Options: TabariDefaultOptions()}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return TabariOptions{Options: TabariDefaultOptions()}, fmt.Errorf("load options: %w", err)
	}
	defer f.Close()
	return ReadTabariOptions(f, path, TabariDefaultOptions())
}

// AddOptionsFile records in r the options file its base options came from,
// with the directives the file held that were ignored and its problems.
func (r *Report) AddOptionsFile(t TabariOptions) {
	r.OptionsFile = t.Path
	r.mergeUnsupported(t.Unsupported)
	r.Problems = append(slices.Clip(t.Problems), r.Problems...)
}
