package segment

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

func tcpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	runtime.LockOSThread()
	text := newsText(200)
	var r Result
	SegmentInto(&r, text)
	n := len(r.Sentences)
	toks := make([]Token, 0, 256)
	buf := make([]byte, 0, 1024)
	words := 0
	for _, s := range r.Sentences {
		words += len(Tokenize(text[s.Start:s.End], s.Start, toks[:0]))
	}
	const iters = 400
	st := tcpu()
	for range iters {
		SegmentInto(&r, text)
	}
	seg := tcpu() - st
	st = tcpu()
	for range iters {
		for _, s := range r.Sentences {
			toks = Tokenize(text[s.Start:s.End], s.Start, toks[:0])
		}
	}
	tok := tcpu() - st
	st = tcpu()
	for range iters {
		for _, s := range r.Sentences {
			toks = Tokenize(text[s.Start:s.End], s.Start, toks[:0])
			buf = buf[:0]
			for _, t := range toks {
				buf = AppendUpper(buf, text[t.Start:t.End])
			}
		}
	}
	up := tcpu() - st - tok
	f := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / iters / float64(n) }
	t.Logf("%d sentences, %d tokens, %.0f bytes/sentence: segment %.0f ns/sent, tokenize %.0f ns/sent (%.1f ns/tok), upper %.0f ns/sent",
		n, words, float64(len(text))/float64(n), f(seg), f(tok), float64(tok.Nanoseconds())/iters/float64(words), f(up))
}
