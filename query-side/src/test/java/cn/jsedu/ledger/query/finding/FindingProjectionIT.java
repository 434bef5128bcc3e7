package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.kernel.event.FindingClosedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingReopenedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link FindingProjection} on a real read model: a finding recorded, answered, closed, reopened; overdue warnings. */
class FindingProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final LocalDate DEADLINE = LocalDate.of(2022, 9, 30);
    private static final String HASH = "ab".repeat(32);

    private final PlatformStory js = PlatformStory.of("JS-001");

    @BeforeEach
    void approved() {
        js.declared();
        js.approved("2020-03-01");
        readModels.project(js.events());
    }

    private FindingQueries findings() {
        return readModels.bean(FindingQueries.class);
    }

    private DomainEventMessage<?> recorded(String findingId, LocalDate deadline) {
        return js.by("auditor", "AUDITOR").at("2022-06-01T02:00:00Z").record(new FindingRecordedEvent("JS-001",
                findingId, FindingCategory.PROCUREMENT, "设备采购未履行招标程序", List.of("EV-1"), List.of(HASH), deadline));
    }

    @Test
    void aRecordedFindingIsOpenWithWhatTheAuditorCitedAndIsOverdueAfterItsDeadline() {
        DomainEventMessage<?> recorded = recorded("F-1", DEADLINE);
        readModels.project(recorded);

        FindingsView before = findings().ofPlatform("JS-001", DEADLINE);
        assertThat(before.open()).isEqualTo(1);
        assertThat(before.warnings()).isEmpty();
        FindingView finding = before.findings().get(0);
        assertThat(finding).extracting(FindingView::findingId, FindingView::category, FindingView::categoryName,
                        FindingView::evidenceEventIds, FindingView::documents, FindingView::status, FindingView::overdue,
                        FindingView::recordedBy, FindingView::recordedAt, FindingView::eventId)
                .containsExactly("F-1", FindingCategory.PROCUREMENT, "采购管理", List.of("EV-1"), List.of(HASH),
                        FindingStatus.OPEN, false, "auditor", recorded.getTimestamp(), recorded.getIdentifier());

        FindingsView after = findings().ofPlatform("JS-001", DEADLINE.plusDays(3));
        assertThat(after.findings().get(0).overdue()).isTrue();
        assertThat(after.warnings()).extracting(FindingsView.Warning::findingId, FindingsView.Warning::daysOverdue)
                .containsExactly(tuple("F-1", 3L));
        assertThat(after.warnings().get(0).message()).contains("F-1").contains("逾期 3 天");
        assertThat(findings().overdue(DEADLINE.plusDays(3))).extracting(FindingsView.Warning::platformId)
                .containsExactly("JS-001");
        assertThat(findings().overdue(DEADLINE)).isEmpty();
    }

    @Test
    void anAnsweredFindingIsNoLongerOverdueButStillOpenUntilClosed() {
        DomainEventMessage<?> answered = js.by("college-wx", "COLLEGE_OFFICER").at("2022-09-01T02:00:00Z")
                .record(new RectificationSubmittedEvent("JS-001", "F-1", "已补办招标手续", List.of(HASH)));
        readModels.project(recorded("F-1", DEADLINE), answered);
        FindingsView view = findings().ofPlatform("JS-001", DEADLINE.plusDays(10));
        assertThat(view.open()).isEqualTo(1);
        assertThat(view.warnings()).isEmpty();
        assertThat(view.findings().get(0).status()).isEqualTo(FindingStatus.ANSWERED);
        assertThat(view.findings().get(0).rectification()).isEqualTo(new FindingView.Rectification("已补办招标手续",
                List.of(HASH), "college-wx", answered.getTimestamp()));
        assertThat(findings().overdue(DEADLINE.plusDays(10))).isEmpty();

        DomainEventMessage<?> closed = js.by("admin1", "PROVINCE_ADMIN").at("2022-09-05T02:00:00Z")
                .record(new FindingClosedEvent("JS-001", "F-1", "整改到位"));
        readModels.project(closed);
        FindingsView closedView = findings().ofPlatform("JS-001", DEADLINE.plusDays(10));
        assertThat(closedView.open()).isZero();
        assertThat(closedView.findings().get(0).closure())
                .isEqualTo(new FindingView.Closure("整改到位", "admin1", closed.getTimestamp()));
    }

    @Test
    void aReopenedFindingIsOpenAgainWithItsNewDeadlineAndTheReason() {
        readModels.project(recorded("F-1", DEADLINE),
                js.record(new RectificationSubmittedEvent("JS-001", "F-1", "已整改", List.of())),
                js.record(new FindingClosedEvent("JS-001", "F-1", "整改到位")),
                js.record(new FindingReopenedEvent("JS-001", "F-1", "复查发现问题", DEADLINE.plusMonths(2))));
        FindingView finding = findings().ofPlatform("JS-001", DEADLINE.plusDays(1)).findings().get(0);
        assertThat(finding).extracting(FindingView::status, FindingView::deadline, FindingView::overdue,
                        FindingView::reopenedCount, FindingView::reopenReason, FindingView::closure)
                .containsExactly(FindingStatus.OPEN, DEADLINE.plusMonths(2), false, 1, "复查发现问题", null);
        assertThat(findings().ofPlatform("JS-001", DEADLINE.plusMonths(2).plusDays(1)).warnings()).hasSize(1);
    }

    @Test
    void eachPlatformSeesOnlyItsOwnFindings() {
        PlatformStory other = PlatformStory.of("JS-002");
        other.declared();
        other.approved("2020-03-01");
        other.record(new FindingRecordedEvent("JS-002", "F-9", FindingCategory.OTHER, "x", List.of(), List.of(),
                DEADLINE));
        readModels.project(recorded("F-1", DEADLINE));
        readModels.project(other.events());
        assertThat(findings().ofPlatform("JS-001", DEADLINE).findings()).extracting(FindingView::findingId)
                .containsExactly("F-1");
        assertThat(findings().overdue(DEADLINE.plusDays(1))).extracting(FindingsView.Warning::platformId)
                .containsExactly("JS-001", "JS-002");
    }
}
