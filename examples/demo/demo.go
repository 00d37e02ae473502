// Package demo holds the demo corpus: short news articles about real
// events of 2023 and 2024 (the Russia–North Korea treaty and Putin's
// visits to Pyongyang and Hanoi, NATO's enlargement and Washington
// summit, sanctions, arms deliveries, trade), written for this project in
// several outlet styles. Each article is NAME.txt beside a NAME.meta.json
// sidecar giving its publication time, outlet, URL and language, as
// document.ReadFS reads them.
//
// The outlets are fictional and every URL is under the reserved domain
// example.org; the facts reported are meant to be accurate.
package demo

import (
	"embed"
	"io/fs"
)

//go:embed *.txt *.meta.json
var files embed.FS

// FS returns the corpus: the articles and their sidecars, at its root.
func FS() fs.FS { return files }
