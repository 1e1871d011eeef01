-- Dated copies of the opdracht read-model fold (projections/opdracht/Tussenstanden): time travel starts from the latest
-- copy every event of which counts at the peilmoment instead of from an opdracht's first event. Part of the read side,
-- not of the ledger: emptied on a rebuild of the projections and refilled by the replay.
CREATE TABLE opdracht_tussenstand (
    opdracht_id       VARCHAR(255) NOT NULL,
    versie            BIGINT       NOT NULL,  -- the number of events folded into the copy
    laatst_vastgelegd VARCHAR(40)  NOT NULL,  -- the latest time_stamp among them, in the event store's ISO form
    geldt_tot         DATE         NOT NULL,  -- the latest date any of them is about
    document          BYTEA        NOT NULL,  -- the fold's fields as JSON
    PRIMARY KEY (opdracht_id, versie)
);
