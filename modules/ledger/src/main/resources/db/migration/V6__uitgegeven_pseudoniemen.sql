-- A medewerker in an event is a pseudonym the register issued, checked at command time (docs/security.md). Erasing a
-- person (AVG art. 17) now removes the name and keeps the pseudonym, marked gewist: it stays valid in the history and
-- takes no new hours. Pseudonyms taken over with an imported grootboek have no name (herkomst 'import'); those booked
-- before the register was enforced are taken in nameless too (herkomst 'bestaand'), so their history stays valid.
ALTER TABLE medewerker ALTER COLUMN naam DROP NOT NULL;
ALTER TABLE medewerker ADD COLUMN gewist_op TIMESTAMPTZ;
ALTER TABLE medewerker ADD COLUMN herkomst VARCHAR(8) NOT NULL DEFAULT 'register'
    CHECK (herkomst IN ('register', 'import', 'bestaand'));
ALTER TABLE medewerker ADD CONSTRAINT medewerker_gewist_zonder_naam CHECK (gewist_op IS NULL OR naam IS NULL);

INSERT INTO medewerker (pseudoniem, naam, herkomst)
SELECT DISTINCT medewerker, NULL, 'bestaand' FROM urenregistratie
ON CONFLICT (pseudoniem) DO NOTHING;
