package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/entente/entente/store"
	"github.com/entente/entente/store/postgres"
	"github.com/entente/entente/store/storetest"
)

// dsnEnv names the database the tests may create schemas in.
const dsnEnv = "ENTENTE_TEST_POSTGRES"

// freshSchema creates an empty schema for one test, dropped when it ends,
// and returns a DSN whose search_path names it.
func freshSchema(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv(dsnEnv)
	if dsn == "" {
		t.Skipf("%s is not set (a postgres:// URL of a database the tests may create schemas in): skipping the PostgreSQL tests", dsnEnv)
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatalf("%s: %v", dsnEnv, err)
	}
	admin := stdlib.OpenDB(*cfg)
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	schema := "entente_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return withSearchPath(t, dsn, schema)
}

func withSearchPath(t *testing.T, dsn, schema string) string {
	t.Helper()
	if !postgres.IsDSN(dsn) {
		return dsn + " search_path=" + schema
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func openFresh(t *testing.T) *store.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), freshSchema(t), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, openFresh)
}

// TestForeignSchema refuses a schema that holds another program's tables.
func TestForeignSchema(t *testing.T) {
	dsn := freshSchema(t)
	cfg, _ := pgx.ParseConfig(dsn)
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE invoices (id int)"); err != nil {
		t.Fatal(err)
	}
	_, err := postgres.Open(context.Background(), dsn, postgres.Options{})
	if err == nil || !strings.Contains(err.Error(), "another program") {
		t.Errorf("open of a foreign schema: %v", err)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()").Scan(&n); err != nil || n != 1 {
		t.Errorf("the foreign schema was changed: %d tables, %v", n, err)
	}
}

func TestStorable(t *testing.T) {
	for in, want := range map[string]string{
		"plain":        "plain",
		"Café":         "Café",
		"Caf\xe9":      "Caf\x1a",
		"a\x00b":       "a b",
		"\xff\xfe\x00": "\x1a\x1a ",
	} {
		if got := postgres.Storable(in); got != want || len(got) != len(in) {
			t.Errorf("Storable(%q) = %q, want %q", in, got, want)
		}
	}
}
