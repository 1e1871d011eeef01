-- Secrets of the instance, shared by every node on this database: made once, at first use, never shown by the API.
-- 'pseudoniemen' keys the HMAC that turns a person's token identity (issuer and subject) into the pseudoniem in the
-- grootboek's 'door' (ledger/sleutel/Pseudoniemen): stable per person, not reversible without this secret.
CREATE TABLE instantiegeheim (
    naam   VARCHAR(100) PRIMARY KEY,
    waarde BYTEA        NOT NULL
);
