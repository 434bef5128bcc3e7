package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static cn.jsedu.ledger.query.readmodel.Sql.instant;
import static cn.jsedu.ledger.query.readmodel.Sql.money;

/** Reads the evaluation round tables of {@link RoundProjection}. */
@Repository
public class RoundQueries {

    private static final String ROUND = """
            SELECT round_id, programme_id, kind, year, batch, reference_date, scheme_id, scheme_version, status,
              opened_by, opened_at, published_at, published_proposal_id, version FROM read_model.evaluation_round""";
    private static final String PROPOSAL = """
            SELECT round_id, proposal_id, status, proposed_by, proposed_at, known_at, results, reward_amount,
              failed_decision, reduction_amount, decided_on FROM read_model.evaluation_proposal""";
    private static final String ORDER = " ORDER BY year DESC, round_id";

    private final JdbcTemplate jdbc;

    public RoundQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every round, or a programme's ({@code programmeId} non-null), newest year first. */
    public List<RoundRow> list(String programmeId) {
        return programmeId == null ? jdbc.query(ROUND + ORDER, ROUND_ROW)
                : jdbc.query(ROUND + " WHERE programme_id = ?" + ORDER, ROUND_ROW, programmeId);
    }

    public List<RoundRow> inStatus(RoundStatus status) {
        return jdbc.query(ROUND + " WHERE status = ?" + ORDER, ROUND_ROW, status.name());
    }

    public Optional<RoundRow> find(String roundId) {
        return jdbc.query(ROUND + " WHERE round_id = ?", ROUND_ROW, roundId).stream().findFirst();
    }

    /** The latest score of each platform and item (a later one replaces an earlier one), by platform and item. */
    public List<PanelScoreView> latestPanelScores(String roundId) {
        return jdbc.query("""
                SELECT DISTINCT ON (platform_id, item_code) platform_id, item_code, centipoints, remarks, recorded_by,
                  recorded_at, event_id FROM read_model.evaluation_panel_score WHERE round_id = ?
                ORDER BY platform_id, item_code, sequence_number DESC""", (rs, i) -> new PanelScoreView(
                rs.getString("platform_id"), rs.getString("item_code"), rs.getInt("centipoints"),
                rs.getString("remarks"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
                rs.getString("event_id")), roundId);
    }

    public Optional<ProposalRow> proposal(String roundId, String proposalId) {
        return jdbc.query(PROPOSAL + " WHERE round_id = ? AND proposal_id = ?", PROPOSAL_ROW, roundId, proposalId)
                .stream().findFirst();
    }

    /** The round's proposal waiting for a second administrator, if any (at most one at a time). */
    public Optional<ProposalRow> pending(String roundId) {
        return jdbc.query(PROPOSAL + " WHERE round_id = ? AND status = ? ORDER BY proposed_at DESC", PROPOSAL_ROW,
                roundId, ProposalStatus.PENDING.name()).stream().findFirst();
    }

    /** Every pending proposal of every round. */
    public List<ProposalRow> pending() {
        return jdbc.query(PROPOSAL + " WHERE status = ? ORDER BY proposed_at, round_id", PROPOSAL_ROW,
                ProposalStatus.PENDING.name());
    }

    /** The proposal whose results were published, once the round is. */
    public Optional<ProposalRow> published(RoundRow round) {
        return round.publishedProposalId() == null ? Optional.empty()
                : proposal(round.roundId(), round.publishedProposalId());
    }

    /** A platform's published results, by year (then round). */
    public List<PlatformEvaluationResultsView.Result> platformResults(String platformId) {
        return jdbc.query("""
                SELECT round_id, kind, year, reference_date, grade, total_centipoints, objective_centipoints,
                  panel_centipoints, rank, round_size, known_at, published_at, event_id
                FROM read_model.evaluation_result WHERE platform_id = ? ORDER BY year, reference_date, round_id""",
                (rs, i) -> {
                    RoundKind kind = RoundKind.valueOf(rs.getString("kind"));
                    Grade grade = Grade.valueOf(rs.getString("grade"));
                    return new PlatformEvaluationResultsView.Result(rs.getString("round_id"), kind, kind.chineseName(),
                            rs.getInt("year"), rs.getObject("reference_date", java.time.LocalDate.class), grade,
                            grade.chineseName(), rs.getInt("total_centipoints"), rs.getInt("objective_centipoints"),
                            rs.getInt("panel_centipoints"), rs.getInt("rank"), rs.getInt("round_size"),
                            instant(rs, "known_at"), instant(rs, "published_at"), rs.getString("event_id"));
                }, platformId);
    }

    private static final RowMapper<RoundRow> ROUND_ROW = (rs, i) -> new RoundRow(rs.getString("round_id"),
            rs.getString("programme_id"), RoundKind.valueOf(rs.getString("kind")), rs.getInt("year"),
            rs.getObject("batch", Integer.class), rs.getObject("reference_date", java.time.LocalDate.class),
            rs.getString("scheme_id"), rs.getInt("scheme_version"), RoundStatus.valueOf(rs.getString("status")),
            rs.getString("opened_by"), instant(rs, "opened_at"), instant(rs, "published_at"),
            rs.getString("published_proposal_id"), rs.getLong("version"));

    private static final RowMapper<ProposalRow> PROPOSAL_ROW = (rs, i) -> {
        String failed = rs.getString("failed_decision");
        return new ProposalRow(rs.getString("round_id"), rs.getString("proposal_id"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                instant(rs, "proposed_at"), instant(rs, "known_at"), ResultsJson.read(rs.getString("results")),
                money(rs, "reward_amount"), failed == null ? null : DecisionType.valueOf(failed),
                money(rs, "reduction_amount"), rs.getObject("decided_on", java.time.LocalDate.class));
    };
}
