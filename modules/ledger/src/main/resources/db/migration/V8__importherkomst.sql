-- Where an imported grootboek came from (docs/auditor.md, ontvlechting): the exporting instance's signed checkpoint
-- within the imported history and its public key, checked at import and kept, so an auditor of the new instance can
-- show that the history up to that checkpoint is what the old instance signed. Evidence: never changed or emptied.
CREATE TABLE importherkomst (
    gemeente        VARCHAR(40)  PRIMARY KEY,
    aantal          BIGINT       NOT NULL,
    hoofd_hash      CHAR(64)     NOT NULL,
    controlepunt    TEXT         NOT NULL,  -- the checkpoint as JSON, exactly as the exporting instance signed it
    sleutel         TEXT         NOT NULL,  -- its public key as a JWK
    geimporteerd_op TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TRIGGER importherkomst_onveranderlijk BEFORE UPDATE OR DELETE ON importherkomst
    FOR EACH ROW EXECUTE FUNCTION samenboek_onveranderlijk();
CREATE TRIGGER importherkomst_niet_leegmaken BEFORE TRUNCATE ON importherkomst
    FOR EACH STATEMENT EXECUTE FUNCTION samenboek_onveranderlijk();
