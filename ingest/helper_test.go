package ingest_test

import (
	"context"
	"testing"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/pipeline"
)

func builtinPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	set, err := dict.LoadFS(context.Background(), builtin.FS(), "builtin")
	if err != nil {
		tb.Fatal(err)
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		tb.Fatal(err)
	}
	return pipeline.New(c)
}
