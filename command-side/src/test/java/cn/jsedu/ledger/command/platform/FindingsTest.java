package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceOverrideProposedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.FindingClosedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingReopenedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.END;
import static cn.jsedu.ledger.command.platform.TestPlatforms.ID;
import static cn.jsedu.ledger.command.platform.TestPlatforms.PLATFORM;
import static cn.jsedu.ledger.command.platform.TestPlatforms.TODAY;
import static cn.jsedu.ledger.command.platform.TestPlatforms.approved;
import static cn.jsedu.ledger.command.platform.TestPlatforms.declared;

/** Audit findings and their rectification (docs/domain.md §8): every rule, its failure path included. */
class FindingsTest {

    private static final DocumentHash AUDIT_REPORT = DocumentHash.of("audit".getBytes(StandardCharsets.UTF_8));
    private static final DocumentHash RECEIPT = DocumentHash.of("receipt".getBytes(StandardCharsets.UTF_8));
    private static final LocalDate DEADLINE = TODAY.plusDays(30);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create(new KnownEvidence().event(ID, "EV-7").document(ID, AUDIT_REPORT.value())
                .document(ID, RECEIPT.value()).event("JS-OTHER", "EV-9"));
    }

    private static RecordFindingCommand finding(String id, List<String> events, List<DocumentHash> documents,
                                                LocalDate deadline) {
        return new RecordFindingCommand(PLATFORM, id, FindingCategory.FUND_USE, "设备采购未履行招标程序", events,
                documents, deadline);
    }

    private static FindingRecordedEvent recorded(String id) {
        return new FindingRecordedEvent(ID, id, FindingCategory.FUND_USE, "设备采购未履行招标程序", List.of("EV-7"),
                List.of(AUDIT_REPORT.value()), DEADLINE);
    }

    private static RectificationSubmittedEvent answered(String id) {
        return new RectificationSubmittedEvent(ID, id, "已补办招标手续", List.of(RECEIPT.value()));
    }

    @Test
    void anAuditorRecordsAFindingCitingEventsAndDocuments() {
        fixture.given(declared(), approved())
                .when(finding("F-1", List.of("EV-7"), List.of(AUDIT_REPORT), DEADLINE))
                .expectEvents(recorded("F-1"))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "F-1", 2));
    }

    @Test
    void refusesAFindingOnAPlatformNeverApproved() {
        fixture.given(declared())
                .when(finding("F-1", List.of(), List.of(), DEADLINE))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
    }

    @Test
    void refusesAReusedFindingId() {
        fixture.given(declared(), approved(), recorded("F-1"))
                .when(finding("F-1", List.of(), List.of(), DEADLINE))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "findingId"));
    }

    @Test
    void refusesAnEventOfAnotherPlatformOrNoneAndAnUnknownDocument() {
        fixture.given(declared(), approved())
                .when(finding("F-1", List.of("EV-7", "EV-9"), List.of(), DEADLINE))
                .expectException(refusedWith(ErrorCode.UNKNOWN_EVIDENCE_EVENT, "evidenceEventIds[1]"));
        fixture.given(declared(), approved())
                .when(finding("F-1", List.of(), List.of(DocumentHash.of(new byte[] {1})), DEADLINE))
                .expectException(refusedWith(ErrorCode.UNKNOWN_DOCUMENT, "documents[0]"));
    }

    @Test
    void refusesADeadlineBeforeToday() {
        fixture.given(declared(), approved())
                .when(finding("F-1", List.of(), List.of(), TODAY.minusDays(1)))
                .expectException(refusedWith(ErrorCode.FINDING_DEADLINE_PASSED, "deadline"));
        fixture.given(declared(), approved())
                .when(finding("F-1", List.of(), List.of(), TODAY))
                .expectSuccessfulHandlerExecution();
        // an audit after the settlement window still sets a deadline
        fixture.given(declared(), approved())
                .when(finding("F-1", List.of(), List.of(), END.plusMonths(24).plusDays(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theCollegeAnswersAnOpenFindingOnce() {
        fixture.given(declared(), approved(), recorded("F-1"))
                .when(new SubmitRectificationCommand(PLATFORM, "F-1", "已补办招标手续", List.of(RECEIPT)))
                .expectEvents(answered("F-1"));
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"))
                .when(new SubmitRectificationCommand(PLATFORM, "F-1", "again", List.of()))
                .expectException(refusedWith(ErrorCode.FINDING_NOT_OPEN, "findingId"));
    }

    @Test
    void refusesAnAnswerToAnUnknownFindingOrCitingAnUnknownDocument() {
        fixture.given(declared(), approved())
                .when(new SubmitRectificationCommand(PLATFORM, "F-9", "x", List.of()))
                .expectException(refusedWith(ErrorCode.UNKNOWN_FINDING, "findingId"));
        fixture.given(declared(), approved(), recorded("F-1"))
                .when(new SubmitRectificationCommand(PLATFORM, "F-1", "x", List.of(DocumentHash.of(new byte[] {2}))))
                .expectException(refusedWith(ErrorCode.UNKNOWN_DOCUMENT, "documents[0]"));
    }

    @Test
    void theDepartmentClosesOnlyAnAnsweredFinding() {
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"))
                .when(new CloseFindingCommand(PLATFORM, "F-1", "整改到位"))
                .expectEvents(new FindingClosedEvent(ID, "F-1", "整改到位"));
        fixture.given(declared(), approved(), recorded("F-1"))
                .when(new CloseFindingCommand(PLATFORM, "F-1", "整改到位"))
                .expectException(refusedWith(ErrorCode.FINDING_NOT_ANSWERED, "findingId"));
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"), new FindingClosedEvent(ID, "F-1", "r"))
                .when(new CloseFindingCommand(PLATFORM, "F-1", "again"))
                .expectException(refusedWith(ErrorCode.FINDING_NOT_ANSWERED, "findingId"));
        fixture.given(declared(), approved())
                .when(new CloseFindingCommand(PLATFORM, "F-9", "x"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_FINDING, "findingId"));
    }

    @Test
    void theDepartmentReopensAnAnsweredOrClosedFindingWithANewDeadline() {
        LocalDate newDeadline = TODAY.plusDays(60);
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"))
                .when(new ReopenFindingCommand(PLATFORM, "F-1", "整改不彻底", newDeadline))
                .expectEvents(new FindingReopenedEvent(ID, "F-1", "整改不彻底", newDeadline));
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"), new FindingClosedEvent(ID, "F-1", "r"))
                .when(new ReopenFindingCommand(PLATFORM, "F-1", "复查发现问题", newDeadline))
                .expectEvents(new FindingReopenedEvent(ID, "F-1", "复查发现问题", newDeadline));
        // reopened: the college answers again
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"),
                        new FindingReopenedEvent(ID, "F-1", "整改不彻底", newDeadline))
                .when(new SubmitRectificationCommand(PLATFORM, "F-1", "已全部整改", List.of()))
                .expectEvents(new RectificationSubmittedEvent(ID, "F-1", "已全部整改", List.of()));
    }

    @Test
    void refusesToReopenAnOpenOrUnknownFindingOrWithAPassedDeadline() {
        fixture.given(declared(), approved(), recorded("F-1"))
                .when(new ReopenFindingCommand(PLATFORM, "F-1", "x", TODAY.plusDays(5)))
                .expectException(refusedWith(ErrorCode.FINDING_ALREADY_OPEN, "findingId"));
        fixture.given(declared(), approved())
                .when(new ReopenFindingCommand(PLATFORM, "F-9", "x", TODAY.plusDays(5)))
                .expectException(refusedWith(ErrorCode.UNKNOWN_FINDING, "findingId"));
        fixture.given(declared(), approved(), recorded("F-1"), answered("F-1"))
                .when(new ReopenFindingCommand(PLATFORM, "F-1", "x", TODAY.minusDays(1)))
                .expectException(refusedWith(ErrorCode.FINDING_DEADLINE_PASSED, "deadline"));
    }

    @Test
    void anOpenOrAnsweredFindingBlocksTheAcceptanceRequestAClosedOneDoesNot() {
        // a platform whose readiness checklist is READY (ADR 0022), so that only its findings decide
        fixture.given(ReadyPlatform.historyAnd(recorded("F-1")))
                .when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.FINDINGS_UNRESOLVED, "findings"));
        fixture.given(ReadyPlatform.historyAnd(recorded("F-1"), answered("F-1")))
                .when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.FINDINGS_UNRESOLVED, "findings"));
        fixture.given(ReadyPlatform.historyAnd(recorded("F-1"), answered("F-1"), new FindingClosedEvent(ID, "F-1", "r")))
                .when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectEvents(new AcceptanceRequestedEvent(ID, END));
        fixture.given(ReadyPlatform.historyAnd(recorded("F-1"), answered("F-1"), new FindingClosedEvent(ID, "F-1", "r"),
                        new FindingReopenedEvent(ID, "F-1", "复查", DEADLINE)))
                .when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.FINDINGS_UNRESOLVED, "findings"));
    }

    @Test
    void anOverrideOfTheReadinessGateDoesNotWaiveAFinding() {
        AcceptanceOverrideProposedEvent override = new AcceptanceOverrideProposedEvent(ID, "PR-1", "admin1",
                new ProposedAcceptanceOverride(END, "报告延迟，同意验收"));
        fixture.given(declared(), approved(), override, recorded("F-1"))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.FINDINGS_UNRESOLVED, "findings")).expectNoEvents();
        fixture.given(declared(), approved(), override, recorded("F-1"), answered("F-1"),
                        new FindingClosedEvent(ID, "F-1", "r"))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectSuccessfulHandlerExecution();
    }
}
