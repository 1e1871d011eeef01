-- Time travel (projections/opdracht/Opdrachtgeschiedenis) reads an opdracht's events from a version on, recorded by an
-- instant. With only the (aggregate_identifier, sequence_number) key, PostgreSQL fetched every later event from the
-- table to compare its time_stamp, and an opdracht's events lie on as many pages as it has events: most of a P&C
-- document's time as of a past instant (docs/performance.md, w5). With the time_stamp in the key the comparison is
-- made in the index, and only the events that count are fetched.
CREATE INDEX domain_event_entry_tijdreis
    ON domain_event_entry (aggregate_identifier, sequence_number, time_stamp)
    WHERE type = 'Opdracht';
