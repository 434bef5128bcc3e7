-- Several programmes in one ledger (ADR 0019). Every existing row is of the default programme, the one every
-- platform belonged to before; its id is cn.jsedu.ledger.kernel.id.ProgrammeId.DEFAULT (ProgrammesMigrationIT holds the
-- two equal). Events are not touched: stored declarations without a programme are read as the default programme's by
-- an upcaster, and the default programme's own stream is appended by the command side on its first start.

-- 每校限报1个 becomes one live platform per college per programme: the same college may build one platform in this
-- plan and one in another programme.
ALTER TABLE command_side.college_registration ADD COLUMN programme_id VARCHAR(64);
UPDATE command_side.college_registration SET programme_id = 'JS-PLATFORMS-2019';
ALTER TABLE command_side.college_registration ALTER COLUMN programme_id SET NOT NULL;
DROP INDEX command_side.one_live_platform_per_college;
CREATE UNIQUE INDEX one_live_platform_per_college_per_programme
    ON command_side.college_registration (programme_id, college_code) WHERE live;

-- A programme's commands answer with the programme (a platform's with the platform); a repeated request gets it again.
ALTER TABLE command_side.idempotency_key ADD COLUMN programme_id VARCHAR(64);
