// Package web holds the files of entente's web UI, embedded in the
// binary: the page templates (html/template), our script and style sheet,
// and the vendored libraries that draw the timeline (vis-timeline) and
// the network (cytoscape), with htmx for partial page updates. The
// vendored files are fetched and checked by scripts/vendor-assets.sh
// against static/vendor/SHA256SUMS.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static templates
var files embed.FS

// Static returns the files served under /static/: app.js, app.css and
// vendor/.
func Static() fs.FS { return sub("static") }

// Templates returns the page templates: the layout and partials at the
// top, one file per page under pages/.
func Templates() fs.FS { return sub("templates") }

func sub(dir string) fs.FS {
	f, err := fs.Sub(files, dir)
	if err != nil {
		// The directory is embedded above; fs.Sub fails only on a bad name.
		panic(err)
	}
	return f
}
