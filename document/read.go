package document

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Read reads every document from the named input and calls emit for each
// document, or with a non-nil error for each document that cannot be
// read; on error the Document holds only ID, Path, Line, Record and
// Format. A per-document error does not stop the documents that follow.
//
// The name "-" is standard input, read as by [ReadFrom] with FormatAuto.
// An http or https URL is fetched (see [Options.FetchTimeout] and
// [Options.HTTPClient]) and read by the format its Content-Type names, or
// sniffed from its first bytes when that says nothing definite. A file's
// format comes from its extension (see [FormatOf]). A text or HTML file
// foo.ext may have a sidecar foo.meta.json beside it whose "title",
// "source", "url", "language" and "published" (or "date") fields fill in,
// and take precedence over, the document's metadata. Sidecars given as
// names are skipped. A directory is read recursively in lexical order,
// taking the files [FormatOf] knows (.txt and .text for text) and
// skipping names that start with a dot; a file in it that cannot be read
// is a per-document error.
//
// Read returns an error only when the input as a whole cannot be read
// (it does not exist, the server answers with an error status, or
// reading it fails midway), when ctx is done, or when emit returns one,
// which Read then returns as it is.
func Read(ctx context.Context, name string, opt Options, emit func(Document, error) error) error {
	if name == "-" {
		return ReadFrom(ctx, name, os.Stdin, FormatAuto, opt, emit)
	}
	if isURL(name) {
		return readURL(ctx, name, opt, emit)
	}
	return readTree(ctx, osTree{}, name, opt, emit)
}

// ReadFS is like [Read] for the files of fsys, such as an embedded
// corpus: name is a file or directory in fsys ("." for all of it), in
// the slash-separated form of [fs.ValidPath], and sidecars are looked for
// in fsys.
func ReadFS(ctx context.Context, fsys fs.FS, name string, opt Options, emit func(Document, error) error) error {
	return readTree(ctx, fsTree{fsys}, name, opt, emit)
}

// ReadFrom is like [Read] for one input already open as r; name is used
// for document IDs and errors, and no sidecar is looked for. With
// FormatAuto the format is sniffed from the first bytes (see [Sniff]).
func ReadFrom(ctx context.Context, name string, r io.Reader, format Format, opt Options, emit func(Document, error) error) error {
	if format == FormatAuto {
		br := bufio.NewReaderSize(r, sniffLen)
		var err error
		if format, err = sniffReader(br); err != nil {
			return &Error{Path: name, Err: err}
		}
		r = br
	}
	return readStream(ctx, name, r, -1, format, nil, opt, emit)
}

// fileTree is where Read and ReadFS find files: the operating system's
// file system or an fs.FS.
type fileTree interface {
	Open(name string) (fs.File, error)
	Stat(name string) (fs.FileInfo, error)
	WalkDir(root string, fn fs.WalkDirFunc) error
}

type osTree struct{}

func (osTree) Open(name string) (fs.File, error)            { return os.Open(name) }
func (osTree) Stat(name string) (fs.FileInfo, error)        { return os.Stat(name) }
func (osTree) WalkDir(root string, fn fs.WalkDirFunc) error { return filepath.WalkDir(root, fn) }

type fsTree struct{ fsys fs.FS }

func (t fsTree) Open(name string) (fs.File, error)            { return t.fsys.Open(name) }
func (t fsTree) Stat(name string) (fs.FileInfo, error)        { return fs.Stat(t.fsys, name) }
func (t fsTree) WalkDir(root string, fn fs.WalkDirFunc) error { return fs.WalkDir(t.fsys, root, fn) }

func readTree(ctx context.Context, tree fileTree, name string, opt Options, emit func(Document, error) error) error {
	fi, err := tree.Stat(name)
	if err != nil {
		return &Error{Path: name, Err: unwrapPath(err)}
	}
	if fi.IsDir() {
		return readDir(ctx, tree, name, opt, emit)
	}
	if isSidecar(name) {
		return nil
	}
	return readFile(ctx, tree, name, opt, emit)
}

