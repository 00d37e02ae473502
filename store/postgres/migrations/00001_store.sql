-- The store's tables: documents and their sentences, event mentions and the
-- canonical events they report, entities, actors, facts and relations.
-- Times are Unix seconds (UTC); date stretches use the 64-bit extremes for
-- open ends. Ids come from one sequence shared by all tables. Later features add their own numbered files beside this one.

-- +goose Up
CREATE SEQUENCE entente_ids;
CREATE TABLE documents (
    id             BIGINT PRIMARY KEY,
    hash           TEXT COLLATE "C" NOT NULL UNIQUE,
    name           TEXT COLLATE "C" NOT NULL,
    path           TEXT COLLATE "C" NOT NULL,
    line           BIGINT NOT NULL,
    format         TEXT COLLATE "C" NOT NULL,
    title          TEXT COLLATE "C" NOT NULL,
    outlet         TEXT COLLATE "C" NOT NULL,
    url            TEXT COLLATE "C" NOT NULL,
    language       TEXT COLLATE "C" NOT NULL,
    published      BIGINT,
    published_text TEXT COLLATE "C" NOT NULL,
    report_time    BIGINT NOT NULL,
    ingested       BIGINT NOT NULL,
    bytes          BIGINT NOT NULL,
    invalid_utf8   BIGINT NOT NULL,
    raw            BYTEA,
    text           TEXT COLLATE "C" NOT NULL,
    sentences      BIGINT NOT NULL,
    mentions       BIGINT NOT NULL,
    facts          BIGINT NOT NULL
);
CREATE INDEX documents_name ON documents (name);
CREATE INDEX documents_report ON documents (report_time, id);

CREATE TABLE sentences (
    id         BIGINT PRIMARY KEY,
    doc_id     BIGINT NOT NULL REFERENCES documents (id),
    idx        BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte   BIGINT NOT NULL,
    kind       TEXT COLLATE "C" NOT NULL,
    paragraph  BIGINT NOT NULL,
    text       TEXT COLLATE "C" NOT NULL,
    raw        BYTEA,
    UNIQUE (doc_id, idx)
);

CREATE INDEX sentences_fts ON sentences USING GIN (to_tsvector('simple', text));

CREATE TABLE events (
    id               BIGINT PRIMARY KEY,
    merge_key        TEXT COLLATE "C" NOT NULL,
    cameo            TEXT COLLATE "C" NOT NULL,
    root             TEXT COLLATE "C" NOT NULL,
    plover_type      TEXT COLLATE "C" NOT NULL,
    plover_mode      TEXT COLLATE "C" NOT NULL,
    goldstein        DOUBLE PRECISION    NOT NULL,
    quad             BIGINT NOT NULL,
    source_principal TEXT COLLATE "C" NOT NULL,
    source_code      TEXT COLLATE "C" NOT NULL,
    source_person    TEXT COLLATE "C" NOT NULL,
    target_principal TEXT COLLATE "C" NOT NULL,
    target_code      TEXT COLLATE "C" NOT NULL,
    target_person    TEXT COLLATE "C" NOT NULL,
    directed         BIGINT NOT NULL,
    class            TEXT COLLATE "C" NOT NULL,
    modality         TEXT COLLATE "C" NOT NULL,
    dated            BIGINT NOT NULL,
    when_lo          BIGINT NOT NULL,
    when_hi          BIGINT NOT NULL,
    date_value       TEXT COLLATE "C" NOT NULL,
    date_granularity TEXT COLLATE "C" NOT NULL,
    date_text        TEXT COLLATE "C" NOT NULL,
    date_precision   BIGINT NOT NULL,
    date_from        BIGINT NOT NULL,
    date_to          BIGINT NOT NULL,
    sources          BIGINT NOT NULL,
    mentions         BIGINT NOT NULL,
    first_report     BIGINT NOT NULL,
    last_report      BIGINT NOT NULL
);
CREATE INDEX events_merge ON events (merge_key, when_hi);
CREATE INDEX events_dyad ON events (source_principal, target_principal, date_from);
CREATE INDEX events_target ON events (target_principal, date_from);
CREATE INDEX events_date ON events (date_from);

