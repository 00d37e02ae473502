package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

func openTemp(t *testing.T) *store.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}
