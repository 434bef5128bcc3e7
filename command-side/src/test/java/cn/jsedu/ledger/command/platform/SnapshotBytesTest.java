package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact rows of a snapshot read back what was written, at the edges of each kind of value. */
class SnapshotBytesTest {

    @Test
    void readsBackNumbersDatesTextNamesAndEventIds() {
        byte[] bytes = new SnapshotBytes.Writer().count(3)
                .number(0).number(-1).number(Long.MAX_VALUE).number(Long.MIN_VALUE).number(-123_456_789_012L)
                .date(LocalDate.of(1969, 12, 31)).date(LocalDate.of(2026, 12, 4))
                .text(null).text("").text("财拨〔2021〕12号")
                .name("E1").name(null).name("E1").constant(FundingSource.ENTERPRISE).constant(null)
                .eventId("0f8fad5b-d9cb-469f-a165-70867728950e").eventId("0F8FAD5B-D9CB-469F-A165-70867728950E")
                .eventId("event-7")
                .toBytes();

        SnapshotBytes.Reader rows = new SnapshotBytes.Reader(bytes);
        assertThat(rows.count()).isEqualTo(3);
        assertThat(rows.number()).isZero();
        assertThat(rows.number()).isEqualTo(-1);
        assertThat(rows.number()).isEqualTo(Long.MAX_VALUE);
        assertThat(rows.number()).isEqualTo(Long.MIN_VALUE);
        assertThat(rows.number()).isEqualTo(-123_456_789_012L);
        assertThat(rows.date()).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(rows.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(rows.text()).isNull();
        assertThat(rows.text()).isEmpty();
        assertThat(rows.text()).isEqualTo("财拨〔2021〕12号");
        assertThat(rows.name()).isEqualTo("E1");
        assertThat(rows.name()).isNull();
        assertThat(rows.name()).isEqualTo("E1");
        assertThat(rows.constant(FundingSource.class)).isEqualTo(FundingSource.ENTERPRISE);
        assertThat(rows.constant(FundingSource.class)).isNull();
        assertThat(rows.eventId()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        // not Axon's form of a UUID: kept as text, so it reads back as written
        assertThat(rows.eventId()).isEqualTo("0F8FAD5B-D9CB-469F-A165-70867728950E");
        assertThat(rows.eventId()).isEqualTo("event-7");
        rows.requireEnd();
    }

    @Test
    void rowsThatRepeatThemselvesAreDeflated() {
        SnapshotBytes.Writer rows = new SnapshotBytes.Writer().count(10_000);
        for (int i = 0; i < 10_000; i++) {
            rows.name("PROVINCIAL_FINANCE").number(10_000).date(LocalDate.of(2021, 1, 1));
        }
        byte[] bytes = rows.toBytes();

        // 10,000 rows of 5 bytes each before deflation
        assertThat(bytes.length).isLessThan(1_000);
        SnapshotBytes.Reader read = new SnapshotBytes.Reader(bytes);
        assertThat(read.count()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(read.name()).isEqualTo("PROVINCIAL_FINANCE");
            assertThat(read.number()).isEqualTo(10_000);
            assertThat(read.date()).isEqualTo(LocalDate.of(2021, 1, 1));
        }
        read.requireEnd();
    }

    @Test
    void rowsOfEveryLengthReadBack() {
        for (int count = 0; count < 3_000; count += 7) {
            SnapshotBytes.Writer rows = new SnapshotBytes.Writer().count(count);
            for (int i = 0; i < count; i++) {
                rows.text("G" + i * 7919);
            }
            SnapshotBytes.Reader read = new SnapshotBytes.Reader(rows.toBytes());
            assertThat(read.count()).isEqualTo(count);
            for (int i = 0; i < count; i++) {
                assertThat(read.text()).isEqualTo("G" + i * 7919);
            }
            read.requireEnd();
        }
    }

    @Test
    void bytesAfterTheDeflatedRowsAreRefused() {
        byte[] rows = new SnapshotBytes.Writer().count(1).text("I-1").toBytes();
        byte[] longer = java.util.Arrays.copyOf(rows, rows.length + 1);
        assertThatThrownBy(() -> new SnapshotBytes.Reader(longer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 bytes unread");
    }

    @Test
    void deflatedRowsCutShortAreRefused() {
        byte[] rows = new SnapshotBytes.Writer().count(1).text("I-1").toBytes();
        byte[] shorter = java.util.Arrays.copyOf(rows, rows.length - 1);
        assertThatThrownBy(() -> new SnapshotBytes.Reader(shorter)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rowsLeftUnreadAreRefused() {
        SnapshotBytes.Reader rows = new SnapshotBytes.Reader(new SnapshotBytes.Writer().count(1).text("I-1").toBytes());
        rows.count();
        assertThatThrownBy(rows::requireEnd).isInstanceOf(IllegalStateException.class).hasMessageContaining("bytes unread");
    }
}
