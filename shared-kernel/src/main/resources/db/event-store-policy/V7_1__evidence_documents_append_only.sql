-- Evidence documents are never changed or deleted (ADR 0021), exactly like events: the same guard as V3, with the
-- same maintenance switch for disaster recovery by the owner or a superuser only. What the guard cannot stop (the
-- owner dropping it), verification finds: a stored document whose bytes no longer hash to its key is reported.
CREATE TRIGGER evidence_document_no_update_or_delete
    BEFORE UPDATE OR DELETE ON event_store.evidence_document
    FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();

CREATE TRIGGER evidence_document_no_truncate
    BEFORE TRUNCATE ON event_store.evidence_document
    FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();

CREATE TRIGGER evidence_document_upload_no_update_or_delete
    BEFORE UPDATE OR DELETE ON event_store.evidence_document_upload
    FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();

CREATE TRIGGER evidence_document_upload_no_truncate
    BEFORE TRUNCATE ON event_store.evidence_document_upload
    FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