CREATE TABLE mentions (
    id               BIGINT PRIMARY KEY,
    event_id         BIGINT NOT NULL REFERENCES events (id),
    doc_id           BIGINT NOT NULL REFERENCES documents (id),
    sentence_id      BIGINT NOT NULL REFERENCES sentences (id),
    record_id        TEXT COLLATE "C" NOT NULL,
    source_code      TEXT COLLATE "C" NOT NULL,
    source_text      TEXT COLLATE "C" NOT NULL,
    source_person    TEXT COLLATE "C" NOT NULL,
    source_start     BIGINT NOT NULL,
    source_end       BIGINT NOT NULL,
    has_target       BIGINT NOT NULL,
    target_code      TEXT COLLATE "C" NOT NULL,
    target_text      TEXT COLLATE "C" NOT NULL,
    target_person    TEXT COLLATE "C" NOT NULL,
    target_start     BIGINT NOT NULL,
    target_end       BIGINT NOT NULL,
    cameo            TEXT COLLATE "C" NOT NULL,
    plover_type      TEXT COLLATE "C" NOT NULL,
    plover_mode      TEXT COLLATE "C" NOT NULL,
    goldstein        DOUBLE PRECISION    NOT NULL,
    quad             BIGINT NOT NULL,
    date_value       TEXT COLLATE "C" NOT NULL,
    date_granularity TEXT COLLATE "C" NOT NULL,
    date_text        TEXT COLLATE "C" NOT NULL,
    modality         TEXT COLLATE "C" NOT NULL,
    attribution_text TEXT COLLATE "C" NOT NULL,
    attribution_code TEXT COLLATE "C" NOT NULL
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX mentions_sentence ON mentions (sentence_id);

CREATE TABLE actors (
    code      TEXT COLLATE "C" PRIMARY KEY,
    principal TEXT COLLATE "C" NOT NULL,
    mentions  BIGINT NOT NULL,
    documents BIGINT NOT NULL
);

CREATE TABLE entities (
    id           BIGINT PRIMARY KEY,
    kind         TEXT COLLATE "C" NOT NULL,
    name         TEXT COLLATE "C" NOT NULL,
    code         TEXT COLLATE "C" NOT NULL,
    country      TEXT COLLATE "C" NOT NULL,
    role         TEXT COLLATE "C" NOT NULL,
    organization TEXT COLLATE "C" NOT NULL,
    mentions     BIGINT NOT NULL,
    documents    BIGINT NOT NULL,
    UNIQUE (kind, name, code)
);

CREATE TABLE entity_docs (
    entity_id    BIGINT NOT NULL REFERENCES entities (id),
    doc_id       BIGINT NOT NULL REFERENCES documents (id),
    role         TEXT COLLATE "C" NOT NULL,
    organization TEXT COLLATE "C" NOT NULL,
    spans        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, doc_id)
);
CREATE INDEX entity_docs_doc ON entity_docs (doc_id);

CREATE TABLE relations (
    id            BIGINT PRIMARY KEY,
    merge_key     TEXT COLLATE "C" NOT NULL UNIQUE,
    type          TEXT COLLATE "C" NOT NULL,
    parties       TEXT COLLATE "C" NOT NULL,
    source        TEXT COLLATE "C" NOT NULL,
    target        TEXT COLLATE "C" NOT NULL,
    mutual        BIGINT NOT NULL,
    level         TEXT COLLATE "C" NOT NULL,
    value_usd     DOUBLE PRECISION    NOT NULL,
    year          BIGINT NOT NULL,
    since         TEXT COLLATE "C" NOT NULL,
    until         TEXT COLLATE "C" NOT NULL,
    class         TEXT COLLATE "C" NOT NULL,
    asserted      BIGINT NOT NULL,
    claimed       BIGINT NOT NULL,
    alleged       BIGINT NOT NULL,
    claimed_by    TEXT COLLATE "C" NOT NULL,
    sources       BIGINT NOT NULL,
    evidence      BIGINT NOT NULL,
    first_report  BIGINT NOT NULL,
    last_report   BIGINT NOT NULL
);
CREATE INDEX relations_type ON relations (type, id);

CREATE TABLE relation_parties (
    relation_id BIGINT NOT NULL REFERENCES relations (id),
    party       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (party, relation_id)
);

CREATE TABLE facts (
    id               BIGINT PRIMARY KEY,
    relation_id      BIGINT REFERENCES relations (id),
    doc_id           BIGINT NOT NULL REFERENCES documents (id),
    sentence_id      BIGINT NOT NULL REFERENCES sentences (id),
    record_id        TEXT COLLATE "C" NOT NULL,
    type             TEXT COLLATE "C" NOT NULL,
    evidence_start   BIGINT NOT NULL,
    evidence_end     BIGINT NOT NULL,
    evidence_text    TEXT COLLATE "C" NOT NULL,
    parties          TEXT COLLATE "C" NOT NULL,
    source           TEXT COLLATE "C" NOT NULL,
    target           TEXT COLLATE "C" NOT NULL,
    mutual           BIGINT NOT NULL,
    value_usd        DOUBLE PRECISION    NOT NULL,
    year             BIGINT NOT NULL,
    since            TEXT COLLATE "C" NOT NULL,
    until            TEXT COLLATE "C" NOT NULL,
    level            TEXT COLLATE "C" NOT NULL,
    modality         TEXT COLLATE "C" NOT NULL,
    attribution_text TEXT COLLATE "C" NOT NULL,
    attribution_code TEXT COLLATE "C" NOT NULL
);
CREATE INDEX facts_doc ON facts (doc_id);
CREATE INDEX facts_relation ON facts (relation_id);

CREATE TABLE relation_evidence (
    relation_id BIGINT NOT NULL REFERENCES relations (id),
    doc_id      BIGINT NOT NULL REFERENCES documents (id),
    fact_id     BIGINT NOT NULL,
    mention_id  BIGINT NOT NULL
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
DROP TABLE sentences;
DROP TABLE documents;
DROP SEQUENCE entente_ids;
