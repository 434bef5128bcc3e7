-- A rule-change proposal's reason and decision document as fields of their own (issue 15 part 4): the second
-- administrator reads them beside the structured change before approving it (the console's four-eyes form). Rows
-- projected before this migration keep them only inside `summary`; a rebuild of the read models fills them.
ALTER TABLE read_model.programme_proposal
    ADD COLUMN reason       VARCHAR(2000),
    ADD COLUMN decision_ref VARCHAR(2000);
