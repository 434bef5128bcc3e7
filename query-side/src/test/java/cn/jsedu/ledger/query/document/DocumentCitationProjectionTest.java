package cn.jsedu.ledger.query.document;

import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingClosedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject of a citation, and the citations read from a stored payload without knowing its type. */
class DocumentCitationProjectionTest {

    private static final String HASH = "0f".repeat(32);

    @Test
    void theSubjectIsTheEntryOrTheFinding() {
        assertThat(DocumentCitationProjection.subject(new ExpenditureRecordedEvent("P", "X-1",
                ExpenditureCategory.OTHER, FundingSource.COLLEGE, null, Money.parse("1.00"), LocalDate.of(2020, 1, 1),
                "v"))).isEqualTo("X-1");
        assertThat(DocumentCitationProjection.subject(new RectificationSubmittedEvent("P", "F-1", "t", List.of())))
                .isEqualTo("F-1");
        assertThat(DocumentCitationProjection.subject(new FindingClosedEvent("P", "F-1", "r"))).isNull();
    }

    @Test
    void citedDocumentsAreReadFromAnyPayloadThatHasThem() throws Exception {
        assertThat(CitedDocuments.in(("{\"entryId\":\"I-1\",\"documents\":[\"" + HASH + "\"]}")
                .getBytes(StandardCharsets.UTF_8))).containsExactly(HASH);
        assertThat(CitedDocuments.in(new ObjectMapper().readTree("{\"entryId\":\"I-1\"}"))).isEmpty();
        // not JSON, a non-array, a value that is no hash: nothing cited (the chain reports a broken payload)
        assertThat(CitedDocuments.in("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CitedDocuments.in("{\"documents\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CitedDocuments.in(("{\"documents\":[\"" + HASH.toUpperCase() + "\",1]}")
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
