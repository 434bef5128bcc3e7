package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeFoldTest {

    private static final String P = "TRAINING-2016";
    private static final ProgrammeParameters PLAN = ProgrammeParameters.defaults();
    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aProgrammeIsProposedThenEstablishedOrWithdrawn() {
        ProgrammeStatus proposed = ProgrammeFold.status(null, new ProgrammeProposedEvent(P, "PR-1", "admin1", "n", PLAN));
        assertThat(proposed).isEqualTo(ProgrammeStatus.PROPOSED);
        assertThat(ProgrammeFold.status(proposed, new ProgrammeEstablishedEvent(P, "n", PLAN)))
                .isEqualTo(ProgrammeStatus.ESTABLISHED);
        assertThat(ProgrammeFold.status(proposed, new ProgrammeProposalWithdrawnEvent(P, "PR-1",
                ProposalKind.PROGRAMME_ESTABLISHMENT, "admin1", "r"))).isEqualTo(ProgrammeStatus.WITHDRAWN);
        // a withdrawn rule change leaves an established programme as it is
        assertThat(ProgrammeFold.status(ProgrammeStatus.ESTABLISHED, new ProgrammeProposalWithdrawnEvent(P, "PR-2",
                ProposalKind.PARAMETER_CHANGE, "admin1", "r"))).isEqualTo(ProgrammeStatus.ESTABLISHED);
        assertThat(ProgrammeStatus.ESTABLISHED.isEstablished()).isTrue();
        assertThat(ProgrammeStatus.PROPOSED.isEstablished()).isFalse();
    }

    @Test
    void theTimelineBeginsWithTheEstablishmentAndGrowsByApprovedChangesOnly() {
        ParameterChanges quarter = new ParameterChanges(null, new Share(1, 4), null, null, null, null, null, null, null,
                null, null, null, null, null);
        ParameterTimeline none = ProgrammeFold.timeline(null, new ProgrammeProposedEvent(P, "PR-1", "admin1", "n", PLAN), AT);
        assertThat(none).isNull();
        ParameterTimeline established = ProgrammeFold.timeline(none, new ProgrammeEstablishedEvent(P, "n", PLAN), AT);
        assertThat(established).isEqualTo(ParameterTimeline.of(PLAN));
        ParameterTimeline proposed = ProgrammeFold.timeline(established, new ParameterChangeProposedEvent(P, "PR-2",
                "admin1", new ProposedParameterChange(LocalDate.of(2026, 7, 1), quarter, "r", "d")), AT);
        assertThat(proposed).as("a proposal changes no rule").isEqualTo(established);
        ParameterTimeline changed = ProgrammeFold.timeline(proposed, new ProgrammeParametersChangedEvent(P,
                LocalDate.of(2026, 7, 1), quarter, "r", "d"), AT);
        assertThat(changed.changes()).containsExactly(new ParameterTimeline.Change(LocalDate.of(2026, 7, 1), AT, quarter));
    }
}
