package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.support.json.LedgerJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's snapshot (ADR 0008): read back it is the platform it was written from, every part the rules look at
 * included, and it stays small however long the history; the grown parts are rows ({@link SnapshotBytes}), not
 * objects. Written and read with the product's serializer, as the snapshotter does.
 */
class PlatformSnapshotTest {

    private static final ObjectMapper JSON = LedgerJson.eventMapper();
    private static final String ID = "SNAP-T";
    private static final List<PlanLine> PLAN = List.of(
            new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.ofYuan(20_000_000)),
            new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.ofYuan(10_000_000)));

    @Test
    void readBackItIsThePlatformItWasWrittenFrom() throws Exception {
        Platform platform = approved();
        platform.on(new InstallmentRecordedEvent(ID, "I-1", FundingSource.PROVINCIAL_FINANCE, null,
                ContributionForm.CASH, Money.ofYuan(1_000), LocalDate.of(2021, 1, 1), "财拨-1", null), uuid());
        platform.on(new EnterpriseContributionRecordedEvent(ID, "C-甲", "E1", ContributionForm.EQUIPMENT,
                Money.ofFen(12_345), LocalDate.of(2021, 2, 1), "v", "评估-1"), "not-a-uuid event id");
        platform.on(new ExpenditureRecordedEvent(ID, "X-1", ExpenditureCategory.EQUIPMENT_PURCHASE,
                FundingSource.PROVINCIAL_FINANCE, null, Money.ofYuan(10), LocalDate.of(2021, 6, 1), "付款",
                List.of()), uuid().toUpperCase());
        platform.on(new AdjustmentRecordedEvent(ID, "A-1", "I-1", EntryKind.INSTALLMENT,
                FundingSource.PROVINCIAL_FINANCE, null, ContributionForm.CASH, LocalDate.of(2021, 1, 1),
                Money.ofYuan(1_000), Money.ofYuan(900), "录入错误"), uuid());
        platform.on(new RecoveryRecordedEvent(ID, "R-1", FundingSource.PROVINCIAL_FINANCE, Money.ofYuan(5),
                LocalDate.of(2021, 7, 1), "追回", "d-1"), uuid());

        platform.on(new EvaluationPublishedEvent(ID, "EVAL-2021", RoundKind.ANNUAL, 2021, LocalDate.of(2021, 12, 31),
                EvaluationSchemes.DEFAULT_SCHEME_ID, 1, Instant.parse("2022-01-05T00:00:00Z"), new EvaluationResult(ID,
                List.of(), List.of(), 4_000, 3_500, 7_500, Grade.GOOD, 1), 1));

        Platform back = JSON.readValue(JSON.writeValueAsBytes(platform), Platform.class);

        // every field, the maps and lists of the grown parts included; a recovery's negative receipt, a party id,
        // a contribution's form, an event id that is not a UUID and one in capitals read back as they were
        assertThat(back).usingRecursiveComparison().isEqualTo(platform);
    }

    @Test
    void theGrownPartsAreRowsNotObjects() throws Exception {
        Platform platform = approved();
        platform.on(new InstallmentRecordedEvent(ID, "I-1", FundingSource.PROVINCIAL_FINANCE, null,
                ContributionForm.CASH, Money.ofYuan(1_000), LocalDate.of(2021, 1, 1), "财拨-1", null), uuid());

        JsonNode snapshot = JSON.readTree(JSON.writeValueAsBytes(platform));

        assertThat(snapshot.has("usedIds")).isFalse();
        assertThat(snapshot.path("usedIdRows").isTextual()).isTrue();
        assertThat(snapshot.path("entries").has("correctable")).isFalse();
        assertThat(snapshot.path("entries").path("correctableRows").isTextual()).isTrue();
        assertThat(snapshot.path("evidence").path("receiptRows").isTextual()).isTrue();
        assertThat(snapshot.path("spending").path("expenditureRows").isTextual()).isTrue();
    }

    /**
     * The bench's big platform (BENCHMARKS.md S6): 10,000 events of installments and expenditures. Each grown part
     * written as objects made this 2.5 MB, and reading it back took longer than the rest of a command's load.
     */
    @Test
    void aSnapshotOfTenThousandEntriesStaysSmall() throws Exception {
        Platform platform = approved();
        platform.on(new InstallmentRecordedEvent(ID, "SEED", FundingSource.PROVINCIAL_FINANCE, null,
                ContributionForm.CASH, Money.ofYuan(1_000_000_000), LocalDate.of(2021, 1, 1), "财拨-SEED", null),
                uuid());
        for (int seq = 3; seq < 10_000; seq++) {
            platform.on(seq % 2 == 1
                    ? new InstallmentRecordedEvent(ID, "G" + seq, FundingSource.PROVINCIAL_FINANCE, null,
                    ContributionForm.CASH, Money.ofYuan(100), LocalDate.of(2021, 1, 1), "财拨-G" + seq, null)
                    : new ExpenditureRecordedEvent(ID, "G" + seq, ExpenditureCategory.EQUIPMENT_PURCHASE,
                    FundingSource.PROVINCIAL_FINANCE, null, Money.ofYuan(1), LocalDate.of(2021, 6, 1),
                    "付款-G" + seq, List.of()), uuid());
        }

        byte[] snapshot = JSON.writeValueAsBytes(platform);

        // 203 KB when this was written (517 KB before the rows were deflated): about 20 bytes an event, most of them
        // the receipts' event ids (random UUIDs, 16 bytes each, do not deflate)
        assertThat(snapshot.length).isLessThan(300_000);
        // read back whole (a recursive comparison of 10,000-element sets would take minutes; the small platform
        // above compares every field): written again, it is as long, every row read
        assertThat(JSON.writeValueAsBytes(JSON.readValue(snapshot, Platform.class))).hasSize(snapshot.length);
    }

    @Test
    void aPartOfAnotherShapeIsRefusedNotHalfRead() throws Exception {
        Platform platform = approved();
        platform.on(new InstallmentRecordedEvent(ID, "I-1", FundingSource.PROVINCIAL_FINANCE, null,
                ContributionForm.CASH, Money.ofYuan(1_000), LocalDate.of(2021, 1, 1), "财拨-1", null), uuid());
        JsonNode snapshot = JSON.readTree(JSON.writeValueAsBytes(platform));
        // the used ids' rows with a byte more than they hold
        byte[] rows = snapshot.path("usedIdRows").binaryValue();
        byte[] longer = java.util.Arrays.copyOf(rows, rows.length + 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) snapshot).put("usedIdRows", longer);

        assertThatThrownBy(() -> JSON.treeToValue(snapshot, Platform.class))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasStackTraceContaining("1 bytes unread");
    }

    private static Platform approved() {
        Platform platform = new Platform();
        platform.on(new PlatformDeclaredEvent(ID, "DEFAULT", new College("G-" + ID, "学院"), "专业群", "产业",
                "平台", List.of(new EnterpriseParty("E1", "甲企业", "91320000MA1XXXXXXX")), PLAN));
        platform.on(new PlatformApprovedEvent(ID, 1, LocalDate.of(2020, 3, 1), LocalDate.of(2023, 3, 1), PLAN,
                "苏教职〔2020〕1号"));
        return platform;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
