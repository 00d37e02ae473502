-- Events by actor and date, holding the date's end too, so that the
-- queries that name one actor, or a dyad, and a period find and order
-- their events in the index before reading any row.

-- +goose Up
DROP INDEX events_dyad;
DROP INDEX events_target;
CREATE INDEX events_dyad ON events (source_principal, target_principal, date_from, date_to);
CREATE INDEX events_source ON events (source_principal, date_from, date_to);
CREATE INDEX events_target ON events (target_principal, date_from, date_to);

-- +goose Down
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events (source_principal, target_principal, date_from);
CREATE INDEX events_target ON events (target_principal, date_from);
