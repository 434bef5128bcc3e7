package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionExtendedEvent;
import cn.jsedu.ledger.kernel.event.ExtensionProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;

/** 延期 (ADR 0022): a four-eyes decision with a new end and a reason; every window made from the end follows it. */
class ExtensionTest {

    private static final LocalDate NEW_END = END.plusMonths(6);
    private static final String WHY = "疫情影响施工";
    private static final String REF = "苏教职〔2023〕延1号";

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static ExtendConstructionCommand extend(LocalDate newEnd, String reason) {
        return new ExtendConstructionCommand(PLATFORM, "PR-1", "admin1", newEnd, reason, REF);
    }

    private static ExtensionProposedEvent proposed(LocalDate newEnd) {
        return new ExtensionProposedEvent(ID, "PR-1", "admin1", new ProposedExtension(newEnd, WHY, REF));
    }

    private static ConstructionExtendedEvent extended() {
        return new ConstructionExtendedEvent(ID, END, NEW_END, WHY, REF);
    }

    @Test
    void proposesAnExtension() {
        fixture.given(declared(), approved()).when(extend(NEW_END, WHY)).expectEvents(proposed(NEW_END));
    }

    @Test
    void anotherAdministratorApprovesTheExtension() {
        fixture.given(declared(), approved(), proposed(NEW_END))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectEvents(extended(),
                        new ProposalApprovedEvent(ID, "PR-1", ProposalKind.CONSTRUCTION_EXTENSION, "admin1", "admin2"));
    }

    @Test
    void refusesAnExtensionApprovedByItsProposer() {
        fixture.given(declared(), approved(), proposed(NEW_END))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED)).expectNoEvents();
    }

    @Test
    void refusesANewEndNotLaterThanTheEndInForce() {
        fixture.given(declared(), approved()).when(extend(END, WHY))
                .expectException(refusedWith(ErrorCode.EXTENSION_NOT_LATER, "newEnd")).expectNoEvents();
        fixture.given(declared(), approved(), extended()).when(extend(NEW_END.minusDays(1), WHY))
                .expectException(refusedWith(ErrorCode.EXTENSION_NOT_LATER, "newEnd")).expectNoEvents();
    }

    @Test
    void refusesANewEndOutsideTheProgramme() {
        fixture.given(declared(), approved()).when(extend(LocalDate.of(2040, 1, 1), WHY))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "newEnd")).expectNoEvents();
    }

    @Test
    void refusesAnExtensionWithoutAReason() {
        fixture.given(declared(), approved()).when(extend(NEW_END, ""))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED, "reason")).expectNoEvents();
    }

    @Test
    void refusesAnExtensionOfAPlatformNotUnderConstruction() {
        fixture.given(declared()).when(extend(NEW_END, WHY))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
        fixture.given(ReadyPlatform.historyAnd(new AcceptanceRequestedEvent(ID, END))).when(extend(NEW_END, WHY))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
        fixture.given(declared(), approved(), terminated()).when(extend(NEW_END, WHY))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED)).expectNoEvents();
    }

    @Test
    void anExtensionIsCheckedAgainWhenApproved() {
        ExtensionProposedEvent later = new ExtensionProposedEvent(ID, "PR-2", "admin2",
                new ProposedExtension(NEW_END.plusMonths(1), WHY, REF));
        fixture.given(declared(), approved(), proposed(NEW_END), later,
                        new ConstructionExtendedEvent(ID, END, NEW_END.plusMonths(1), WHY, REF),
                        new ProposalApprovedEvent(ID, "PR-2", ProposalKind.CONSTRUCTION_EXTENSION, "admin2", "admin1"))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.EXTENSION_NOT_LATER)).expectNoEvents();
    }

    @Test
    void moneyEntriesFollowTheExtendedEnd() {
        AggregateTestFixture<Platform> late = PlatformFixture.create(NEW_END.plusDays(10));
        late.given(declared(), approved(), agreementWithE1AndE2())
                .when(recordInstallment("I1", COLLEGE, "1.00", END.plusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "effectiveDate")).expectNoEvents();
        late.given(declared(), approved(), agreementWithE1AndE2(), extended())
                .when(recordInstallment("I1", COLLEGE, "1.00", NEW_END))
                .expectSuccessfulHandlerExecution();
        late.given(declared(), approved(), agreementWithE1AndE2(), extended())
                .when(recordInstallment("I1", COLLEGE, "1.00", NEW_END.plusDays(1)))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "effectiveDate")).expectNoEvents();
    }

    @Test
    void theAcceptanceWindowFollowsTheExtendedEnd() {
        fixture.given(ReadyPlatform.historyAnd(extended())).when(new RequestAcceptanceCommand(PLATFORM, END))
                .expectException(refusedWith(ErrorCode.ACCEPTANCE_TOO_EARLY, "requestedOn")).expectNoEvents();
    }
}
