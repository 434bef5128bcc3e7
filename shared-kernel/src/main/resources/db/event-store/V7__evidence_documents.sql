-- Evidence documents (ADR 0021): voucher scans, appraisal reports, agreements, decision documents. Stored
-- content-addressed: a document's key is the SHA-256 of its bytes (64 lowercase hex digits, as events cite it), so
-- two uploads of the same bytes are one document. Events cite documents by that hash, which puts the document under
-- the hash chain and the signed checkpoints; verification recomputes each stored document's hash (a changed byte no
-- longer matches its key). Written by the command side; read by the query side (download, verification, export).
-- Like events, never changed or deleted (db/event-store-policy V7_1).
CREATE TABLE event_store.evidence_document (
    sha256     CHAR(64)     PRIMARY KEY CONSTRAINT evidence_document_sha256_shape CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- decided from the content's magic bytes at upload, never from the file name or the client's Content-Type
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL CONSTRAINT evidence_document_size_positive CHECK (size_bytes > 0),
    content    BYTEA        NOT NULL,
    stored_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Which platform a document was uploaded to, by whom: a document is read with the access rules of a platform it
-- was uploaded to, and cited only by events of such a platform. The same bytes uploaded to two platforms are one
-- document with two rows here.
CREATE TABLE event_store.evidence_document_upload (
    platform_id VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL REFERENCES event_store.evidence_document (sha256),
    file_name   VARCHAR(255),
    uploaded_by VARCHAR(255) NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (platform_id, sha256)
);
