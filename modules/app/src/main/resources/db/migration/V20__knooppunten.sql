-- The nodes that run on this database (docs/operations.md, two nodes): each writes its row every few seconds, so the
-- others know how many share the processors' segments and each can give up what is above its fair share.
-- 'id' is the node's owner name in token_entry (pid@host).
CREATE TABLE knooppunt (
    id     VARCHAR(255) PRIMARY KEY,
    gezien TIMESTAMPTZ  NOT NULL
);
