package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.DateWindow;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads of the programme tables, and the one way the query side gets a programme's rules: its
 * {@link ParameterTimeline} ({@link #timeline}), from which every judgment takes the parameters in force on the date it
 * judges, as known at the time it is asked for ({@link ParameterTimeline#inForce(LocalDate, Instant)}).
 *
 * <p>The default programme's stream is appended when the command side first starts; until this read model has it,
 * its rules are the plan as configured, which is exactly what that stream records.
 */
@Repository
public class ProgrammeQueries {

    /** One row of read_model.programme. */
    public record ProgrammeRow(String programmeId, String name, ProgrammeStatus status, Instant proposedAt,
                               Instant establishedAt, long version) {
    }

    /** One approved rule change as recorded, with who proposed and approved it. */
    public record RecordedChange(long sequenceNumber, LocalDate effectiveFrom, Instant recordedAt,
                                 ParameterChanges changes, String reason, String decisionRef, String proposalId,
                                 String proposedBy, String approvedBy, String eventId) {
    }

    /**
     * A programme's proposal: its establishment or a rule change. For a rule change, {@code changes} are the parameters
     * it would set (as the command took them), with its {@code reason} and {@code decisionRef}: what the second
     * administrator reads before approving; null for an establishment.
     */
    public record ProgrammeProposalView(String programmeId, String proposalId, ProposalKind kind, ProposalStatus status,
                                        String proposedBy, Instant proposedAt, LocalDate effectiveFrom, String summary,
                                        String decidedBy, Instant decidedAt, String eventId, ParameterChanges changes,
                                        String reason, String decisionRef) {
    }

    private static final RowMapper<ProgrammeRow> PROGRAMME = (rs, i) -> new ProgrammeRow(rs.getString("programme_id"),
            rs.getString("name"), ProgrammeStatus.valueOf(rs.getString("status")), Sql.instant(rs, "proposed_at"),
            Sql.instant(rs, "established_at"), rs.getLong("version"));

    private static final RowMapper<RecordedChange> CHANGE = (rs, i) -> new RecordedChange(rs.getLong("sequence_number"),
            rs.getDate("effective_from").toLocalDate(), Sql.instant(rs, "recorded_at"),
            ParameterJson.read(rs.getString("changes"), ParameterChanges.class), rs.getString("reason"),
            rs.getString("decision_ref"), rs.getString("proposal_id"), rs.getString("proposed_by"),
            rs.getString("approved_by"), rs.getString("event_id"));

    private final JdbcTemplate jdbc;
    private final ProgrammeParameters configuredPlan;

    public ProgrammeQueries(JdbcTemplate jdbc, ProgrammeParameters configuredPlan) {
        this.jdbc = jdbc;
        this.configuredPlan = configuredPlan;
    }

    public Optional<ProgrammeRow> find(String programmeId) {
        return jdbc.query("SELECT * FROM read_model.programme WHERE programme_id = ?", PROGRAMME, programmeId).stream()
                .findFirst();
    }

    /** Every programme, the default one first (also before its stream is projected), then by id. */
    public List<ProgrammeRow> list() {
        List<ProgrammeRow> rows = jdbc.query("SELECT * FROM read_model.programme ORDER BY programme_id", PROGRAMME);
        boolean hasDefault = rows.stream().anyMatch(r -> r.programmeId().equals(ProgrammeId.DEFAULT.value()));
        Stream<ProgrammeRow> defaultFirst = hasDefault
                ? rows.stream().sorted(Comparator.comparing(r -> !r.programmeId().equals(ProgrammeId.DEFAULT.value())))
                : Stream.concat(Stream.of(configuredDefault()), rows.stream());
        return defaultFirst.toList();
    }

    /**
     * The parameter timeline of an established programme, with every change recorded (as known at T:
     * {@link ParameterTimeline#asKnownAt}); empty for a programme that is unknown or not established.
     */
    public Optional<ParameterTimeline> timeline(String programmeId) {
        List<String> base = jdbc.queryForList("""
                SELECT base_parameters FROM read_model.programme WHERE programme_id = ? AND status = ?""",
                String.class, programmeId, ProgrammeStatus.ESTABLISHED.name());
        if (base.isEmpty()) {
            return ProgrammeId.DEFAULT.value().equals(programmeId) && find(programmeId).isEmpty()
                    ? Optional.of(ParameterTimeline.of(configuredPlan)) : Optional.empty();
        }
        List<ParameterTimeline.Change> changes = changes(programmeId).stream()
                .map(c -> new ParameterTimeline.Change(c.effectiveFrom(), c.recordedAt(), c.changes())).toList();
        return Optional.of(new ParameterTimeline(ParameterJson.read(base.get(0), ProgrammeParameters.class), changes));
    }

    /** The rules of the platform's programme, which exists: a platform is declared only in an established one. */
    public ParameterTimeline rulesOf(PlatformRow platform) {
        return timeline(platform.programmeId()).orElseThrow(() -> new IllegalStateException("platform "
                + platform.platformId() + " is of programme " + platform.programmeId() + ", which is not established"));
    }

    /**
     * The parameters that judge {@code platform} on {@code date}: those of its programme in force that day, as known at
     * {@code knownAt} (null: with every change recorded). A change never re-judges a day before its effective date, and
     * an answer as known before a change was recorded is the answer given then.
     */
    public ProgrammeParameters inForce(PlatformRow platform, LocalDate date, Instant knownAt) {
        return rulesOf(platform).inForce(date, knownAt);
    }

    /** A reader of many platforms' rules that reads each programme's timeline once: for programme-wide views. */
    public Rules rules() {
        return new Rules();
    }

    /** The rules of the programmes a programme-wide view meets, each read once (not shared between requests). */
    public final class Rules {

        private final Map<String, ParameterTimeline> timelines = new HashMap<>();

        private Rules() {
        }

        /** As {@link ProgrammeQueries#inForce}. */
        public ProgrammeParameters inForce(PlatformRow platform, LocalDate date, Instant knownAt) {
            return timelines.computeIfAbsent(platform.programmeId(), id -> rulesOf(platform)).inForce(date, knownAt);
        }
    }

    /** The approved rule changes of a programme, in the order they were recorded. */
    public List<RecordedChange> changes(String programmeId) {
        return jdbc.query("""
                SELECT * FROM read_model.programme_parameter_change WHERE programme_id = ? ORDER BY sequence_number""",
                CHANGE, programmeId);
    }

    public List<ProgrammeProposalView> proposals(String programmeId) {
        return jdbc.query("SELECT * FROM read_model.programme_proposal WHERE programme_id = ? ORDER BY proposed_at",
                (rs, i) -> new ProgrammeProposalView(rs.getString("programme_id"), rs.getString("proposal_id"),
                        ProposalKind.valueOf(rs.getString("kind")), ProposalStatus.valueOf(rs.getString("status")),
                        rs.getString("proposed_by"), Sql.instant(rs, "proposed_at"),
                        rs.getDate("effective_from") == null ? null : rs.getDate("effective_from").toLocalDate(),
                        rs.getString("summary"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"),
                        rs.getString("event_id"), ProposalKind.valueOf(rs.getString("kind")) == ProposalKind.PARAMETER_CHANGE
                        ? ParameterJson.read(rs.getString("proposed"), ParameterChanges.class) : null,
                        rs.getString("reason"), rs.getString("decision_ref")), programmeId);
    }

    /**
     * What a query's {@code asOf} or {@code knownAt} may name: from the earliest first day of any programme's window
     * (under any of its parameter sets) to the last query day.
     */
    public DateWindow queryWindow() {
        Stream<String> ids = Stream.concat(Stream.of(ProgrammeId.DEFAULT.value()),
                jdbc.queryForList("SELECT programme_id FROM read_model.programme WHERE status = ?", String.class,
                        ProgrammeStatus.ESTABLISHED.name()).stream()).distinct();
        LocalDate first = ids.map(this::timeline).flatMap(Optional::stream).map(t -> t.queryWindow().from())
                .min(Comparator.naturalOrder()).orElse(configuredPlan.queryWindow().from());
        return new DateWindow("queries", first, ProgrammeParameters.LAST_QUERY_DAY);
    }

    /** The default programme as it is until its establishing event is projected. */
    private ProgrammeRow configuredDefault() {
        return new ProgrammeRow(ProgrammeId.DEFAULT.value(), ProgrammeId.DEFAULT_NAME, ProgrammeStatus.ESTABLISHED, null, null, -1);
    }
}
