-- The store's tables: documents and their sentences, event mentions and the
-- canonical events they report, entities, actors, facts and relations.
-- Times are Unix seconds (UTC); date stretches use the 64-bit extremes for
-- open ends. Later features add their own numbered files beside this one.

-- +goose Up
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    hash           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    path           TEXT    NOT NULL,
    line           INTEGER NOT NULL,
    format         TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    outlet         TEXT    NOT NULL,
    url            TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    published      INTEGER,
    published_text TEXT    NOT NULL,
    report_time    INTEGER NOT NULL,
    ingested       INTEGER NOT NULL,
    bytes          INTEGER NOT NULL,
    invalid_utf8   INTEGER NOT NULL,
    raw            BLOB,
    text           TEXT    NOT NULL,
    sentences      INTEGER NOT NULL,
    mentions       INTEGER NOT NULL,
    facts          INTEGER NOT NULL
);
CREATE INDEX documents_name ON documents (name);
CREATE INDEX documents_report ON documents (report_time, id);

CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    doc_id     INTEGER NOT NULL REFERENCES documents (id),
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    paragraph  INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    raw        BLOB,
    UNIQUE (doc_id, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text, content = 'sentences', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    merge_key        TEXT    NOT NULL,
    cameo            TEXT    NOT NULL,
    root             TEXT    NOT NULL,
    plover_type      TEXT    NOT NULL,
    plover_mode      TEXT    NOT NULL,
    goldstein        REAL    NOT NULL,
    quad             INTEGER NOT NULL,
    source_principal TEXT    NOT NULL,
    source_code      TEXT    NOT NULL,
    source_person    TEXT    NOT NULL,
    target_principal TEXT    NOT NULL,
    target_code      TEXT    NOT NULL,
    target_person    TEXT    NOT NULL,
    directed         INTEGER NOT NULL,
    class            TEXT    NOT NULL,
    modality         TEXT    NOT NULL,
    dated            INTEGER NOT NULL,
    when_lo          INTEGER NOT NULL,
    when_hi          INTEGER NOT NULL,
    date_value       TEXT    NOT NULL,
    date_granularity TEXT    NOT NULL,
    date_text        TEXT    NOT NULL,
    date_precision   INTEGER NOT NULL,
    date_from        INTEGER NOT NULL,
    date_to          INTEGER NOT NULL,
    sources          INTEGER NOT NULL,
    mentions         INTEGER NOT NULL,
    first_report     INTEGER NOT NULL,
    last_report      INTEGER NOT NULL
);
CREATE INDEX events_merge ON events (merge_key, when_hi);
CREATE INDEX events_dyad ON events (source_principal, target_principal, date_from);
CREATE INDEX events_target ON events (target_principal, date_from);
CREATE INDEX events_date ON events (date_from);

CREATE TABLE mentions (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL REFERENCES events (id),
    doc_id           INTEGER NOT NULL REFERENCES documents (id),
    sentence_id      INTEGER NOT NULL REFERENCES sentences (id),
    record_id        TEXT    NOT NULL,
    source_code      TEXT    NOT NULL,
    source_text      TEXT    NOT NULL,
    source_person    TEXT    NOT NULL,
    source_start     INTEGER NOT NULL,
    source_end       INTEGER NOT NULL,
    has_target       INTEGER NOT NULL,
    target_code      TEXT    NOT NULL,
    target_text      TEXT    NOT NULL,
    target_person    TEXT    NOT NULL,
    target_start     INTEGER NOT NULL,
    target_end       INTEGER NOT NULL,
    cameo            TEXT    NOT NULL,
    plover_type      TEXT    NOT NULL,
    plover_mode      TEXT    NOT NULL,
    goldstein        REAL    NOT NULL,
    quad             INTEGER NOT NULL,
    date_value       TEXT    NOT NULL,
    date_granularity TEXT    NOT NULL,
    date_text        TEXT    NOT NULL,
    modality         TEXT    NOT NULL,
    attribution_text TEXT    NOT NULL,
    attribution_code TEXT    NOT NULL
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX mentions_sentence ON mentions (sentence_id);

CREATE TABLE actors (
    code      TEXT PRIMARY KEY,
    principal TEXT    NOT NULL,
    mentions  INTEGER NOT NULL,
    documents INTEGER NOT NULL
);

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    country      TEXT    NOT NULL,
    role         TEXT    NOT NULL,
    organization TEXT    NOT NULL,
    mentions     INTEGER NOT NULL,
    documents    INTEGER NOT NULL,
    UNIQUE (kind, name, code)
);

