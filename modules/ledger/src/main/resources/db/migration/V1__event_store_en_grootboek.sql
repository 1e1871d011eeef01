-- Axon's JDBC event store, with snake_case names and bytea payloads (never oid).
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- Positions of the event processors (projections), so they resume where they were after a restart.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- The grootboek: per gemeente a hash chain over its events (API.md, ledger entry). The gebeurtenis itself is not
-- copied here: verification rebuilds it from domain_event_entry, so a change to a stored event breaks the chain.
CREATE TABLE grootboek (
    gemeente         VARCHAR(40)  NOT NULL,
    volgnummer       BIGINT       NOT NULL CHECK (volgnummer >= 1),
    event_identifier VARCHAR(255) NOT NULL,
    vorige_hash      CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    -- the event's tijdstip, copied to find the head of a chain as known at an instant (bekendOp) without a scan;
    -- verification checks it against the event itself
    tijdstip         VARCHAR(40)  NOT NULL,
    PRIMARY KEY (gemeente, volgnummer)
);
CREATE INDEX grootboek_per_event ON grootboek (event_identifier);
CREATE INDEX grootboek_per_tijdstip ON grootboek (gemeente, tijdstip);
CREATE INDEX grootboek_tijdstip ON grootboek (tijdstip);

-- Every change is an immutable event (DESIGN principle 1): no UPDATE, DELETE or TRUNCATE on the event store or the
-- grootboek, not even by mistake. Someone who disables these triggers on purpose is caught by the verification.
CREATE FUNCTION samenboek_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'samenboek: % op % is niet toegestaan; gebeurtenissen en grootboek zijn onveranderlijk',
        TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER domain_event_entry_onveranderlijk BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION samenboek_onveranderlijk();
CREATE TRIGGER domain_event_entry_niet_leegmaken BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION samenboek_onveranderlijk();
CREATE TRIGGER grootboek_onveranderlijk BEFORE UPDATE OR DELETE ON grootboek
    FOR EACH ROW EXECUTE FUNCTION samenboek_onveranderlijk();
CREATE TRIGGER grootboek_niet_leegmaken BEFORE TRUNCATE ON grootboek
    FOR EACH STATEMENT EXECUTE FUNCTION samenboek_onveranderlijk();

-- Idempotency-Key (API.md): the answer of a command is stored in the same transaction as its events, so a retry,
-- also after a crash, gets the original answer and stores nothing new. Kept at least 24 hours; samenboek keeps them.
CREATE TABLE idempotentie (
    sleutel        VARCHAR(400) PRIMARY KEY,
    verzoek_hash   CHAR(64)     NOT NULL,
    resultaat_type VARCHAR(255) NOT NULL,
    resultaat      BYTEA        NOT NULL,
    vastgelegd_op  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