func readFile(ctx context.Context, tree fileTree, path string, opt Options, emit func(Document, error) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, err := tree.Open(path)
	if err != nil {
		return &Error{Path: path, Err: unwrapPath(err)}
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	format := FormatOf(path)
	var sidecar func() (meta, bool, error)
	if format == FormatText || format == FormatHTML {
		sidecar = func() (meta, bool, error) {
			return readSidecar(tree, path, opt.PublishedOverride.IsZero())
		}
	}
	return readStream(ctx, path, f, size, format, sidecar, opt, emit)
}

// readStream reads an open input of a known format and of the given size
// (-1 when unknown). sidecar, when not nil, gives the metadata of a
// single-document input.
func readStream(ctx context.Context, name string, r io.Reader, size int64, format Format, sidecar func() (meta, bool, error), opt Options, emit func(Document, error) error) error {
	switch format {
	case FormatJSONL:
		return readJSONL(ctx, name, r, opt, emit)
	case FormatWARC:
		return readWARC(ctx, name, r, opt, emit)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	text, err := readAll(r, size, opt.maxBytes())
	if format == FormatFeed {
		if err != nil {
			return failRead(Document{ID: baseName(name), Path: name, Format: format}, err, emit)
		}
		return readFeed(ctx, name, text, opt, emit)
	}
	return emitSingle(name, text, err, format, sidecar, opt, emit)
}

// readAll reads a whole single-document input of the given size (-1 when
// unknown) without reading more than limit+1 bytes. Going over the limit
// is reported as errDocument.
func readAll(r io.Reader, size, limit int64) (string, error) {
	if size > limit {
		return "", errDocument{tooLarge(size, limit)}
	}
	var b strings.Builder
	if size > 0 {
		b.Grow(int(size))
	}
	n, err := io.Copy(&b, io.LimitReader(r, limit+1))
	if err != nil {
		return "", err
	}
	if n > limit {
		return "", errDocument{tooLargeStream(limit)}
	}
	return b.String(), nil
}

// errDocument marks an error that concerns the document rather than the
// input, so that it is emitted rather than returned.
type errDocument struct{ err error }

func (e errDocument) Error() string { return e.err.Error() }

// failRead reports that reading the input of doc failed: emitted as the
// document's error when it concerns the document (errDocument), returned
// otherwise.
func failRead(doc Document, readErr error, emit func(Document, error) error) error {
	var de errDocument
	if errors.As(readErr, &de) {
		return emit(doc, &Error{Path: doc.Path, Err: de.err})
	}
	return &Error{Path: doc.Path, Err: readErr}
}

// emitSingle emits the one document of a text or HTML input, or returns
// readErr when reading the input failed.
func emitSingle(path, text string, readErr error, format Format, sidecar func() (meta, bool, error), opt Options, emit func(Document, error) error) error {
	doc := Document{ID: baseName(path), Path: path, Format: format}
	if readErr != nil {
		return failRead(doc, readErr, emit)
	}
	var side meta
	var hasSide bool
	if sidecar != nil {
		var err error
		side, hasSide, err = sidecar()
		if err != nil {
			return emit(doc, &Error{Path: path, Err: err})
		}
	}
	full, err := single(doc, text, side, opt)
	if err != nil {
		return emit(doc, &Error{Path: path, Err: err})
	}
	if hasSide {
		full.apply(side)
	}
	return emit(full, nil)
}

// single builds the document of a text or HTML input.
func single(doc Document, text string, side meta, opt Options) (Document, error) {
	invalid, err := checkText(text)
	if err != nil {
		return doc, err
	}
	if doc.Format == FormatHTML {
		doc, err = extractHTML(doc, text, side.URL, opt.PublishedOverride.IsZero())
		if err != nil {
			return doc, err
		}
	} else {
		doc.Format = FormatText
		doc.Text = text
		doc.InvalidUTF8 = invalid
	}
	if !opt.PublishedOverride.IsZero() {
		doc.Published = opt.PublishedOverride
	}
	return doc, nil
}

// apply overwrites d's metadata with the fields m has.
func (d *Document) apply(m meta) {
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&d.Title, m.Title)
	set(&d.Source, m.Source)
	set(&d.URL, m.URL)
	set(&d.Language, m.Language)
	if !m.Published.IsZero() {
		d.Published = m.Published
	}
}

func readDir(ctx context.Context, tree fileTree, root string, opt Options, emit func(Document, error) error) error {
	var stop error
	tracked := func(d Document, err error) error {
		stop = emit(d, err)
		return stop
	}
	return tree.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			if path == root {
				return &Error{Path: path, Err: unwrapPath(err)}
			}
			return emit(Document{ID: baseName(path), Path: path}, &Error{Path: path, Err: unwrapPath(err)})
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isDocumentFile(path) {
			return nil
		}
		err = readFile(ctx, tree, path, opt, tracked)
		if stop != nil {
			return stop
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			return emit(Document{ID: baseName(path), Path: path, Format: FormatOf(path)}, err)
		}
		return nil
	})
}

// isDocumentFile reports whether a file in a directory is read as a
// document.
func isDocumentFile(path string) bool {
	if isSidecar(path) {
		return false
	}
	if FormatOf(path) != FormatText {
		return true
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return true
	}
	return false
}

// unwrapPath drops the *fs.PathError layer, whose path the caller's
// *Error already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
