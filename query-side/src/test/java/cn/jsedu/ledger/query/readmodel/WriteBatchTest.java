package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One processor batch: ordered statements first, then one summed row of totals and the highest version. */
class WriteBatchTest {

    /** Records what would be sent instead of sending it. */
    static final class RecordingJdbc extends JdbcTemplate {
        final List<String> sent = new ArrayList<>();

        @Override
        public int update(String sql, Object... args) {
            sent.add(sql + " " + Arrays.toString(args));
            return 1;
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> rows) {
            rows.forEach(r -> sent.add(sql + " " + Arrays.toString(r)));
            return new int[rows.size()];
        }
    }

    @Test
    void insertsComeFirstTotalsAreSummedAndTheHighestVersionWins() {
        RecordingJdbc jdbc = new RecordingJdbc();
        WriteBatch batch = new WriteBatch(jdbc);
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-01-02T00:00:00Z");

        batch.statement("INSERT p", new Object[]{"P1"});
        batch.add("P1", PlatformTotal.RECEIVED_CASH, Money.ofFen(100));
        batch.version("P1", 0, t1);
        batch.add("P1", PlatformTotal.RECEIVED_CASH, Money.ofFen(250));
        batch.add("P1", PlatformTotal.SPENT, Money.ofFen(40));
        batch.version("P1", 2, t2);
        batch.version("P1", 1, t1);
        batch.statement("INSERT line", new Object[]{"L1"});
        batch.flush();

        assertThat(jdbc.sent).hasSize(4);
        assertThat(jdbc.sent.get(0)).isEqualTo("INSERT p [P1]");
        assertThat(jdbc.sent.get(1)).isEqualTo("INSERT line [L1]");
        assertThat(jdbc.sent.get(2)).startsWith("UPDATE read_model.platform SET received_cash = received_cash + ?")
                .endsWith("[3.50, 0.00, 0.40, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, P1]");
        assertThat(jdbc.sent.get(3)).startsWith(WriteBatch.VERSION).contains("[2, ").endsWith(", P1]");

        jdbc.sent.clear();
        batch.flush();
        assertThat(jdbc.sent).as("a flushed batch is empty").isEmpty();
    }
}
