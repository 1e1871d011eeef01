-- Every urenregistratie with its hours as corrected so far, written on the same connection and in the same transaction
-- as the events that make it (ledger/uren/Urenboek). The 24-hour rule counts a medewerker's hours on a day over every
-- opdracht (a person has one day), which one aggregate alone cannot know; a correction names the registration by the
-- opdracht versie it produced. The table holds nothing the events do not: this migration fills it from the events
-- already stored.
CREATE TABLE urenregistratie (
    opdracht_id VARCHAR(255)  NOT NULL,
    versie      BIGINT        NOT NULL,  -- the opdracht versie the registration produced (sequence number + 1)
    medewerker  VARCHAR(64)   NOT NULL,  -- a pseudonym, never a name
    datum       DATE          NOT NULL,
    uren        NUMERIC(9, 2) NOT NULL,  -- as corrected so far
    PRIMARY KEY (opdracht_id, versie)
);
CREATE INDEX urenregistratie_per_medewerker_per_dag ON urenregistratie (medewerker, datum);

INSERT INTO urenregistratie (opdracht_id, versie, medewerker, datum, uren)
SELECT aggregate_identifier, sequence_number + 1,
       convert_from(payload, 'UTF8')::jsonb ->> 'medewerker',
       (convert_from(payload, 'UTF8')::jsonb ->> 'datum')::date,
       (convert_from(payload, 'UTF8')::jsonb ->> 'uren')::numeric
FROM domain_event_entry
WHERE payload_type = 'nl.samenboek.messages.opdracht.UrenGeregistreerd';
