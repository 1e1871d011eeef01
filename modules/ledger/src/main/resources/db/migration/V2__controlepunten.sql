-- Signed checkpoints of each gemeente's grootboek (issue 7): the instance signs {gemeente, aantal, hoofdHash, tijdstip}.
-- A gemeente that keeps them can later prove its history was not rewritten, even by whoever runs this database.
CREATE TABLE controlepunt (
    gemeente     VARCHAR(40)  NOT NULL,
    aantal       BIGINT       NOT NULL CHECK (aantal >= 1),
    hoofd_hash   CHAR(64)     NOT NULL,
    tijdstip     VARCHAR(40)  NOT NULL,
    algoritme    VARCHAR(20)  NOT NULL,
    sleutel      VARCHAR(100) NOT NULL,
    handtekening TEXT         NOT NULL,
    PRIMARY KEY (gemeente, aantal)
);

CREATE TRIGGER controlepunt_onveranderlijk BEFORE UPDATE OR DELETE ON controlepunt
    FOR EACH ROW EXECUTE FUNCTION samenboek_onveranderlijk();

-- Who is behind a pseudonymous medewerker id (DESIGN principle 6). Outside the ledger and erasable: erasing a person
-- removes the row, the events keep only the pseudonym, and every grootboek stays valid.
CREATE TABLE medewerker (
    pseudoniem    VARCHAR(64)  PRIMARY KEY,
    naam          VARCHAR(200) NOT NULL,
    vastgelegd_op TIMESTAMPTZ  NOT NULL DEFAULT now()
);
