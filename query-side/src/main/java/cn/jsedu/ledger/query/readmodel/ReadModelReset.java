package cn.jsedu.ledger.query.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** When the read-models processor is reset, every read-model table is emptied before the replay refills it. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ReadModelReset {

    /** Every table the read-models processing group writes; the token table is Axon's and stays. */
    public static final String TABLES = "read_model.platform, read_model.platform_party, read_model.agreement, "
            + "read_model.pledge, read_model.plan_version, read_model.plan_line, read_model.decision, "
            + "read_model.ledger_entry";

    private final JdbcTemplate jdbc;

    public ReadModelReset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ResetHandler
    public void reset() {
        jdbc.execute("TRUNCATE " + TABLES);
    }
}
