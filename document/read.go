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
// read; on error the Document holds only ID, Path, Line and Format. A
// per-document error does not stop the documents that follow.
//
// The name "-" is standard input, read as by [ReadFrom] with FormatAuto.
// A file's format comes from its extension (see [FormatOf]). A text or
// HTML file foo.ext may have a sidecar foo.meta.json beside it whose
// "title", "source", "url", "language" and "published" (or "date")
// fields fill in, and take precedence over, the document's metadata.
// Sidecars given as names are skipped. A directory is read recursively
// in lexical order, taking the files whose extension is .txt, .text,
// .jsonl, .ndjson, .html or .htm and skipping names that start with a
// dot; a file in it that cannot be read is a per-document error.
//
// Read returns an error only when the input as a whole cannot be read
// (it does not exist, or reading it fails midway), when ctx is done, or
// when emit returns one, which Read then returns as it is.
func Read(ctx context.Context, name string, opt Options, emit func(Document, error) error) error {
	if name == "-" {
		return ReadFrom(ctx, name, os.Stdin, FormatAuto, opt, emit)
	}
	fi, err := os.Stat(name)
	if err != nil {
		return &Error{Path: name, Err: unwrapPath(err)}
	}
	if fi.IsDir() {
		return readDir(ctx, name, opt, emit)
	}
	if isSidecar(name) {
		return nil
	}
	return readFile(ctx, name, opt, emit)
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
	if format == FormatJSONL {
		return readJSONL(ctx, name, r, opt, emit)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	text, err := readAll(r, -1, opt.maxBytes())
	return emitSingle(name, text, err, format, nil, opt, emit)
}

func readFile(ctx context.Context, path string, opt Options, emit func(Document, error) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return &Error{Path: path, Err: unwrapPath(err)}
	}
	defer f.Close()
	format := FormatOf(path)
	if format == FormatJSONL {
		return readJSONL(ctx, path, f, opt, emit)
	}
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	text, err := readAll(f, size, opt.maxBytes())
	var sidecar func() (meta, bool, error)
	if err == nil {
		sidecar = func() (meta, bool, error) {
			return readSidecar(path, opt.PublishedOverride.IsZero())
		}
	}
	return emitSingle(path, text, err, format, sidecar, opt, emit)
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

// emitSingle emits the one document of a text or HTML input, or returns
// readErr when reading the input failed.
func emitSingle(path, text string, readErr error, format Format, sidecar func() (meta, bool, error), opt Options, emit func(Document, error) error) error {
	id := filepath.Base(path)
	if path == "-" {
		id = "stdin"
	}
	doc := Document{ID: id, Path: path, Format: format}
	var de errDocument
	if errors.As(readErr, &de) {
		return emit(doc, &Error{Path: path, Err: de.err})
	}
	if readErr != nil {
		return &Error{Path: path, Err: readErr}
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

func readDir(ctx context.Context, root string, opt Options, emit func(Document, error) error) error {
	var stop error
	tracked := func(d Document, err error) error {
		stop = emit(d, err)
		return stop
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			if path == root {
				return &Error{Path: path, Err: unwrapPath(err)}
			}
			return emit(Document{ID: filepath.Base(path), Path: path}, &Error{Path: path, Err: unwrapPath(err)})
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
		err = readFile(ctx, path, opt, tracked)
		if stop != nil {
			return stop
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			return emit(Document{ID: filepath.Base(path), Path: path, Format: FormatOf(path)}, err)
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
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm":
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
