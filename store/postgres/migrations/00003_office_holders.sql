-- Offices held by persons: the relation names its holder, and its evidence
-- may be the words that name the person in a sentence (neither a fact nor
-- an event mention).

-- +goose Up
ALTER TABLE relations ADD COLUMN holder TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE relation_evidence ADD COLUMN sentence_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE relation_evidence ADD COLUMN start_byte BIGINT NOT NULL DEFAULT 0;
ALTER TABLE relation_evidence ADD COLUMN end_byte BIGINT NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE relation_evidence DROP COLUMN end_byte;
ALTER TABLE relation_evidence DROP COLUMN start_byte;
ALTER TABLE relation_evidence DROP COLUMN sentence_id;
ALTER TABLE relations DROP COLUMN holder;
