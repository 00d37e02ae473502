package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/entente/entente/examples/demo"
	"github.com/entente/entente/treaty"
)

// chromium is the browser the browser tests drive: Debian's package.
const chromium = "/usr/bin/chromium"

// browser starts a headless Chromium for one test and returns its
// context, the problems the pages report (console errors and warnings,
// uncaught exceptions, dialogs, requests to other hosts) and where
// screenshots go. The tests run when ENTENTE_BROWSER_TESTS=1 and the
// browser is installed, so that `go test ./...` stays quick.
func browser(t *testing.T, host string) (context.Context, func() []string, string) {
	t.Helper()
	if os.Getenv("ENTENTE_BROWSER_TESTS") != "1" {
		t.Skip("browser tests are off: set ENTENTE_BROWSER_TESTS=1 to run them (they need " + chromium + ")")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser tests skipped: %s not found (apt-get install -y chromium)", chromium)
	}
	shots := os.Getenv("ENTENTE_SCREENSHOT_DIR")
	if shots == "" {
		shots = filepath.Join(os.TempDir(), "entente-screenshots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1440, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })

	var mu sync.Mutex
	var problems []string
	report := func(format string, args ...any) {
		mu.Lock()
		problems = append(problems, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	// Start the browser without a deadline: the deadline would end it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", chromium, err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				report("console.%s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			desc := d.Text
			if d.Exception != nil {
				desc += " " + d.Exception.Description
			}
			report("uncaught exception at %s:%d: %s", d.URL, d.LineNumber, desc)
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
				report("browser log %s (%s): %s %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		case *page.EventJavascriptDialogOpening:
			report("a dialog opened: %q", ev.Message)
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(ev.Request.URL)
			if err != nil || (u.Scheme != "data" && u.Host != host) {
				report("request to another host: %s", ev.Request.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}, shots
}

// visit loads a page, waits for sel, runs the checks and saves a full-page
// screenshot.
func visit(t *testing.T, ctx context.Context, shots, name, u, sel string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS(sel))); err != nil {
		t.Fatalf("%s: load %s and wait for %s: %v", name, u, sel, err)
	}
	png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("%s: screenshot: %v", name, err)
	}
	file := filepath.Join(shots, name+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot of %s: %s", u, file)
}

// count returns how many elements sel matches.
func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
	if err != nil {
		t.Fatalf("count %s: %v", sel, err)
	}
	return n
}

func TestBrowserPages(t *testing.T) {
	ts := newFixtureServer(t, Options{Cascade: fakeCascade{}})
	u, _ := url.Parse(ts.URL)
	ctx, problems, shots := browser(t, u.Host)

	visit(t, ctx, shots, "overview", ts.URL+"/", `#timeline[data-ready="1"] .vis-item`)
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(`#network[data-ready="1"]`))); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ctx, "#timeline .vis-item"); n < 5 {
		t.Errorf("timeline shows %d items, want the fixture's dated events", n)
	}
	if n := count(t, ctx, "#network-nodes li"); n < 5 {
		t.Errorf("network lists %d nodes, want at least 5", n)
	}
	if n := count(t, ctx, "#network canvas"); n == 0 {
		t.Error("network has no canvas: cytoscape did not draw")
	}
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[int]("window.ententeUI.network.nodes().length"))
	if err != nil || drawn != count(t, ctx, "#network-nodes li") {
		t.Errorf("cytoscape holds %d nodes (%v), the list %d", drawn, err, count(t, ctx, "#network-nodes li"))
	}

	var l EventList
	getJSON(t, ts.URL+"/api/events?min_sources=2&mentions=false", http.StatusOK, &l)
	if len(l.Events) == 0 {
		t.Fatal("no event with two sources")
	}
	visit(t, ctx, shots, "event", ts.URL+l.Events[0].Link, ".cards .card")
	if n := count(t, ctx, ".cards .card"); n < 2 {
		t.Errorf("event page shows %d sources, want 2 or more", n)
	}

	var docs DocumentList
	getJSON(t, ts.URL+"/api/documents?q=Hanoi", http.StatusOK, &docs)
	visit(t, ctx, shots, "document", ts.URL+"/documents/"+itoa(docs.Documents[0].ID), ".reader .text")
	if n := count(t, ctx, ".reader .hl-source"); n == 0 {
		t.Error("document page marks no source actor")
	}

	getJSON(t, ts.URL+"/api/documents?q=onerror", http.StatusOK, &docs)
	visit(t, ctx, shots, "hostile", ts.URL+"/documents/"+itoa(docs.Documents[0].ID), ".reader .text")
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || title == "pwned" || count(t, ctx, ".reader .text img, .reader .text script") != 0 {
		t.Errorf("the hostile document's markup ran or rendered (title %q, %v)", title, err)
	}

	visit(t, ctx, shots, "cascade", ts.URL+"/cascade?target=PRK&attacker=USA", `#cascade-graph[data-ready="1"]`)
	if n := count(t, ctx, "#cascade-graph-nodes li"); n != 4 {
		t.Errorf("cascade graph lists %d nodes, want target, attacker and 2 obligors", n)
	}
	visit(t, ctx, shots, "actor", ts.URL+"/actors/RUS", "main h1")

	for _, p := range problems() {
		t.Error(p)
	}
}

