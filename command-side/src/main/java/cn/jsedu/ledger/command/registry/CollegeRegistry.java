package cn.jsedu.ledger.command.registry;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.security.PlatformOwnership;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * Which college has a live platform in which programme. "At most one per college per programme" is a partial unique
 * index, not a read before a write: two instances declaring for the same college in the same programme at once both
 * insert, and PostgreSQL lets exactly one commit. The row joins the command's transaction (Axon's unit of work), so it
 * exists iff the declaration does.
 *
 * <p>What a refused declaration tells its sender (ADR 0013): the college's own live platform is looked at first,
 * so a college that has one learns nothing about any id; a taken id is {@code PLATFORM_ID_TAKEN} whoever holds it,
 * naming no college, so an officer never learns whose it is.
 */
@Repository
public class CollegeRegistry {

    private static final String ONE_LIVE_PER_COLLEGE = "one_live_platform_per_college_per_programme";

    private final JdbcTemplate jdbc;

    public CollegeRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claim(String programmeId, String collegeCode, String platformId) {
        // Read first only to decide which refusal comes first; the unique indexes below still decide races.
        if (hasLivePlatform(programmeId, collegeCode)) {
            throw collegeHasPlatform(programmeId, collegeCode);
        }
        try {
            jdbc.update("""
                    INSERT INTO command_side.college_registration (programme_id, college_code, platform_id)
                    VALUES (?, ?, ?)""", programmeId, collegeCode, platformId);
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains(ONE_LIVE_PER_COLLEGE)) {
                throw collegeHasPlatform(programmeId, collegeCode);
            }
            throw idTaken(platformId);
        }
    }

    /** The one answer for a platform id that is taken, by any college, live or not: choose another. */
    public static LedgerRuleException idTaken(String platformId) {
        return new LedgerRuleException(ErrorCode.PLATFORM_ID_TAKEN, "platformId",
                "the platform id " + platformId + " is taken; choose another");
    }

    private boolean hasLivePlatform(String programmeId, String collegeCode) {
        return !jdbc.queryForList("""
                SELECT 1 FROM command_side.college_registration WHERE programme_id = ? AND college_code = ? AND live""",
                Integer.class, programmeId, collegeCode).isEmpty();
    }

    private static LedgerRuleException collegeHasPlatform(String programmeId, String collegeCode) {
        return new LedgerRuleException(ErrorCode.COLLEGE_ALREADY_HAS_PLATFORM, "college.code", "college " + collegeCode
                + " already has a live declaration or platform in programme " + programmeId + " (每校限报1个)");
    }

    /** The college and programme a platform was declared for (live or not); empty for an unknown platform. */
    public Optional<PlatformOwnership.Owner> ownerOf(String platformId) {
        return jdbc.query("""
                SELECT college_code, programme_id FROM command_side.college_registration WHERE platform_id = ?""",
                (rs, i) -> new PlatformOwnership.Owner(rs.getString(1), rs.getString(2)), platformId)
                .stream().findFirst();
    }

    /** The college a platform was declared for (live or not); empty for an unknown platform. */
    public Optional<String> collegeOf(String platformId) {
        return ownerOf(platformId).map(PlatformOwnership.Owner::college);
    }

    /** A rejected or terminated platform no longer counts against its college. */
    public void release(String platformId) {
        jdbc.update("UPDATE command_side.college_registration SET live = false WHERE platform_id = ?", platformId);
    }
}
