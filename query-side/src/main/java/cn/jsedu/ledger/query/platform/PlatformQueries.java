package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.jsedu.ledger.query.readmodel.Sql.money;

/** Reads of the platform tables: one platform, a filtered page of them, and their plan as known at a time. */
@Repository
public class PlatformQueries {

    private final JdbcTemplate jdbc;

    public PlatformQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlatformRow> find(String platformId) {
        return jdbc.query("SELECT * FROM read_model.platform WHERE platform_id = ?", PlatformRows.MAPPER, platformId)
                .stream().findFirst();
    }

    /** Each criterion null for "any"; the programme too (every programme). */
    public record Filter(String programmeId, PlatformStatus status, Integer batch, String collegeCode, String city) {

        /** Any city. */
        public Filter(String programmeId, PlatformStatus status, Integer batch, String collegeCode) {
            this(programmeId, status, batch, collegeCode, null);
        }

        /** Every platform of one programme. */
        public static Filter programme(String programmeId) {
            return new Filter(programmeId, null, null, null, null);
        }
    }

    public record Page(List<PlatformRow> rows, long total) {
    }

    public Page list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (filter.programmeId() != null) {
            where.append(" AND programme_id = ?");
            args.add(filter.programmeId());
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.batch() != null) {
            where.append(" AND batch = ?");
            args.add(filter.batch());
        }
        if (filter.collegeCode() != null) {
            where.append(" AND college_code = ?");
            args.add(filter.collegeCode());
        }
        if (filter.city() != null) {
            where.append(" AND college_city = ?");
            args.add(filter.city());
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM read_model.platform" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<PlatformRow> rows = jdbc.query("SELECT * FROM read_model.platform" + where
                + " ORDER BY platform_id LIMIT ? OFFSET ?", PlatformRows.MAPPER, args.toArray());
        return new Page(rows, total);
    }

    /**
     * The platform as known at {@code knownAt} (read_model.platform_timeline): after the last of its events recorded
     * by then; empty if it was not yet declared.
     */
    public Optional<PlatformAsKnown> asKnownAt(String platformId, Instant knownAt) {
        return jdbc.query("""
                SELECT sequence_number, status, construction_start, construction_end FROM read_model.platform_timeline
                WHERE platform_id = ? AND recorded_at <= ?::timestamptz ORDER BY sequence_number DESC LIMIT 1""",
                (rs, i) -> new PlatformAsKnown(platformId, rs.getLong("sequence_number"),
                        PlatformStatus.valueOf(rs.getString("status")), date(rs.getDate("construction_start")),
                        date(rs.getDate("construction_end"))), platformId, Sql.time(knownAt)).stream().findFirst();
    }

    /** Each party's name as known at {@code knownAt} (null = now): the latest it was given by then. */
    public Map<String, String> partyNamesKnownAt(String platformId, Instant knownAt) {
        Map<String, String> names = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (party_id) party_id, name FROM read_model.party_name
                WHERE platform_id = ? AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz)
                ORDER BY party_id, sequence_number DESC""",
                (RowCallbackHandler) rs -> names.put(rs.getString("party_id"), rs.getString("name")),
                platformId, Sql.time(knownAt), Sql.time(knownAt));
        return names;
    }

    /** The plan in force as known at {@code knownAt} (null = now): the latest plan version recorded by then. */
    public List<PlanLine> planKnownAt(String platformId, Instant knownAt) {
        return jdbc.query("""
                SELECT l.source, l.party_id, l.year, l.amount FROM read_model.plan_line l
                WHERE l.platform_id = ? AND l.plan_seq = (
                  SELECT max(v.plan_seq) FROM read_model.plan_version v
                  WHERE v.platform_id = ? AND (?::timestamptz IS NULL OR v.recorded_at <= ?::timestamptz))
                ORDER BY l.line_no""", (rs, i) -> new PlanLine(FundingSource.valueOf(rs.getString("source")),
                rs.getString("party_id"), rs.getInt("year"), money(rs, "amount")),
                platformId, platformId, Sql.time(knownAt), Sql.time(knownAt));
    }

    /** The event that set the plan in force at {@code knownAt}, as evidence. */
    public Optional<String> planEventKnownAt(String platformId, Instant knownAt) {
        return jdbc.queryForList("""
                SELECT event_id FROM read_model.plan_version WHERE platform_id = ?
                  AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz) ORDER BY plan_seq DESC LIMIT 1""",
                String.class, platformId, Sql.time(knownAt), Sql.time(knownAt)).stream().findFirst();
    }

    public record Decision(String decisionId, DecisionType type, Money amount, String basis, String decisionRef,
                           LocalDate decidedOn, Instant recordedAt, String eventId) {
    }

    public List<Decision> decisions(String platformId) {
        return jdbc.query("SELECT * FROM read_model.decision WHERE platform_id = ? ORDER BY recorded_at, decision_id",
                (rs, i) -> new Decision(rs.getString("decision_id"), DecisionType.valueOf(rs.getString("type")), money(rs, "amount"),
                        rs.getString("basis"), rs.getString("decision_ref"), rs.getDate("decided_on").toLocalDate(),
                        Sql.instant(rs, "recorded_at"), rs.getString("event_id")), platformId);
    }

    public record Party(String partyId, String name, String creditCode, PartyRole role, boolean declared,
                        boolean inAgreement) {
    }

    public List<Party> parties(String platformId) {
        return jdbc.query("SELECT * FROM read_model.platform_party WHERE platform_id = ? ORDER BY party_id",
                (rs, i) -> new Party(rs.getString("party_id"), rs.getString("name"), rs.getString("credit_code"),
                        PartyRole.valueOf(rs.getString("role")), rs.getBoolean("declared"), rs.getBoolean("in_agreement")),
                platformId);
    }

    public record Agreement(String agreementId, LocalDate signedOn, String termsRef, String eventId,
                            List<PledgeRow> pledges) {
    }

    public record PledgeRow(String partyId, FundingSource source, ContributionForm form, Money amount) {
    }

    public List<Agreement> agreements(String platformId) {
        return jdbc.query("SELECT * FROM read_model.agreement WHERE platform_id = ? ORDER BY signed_on, agreement_id",
                (rs, i) -> new Agreement(rs.getString("agreement_id"), rs.getDate("signed_on").toLocalDate(),
                        rs.getString("terms_ref"), rs.getString("event_id"),
                        pledges(platformId, rs.getString("agreement_id"))), platformId);
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private List<PledgeRow> pledges(String platformId, String agreementId) {
        return jdbc.query("SELECT * FROM read_model.pledge WHERE platform_id = ? AND agreement_id = ? ORDER BY line_no",
                (rs, i) -> new PledgeRow(rs.getString("party_id"), FundingSource.valueOf(rs.getString("source")),
                        ContributionForm.valueOf(rs.getString("form")), money(rs, "amount")), platformId, agreementId);
    }
}
