package cn.jsedu.ledger.query.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties every read-model table before a replay refills it. Called from the {@code @ResetHandler} of
 * {@code VersionProjection}: Axon only registers a component in a processing group if it has event handlers.
 */
@Component
public class ReadModelReset {

    /** Every table the read-models processing group writes; the token table is Axon's and stays. */
    public static final String TABLES = "read_model.platform, read_model.platform_party, read_model.agreement, "
            + "read_model.pledge, read_model.plan_version, read_model.plan_line, read_model.decision, "
            + "read_model.ledger_entry, read_model.task_book_target, read_model.report, read_model.report_indicator, "
            + "read_model.equipment_item, read_model.proposal, read_model.platform_timeline, read_model.party_name, "
            + "read_model.programme, read_model.programme_parameter_change, read_model.programme_proposal, "
            + "read_model.enterprise_contribution, read_model.acceptance_request, read_model.document_citation, "
            + "read_model.finding, read_model.budget_line, read_model.provincial_chain_step, "
            + "read_model.evaluation_round, read_model.evaluation_panel_score, read_model.evaluation_proposal, "
            + "read_model.evaluation_result";

    private final JdbcTemplate jdbc;

    public ReadModelReset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void reset() {
        jdbc.execute("TRUNCATE " + TABLES);
    }
}