CREATE TABLE entity_docs (
    entity_id    INTEGER NOT NULL REFERENCES entities (id),
    doc_id       INTEGER NOT NULL REFERENCES documents (id),
    role         TEXT    NOT NULL,
    organization TEXT    NOT NULL,
    spans        TEXT    NOT NULL,
    PRIMARY KEY (entity_id, doc_id)
);
CREATE INDEX entity_docs_doc ON entity_docs (doc_id);

CREATE TABLE relations (
    id            INTEGER PRIMARY KEY,
    merge_key     TEXT    NOT NULL UNIQUE,
    type          TEXT    NOT NULL,
    parties       TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    target        TEXT    NOT NULL,
    mutual        INTEGER NOT NULL,
    level         TEXT    NOT NULL,
    value_usd     REAL    NOT NULL,
    year          INTEGER NOT NULL,
    since         TEXT    NOT NULL,
    until         TEXT    NOT NULL,
    class         TEXT    NOT NULL,
    asserted      INTEGER NOT NULL,
    claimed       INTEGER NOT NULL,
    alleged       INTEGER NOT NULL,
    claimed_by    TEXT    NOT NULL,
    sources       INTEGER NOT NULL,
    evidence      INTEGER NOT NULL,
    first_report  INTEGER NOT NULL,
    last_report   INTEGER NOT NULL
);
CREATE INDEX relations_type ON relations (type, id);

CREATE TABLE relation_parties (
    relation_id INTEGER NOT NULL REFERENCES relations (id),
    party       TEXT    NOT NULL,
    PRIMARY KEY (party, relation_id)
);

CREATE TABLE facts (
    id               INTEGER PRIMARY KEY,
    relation_id      INTEGER REFERENCES relations (id),
    doc_id           INTEGER NOT NULL REFERENCES documents (id),
    sentence_id      INTEGER NOT NULL REFERENCES sentences (id),
    record_id        TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    evidence_text    TEXT    NOT NULL,
    parties          TEXT    NOT NULL,
    source           TEXT    NOT NULL,
    target           TEXT    NOT NULL,
    mutual           INTEGER NOT NULL,
    value_usd        REAL    NOT NULL,
    year             INTEGER NOT NULL,
    since            TEXT    NOT NULL,
    until            TEXT    NOT NULL,
    level            TEXT    NOT NULL,
    modality         TEXT    NOT NULL,
    attribution_text TEXT    NOT NULL,
    attribution_code TEXT    NOT NULL
);
CREATE INDEX facts_doc ON facts (doc_id);
CREATE INDEX facts_relation ON facts (relation_id);

CREATE TABLE relation_evidence (
    relation_id INTEGER NOT NULL REFERENCES relations (id),
    doc_id      INTEGER NOT NULL REFERENCES documents (id),
    fact_id     INTEGER NOT NULL,
    mention_id  INTEGER NOT NULL
);
CREATE INDEX relation_evidence_relation ON relation_evidence (relation_id);

-- +goose Down
DROP TABLE relation_evidence;
DROP TABLE facts;
DROP TABLE relation_parties;
DROP TABLE relations;
DROP TABLE entity_docs;
DROP TABLE entities;
DROP TABLE actors;
DROP TABLE mentions;
DROP TABLE events;
DROP TABLE sentences_fts;
DROP TABLE sentences;
DROP TABLE documents;