// TestBrowserDemo loads what `entente demo` serves: the overview of the
// bundled corpus and the page of its most reported event.
func TestBrowserDemo(t *testing.T) {
	db, _, err := ingestInto(context.Background(), filepath.Join(t.TempDir(), "demo.db"), demo.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ts := serveStore(t, db, Options{Cascade: Treaties(treaty.Base())})
	u, _ := url.Parse(ts.URL)
	ctx, problems, shots := browser(t, u.Host)
	visit(t, ctx, shots, "demo-cascade", ts.URL+"/cascade?target=PRK&at=2025-01-01", `#cascade-graph[data-ready="1"]`)
	visit(t, ctx, shots, "demo-overview", ts.URL+"/", `#timeline[data-ready="1"] .vis-item`)
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(`#network[data-ready="1"]`))); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ctx, "#timeline .vis-item"); n < 20 {
		t.Errorf("timeline shows %d items", n)
	}
	if n := count(t, ctx, "#network-nodes li"); n < 10 {
		t.Errorf("network lists %d nodes", n)
	}
	var l EventList
	getJSON(t, ts.URL+"/api/events?order=sources&limit=1", http.StatusOK, &l)
	visit(t, ctx, shots, "demo-event", ts.URL+l.Events[0].Link, ".cards .card")
	if n := count(t, ctx, ".cards .card"); n < 2 {
		t.Errorf("the most reported event shows %d sources", n)
	}
	visit(t, ctx, shots, "demo-filtered", ts.URL+"/?actor=PRK&from=2024-06&to=2024-06", `#network[data-ready="1"]`)
	visit(t, ctx, shots, "demo-document", ts.URL+l.Events[0].Documents[0].Link, ".reader .text")
	for _, p := range problems() {
		t.Error(p)
	}
}

// TestBrowserWithoutScripts loads the event and document pages with
// JavaScript off: they are rendered on the server and must show their
// sources and highlights all the same.
func TestBrowserWithoutScripts(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	u, _ := url.Parse(ts.URL)
	ctx, problems, shots := browser(t, u.Host)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	var l EventList
	getJSON(t, ts.URL+"/api/events?min_sources=2&mentions=false", http.StatusOK, &l)
	var docs DocumentList
	getJSON(t, ts.URL+"/api/documents?q=Hanoi", http.StatusOK, &docs)
	for _, tc := range []struct{ name, path, sel string }{
		{"noscript-event", l.Events[0].Link, ".cards .card blockquote .hl-source"},
		{"noscript-document", "/documents/" + itoa(docs.Documents[0].ID), ".reader .text .hl-source"},
		{"noscript-overview", "/", "table.events tbody tr"},
	} {
		visit(t, ctx, shots, tc.name, ts.URL+tc.path, tc.sel)
		nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(tc.sel)))
		if err != nil || len(nodes) == 0 {
			t.Errorf("%s without scripts: no %s (%v)", tc.path, tc.sel, err)
		}
	}
	for _, p := range problems() {
		t.Error(p)
	}
}
