-- Signed checkpoints are evidence (docs/auditor.md): like the event store and the grootboek they cannot be emptied with
-- TRUNCATE, which skips the row triggers of V2. Someone who disables these triggers on purpose is caught by the
-- verification (a checkpoint that is gone no longer covers its head; one that is forged has no valid signature).
CREATE TRIGGER controlepunt_niet_leegmaken BEFORE TRUNCATE ON controlepunt
    FOR EACH STATEMENT EXECUTE FUNCTION samenboek_onveranderlijk();
