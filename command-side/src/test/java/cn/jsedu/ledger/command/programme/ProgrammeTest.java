package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.ParameterChangeProposedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeParametersChangedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposedEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.command.support.Refusals.refusedWith;

/**
 * A programme and its rules (ADR 0019): established and changed only by a proposal of one administrator approved by
 * another, a change effective no earlier than January 1 of the year it is recorded in, every parameter valid.
 */
class ProgrammeTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String P = "TRAINING-2016";
    private static final ProgrammeId PROGRAMME = ProgrammeId.of(P);
    private static final ProgrammeParameters PLAN = ProgrammeParameters.defaults();
    /** "Today" of these tests: the open year is 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private static AggregateTestFixture<Programme> fixture(LocalDate today) {
        AggregateTestFixture<Programme> fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource(Clock.fixed(today.atStartOfDay(CHINA).plusHours(10).toInstant(), CHINA));
        fixture.registerAnnotatedCommandHandler(new ProgrammeEstablishment(fixture.getRepository()));
        return fixture;
    }

    private static AggregateTestFixture<Programme> fixture() {
        return fixture(TODAY);
    }

    private static ParameterChanges share(Share share) {
        return new ParameterChanges(null, share, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ParameterChanges tolerance(int points) {
        return new ParameterChanges(null, null, null, null, null, null, null, null, null, null, points, null, null, null);
    }

    private static ProgrammeProposedEvent proposed() {
        return new ProgrammeProposedEvent(P, "PR-1", "admin1", "2016年度实训基地", PLAN);
    }

    private static ProgrammeEstablishedEvent established() {
        return new ProgrammeEstablishedEvent(P, "2016年度实训基地", PLAN);
    }

    private static ParameterChangeProposedEvent changeProposed(String proposalId, LocalDate from, ParameterChanges c) {
        return new ParameterChangeProposedEvent(P, proposalId, "admin1", new ProposedParameterChange(from, c, "r", "文-1"));
    }

    private static EventMessage<?> withBothPeople(Object payload, String proposalId) {
        return GenericEventMessage.asEventMessage(payload).withMetaData(Map.of(EventMetadataKeys.PROPOSED_BY, "admin1",
                EventMetadataKeys.APPROVED_BY, "admin2", EventMetadataKeys.PROPOSAL_ID, proposalId));
    }

    @Test
    void aProgrammeIsProposedByOneAdministratorAndEstablishedByAnother() {
        fixture().givenNoPriorActivity()
                .when(new ProposeProgrammeCommand(PROGRAMME, "PR-1", "admin1", "2016年度实训基地", PLAN))
                .expectEvents(proposed())
                .expectResultMessagePayload(cn.jsedu.ledger.command.platform.CommandResult.ofProgramme(P, "PR-1", 0));
        fixture().given(proposed())
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-1", "admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED, "approvedBy")).expectNoEvents();
        fixture().given(proposed())
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-1", "admin2"))
                .expectEvents(withBothPeople(established(), "PR-1"), withBothPeople(new ProgrammeProposalApprovedEvent(P,
                        "PR-1", ProposalKind.PROGRAMME_ESTABLISHMENT, "admin1", "admin2"), "PR-1"));
    }

    @Test
    void aProgrammeNotEstablishedTakesNoRuleChange() {
        fixture().given(proposed())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", JULY, share(new Share(1, 4)), "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_STATE)).expectNoEvents();
        fixture().given(proposed(), new ProgrammeProposalWithdrawnEvent(P, "PR-1", ProposalKind.PROGRAMME_ESTABLISHMENT,
                        "admin1", "重复"))
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL)).expectNoEvents();
    }

    @Test
    void theDefaultProgrammeIsEstablishedFromThePlanWithoutAProposal() {
        fixture().givenNoPriorActivity()
                .when(new EstablishDefaultProgrammeCommand("江苏省计划", PLAN))
                .expectEvents(new ProgrammeEstablishedEvent(ProgrammeId.DEFAULT.value(), "江苏省计划", PLAN));
    }

    @Test
    void aRuleChangeIsProposedThenApprovedByAnotherAdministrator() {
        ParameterChanges quarter = share(new Share(1, 4));
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", JULY, quarter, "r", "文-1"))
                .expectEvents(changeProposed("PR-2", JULY, quarter));
        fixture().given(proposed(), established(), changeProposed("PR-2", JULY, quarter))
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-2", "admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED, "approvedBy")).expectNoEvents();
        fixture().given(proposed(), established(), changeProposed("PR-2", JULY, quarter))
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-2", "admin2"))
                .expectEvents(withBothPeople(new ProgrammeParametersChangedEvent(P, JULY, quarter, "r", "文-1"), "PR-2"),
                        withBothPeople(new ProgrammeProposalApprovedEvent(P, "PR-2", ProposalKind.PARAMETER_CHANGE,
                                "admin1", "admin2"), "PR-2"));
    }

    @Test
    void aRuleChangeTakesEffectNoEarlierThanTheStartOfTheYearItIsRecordedIn() {
        ParameterChanges quarter = share(new Share(1, 4));
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", LocalDate.of(2025, 12, 31), quarter,
                        "r", "d"))
                .expectException(refusedWith(ErrorCode.EFFECTIVE_DATE_IN_CLOSED_YEAR, "effectiveFrom")).expectNoEvents();
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", LocalDate.of(2026, 1, 1), quarter,
                        "r", "d"))
                .expectSuccessfulHandlerExecution();
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", LocalDate.of(2030, 1, 1), quarter,
                        "r", "d"))
                .expectSuccessfulHandlerExecution();
        // proposed in December for December, approved in January: the year has closed meanwhile
        fixture(LocalDate.of(2027, 1, 4)).given(proposed(), established(),
                        changeProposed("PR-2", LocalDate.of(2026, 12, 1), quarter))
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-2", "admin2"))
                .expectException(refusedWith(ErrorCode.EFFECTIVE_DATE_IN_CLOSED_YEAR, "effectiveFrom")).expectNoEvents();
    }

    @Test
    void invalidValuesAreRefusedNamingTheParameter() {
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", JULY, share(new Share(0, 3)), "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_PARAMETER, "parameters.minimumEnterpriseShare"));
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", JULY, tolerance(101), "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_PARAMETER, "parameters.arrivalTolerancePercent"));
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", JULY, ParameterChanges.NONE, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_PARAMETER, "parameters"));
        ParameterChanges noBatches = new ParameterChanges(null, null, null, Map.of(), null, null, null, null, null, null,
                null, null, null, null);
        fixture().given(proposed(), established())
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-2", "admin1", JULY, noBatches, "r", "d"))
                .expectException(refusedWith(ErrorCode.INVALID_PARAMETER, "parameters.batchStartYears"));
    }

    @Test
    void aChangeIsCheckedAgainstTheChangesRecordedAfterItWasProposed() {
        // task 8 dropped from July; meanwhile (proposed earlier, approved now) a change making it optional from 2027 is
        // fine, but one making all eight mandatory from 2027 while a later approved change lists 8 as optional is not
        ParameterChanges eightOptional = new ParameterChanges(null, null, null, null, null, null, null, null, List.of(8),
                null, null, null, null, null);
        ParameterChanges eightMandatory = new ParameterChanges(null, null, null, null, null, null, null,
                List.of(1, 2, 3, 4, 5, 6, 7, 8), null, null, null, null, null, null);
        ParameterChanges noOptional = new ParameterChanges(null, null, null, null, null, null, null, null, List.of(),
                null, null, null, null, null);
        fixture().given(proposed(), established(),
                        new ProgrammeParametersChangedEvent(P, JULY, noOptional, "r", "d"),
                        changeProposed("PR-3", LocalDate.of(2027, 1, 1), eightMandatory),
                        new ProgrammeParametersChangedEvent(P, LocalDate.of(2028, 1, 1), eightOptional, "r", "d"))
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-3", "admin2"))
                .expectException(refusedWith(ErrorCode.INVALID_PARAMETER, "parameters.optionalTasks")).expectNoEvents();
    }

    @Test
    void proposalIdsAreNeverReusedAndOnlyPendingOnesAreApprovedOrWithdrawn() {
        ParameterChanges quarter = share(new Share(1, 4));
        fixture().given(proposed(), established(), changeProposed("PR-2", JULY, quarter))
                .when(new ProposeParameterChangeCommand(PROGRAMME, "PR-1", "admin1", JULY, quarter, "r", "d"))
                .expectException(refusedWith(ErrorCode.ID_ALREADY_USED, "proposalId"));
        fixture().given(proposed(), established())
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-9", "admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL, "proposalId"));
        fixture().given(proposed(), established(), changeProposed("PR-2", JULY, quarter))
                .when(new WithdrawProgrammeProposalCommand(PROGRAMME, "PR-2", "admin1", "文件未印发"))
                .expectEvents(new ProgrammeProposalWithdrawnEvent(P, "PR-2", ProposalKind.PARAMETER_CHANGE, "admin1",
                        "文件未印发"));
        fixture().given(proposed(), established(), changeProposed("PR-2", JULY, quarter),
                        new ProgrammeProposalWithdrawnEvent(P, "PR-2", ProposalKind.PARAMETER_CHANGE, "admin1", "r"))
                .when(new ApproveProgrammeProposalCommand(PROGRAMME, "PR-2", "admin2"))
                .expectException(refusedWith(ErrorCode.UNKNOWN_PROPOSAL)).expectNoEvents();
    }

    @Test
    void metadataOfAnApprovalNamesBothPeople() {
        // the same keys the platform's four eyes writes
        MetaData both = cn.jsedu.ledger.command.foureyes.FourEyes.approvalMetaData("PR-2",
                new ProgrammeProposal.ParameterChange("admin1", null), "admin2");
        org.assertj.core.api.Assertions.assertThat(both).containsEntry(EventMetadataKeys.PROPOSED_BY, "admin1")
                .containsEntry(EventMetadataKeys.APPROVED_BY, "admin2").containsEntry(EventMetadataKeys.PROPOSAL_ID, "PR-2");
    }
}
