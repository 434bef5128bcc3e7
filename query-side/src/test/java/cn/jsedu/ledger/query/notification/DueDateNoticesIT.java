package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.enterprise.EnterpriseQueries;
import cn.jsedu.ledger.query.finding.FindingQueries;
import cn.jsedu.ledger.query.inbox.Inbox;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.round.MissingPanelScores;
import cn.jsedu.ledger.query.round.RoundQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Overdue reports and construction periods ending become notifications once per platform and period, and only those
 * that fell due (or entered the last 90 days of construction) after the outbox existed: JS-401 (built 2020-03-01 to
 * 2023-03-01) has submitted nothing; on 2023-01-10 with the outbox started 2022-07-01, 2022H1 (due 2022-07-31) is
 * announced to the college, and the construction ending on 2023-03-01 (its last 90 days from 2022-12-01) to the
 * college and to the administrators.
 */
class DueDateNoticesIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final Clock TODAY = Clock.fixed(Instant.parse("2023-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private DueDateNotices notices;

    @BeforeEach
    void aPlatformWithoutReports() {
        PlatformStory js = PlatformStory.of("JS-401");
        js.declared();
        js.approved("2020-03-01");
        readModels.project(js.events());
        readModels.jdbc().update("INSERT INTO read_model.notification_start (started_at) VALUES (?::timestamptz)",
                "2022-07-01T00:00:00+08:00");
        Inbox inbox = new Inbox(readModels.bean(PlatformQueries.class), readModels.bean(ProgrammeQueries.class),
                readModels.bean(ReportingRepository.class), readModels.bean(ProposalQueries.class),
                readModels.bean(FindingQueries.class), readModels.bean(ContributionRepository.class),
                readModels.bean(EnterpriseQueries.class), readModels.bean(RoundQueries.class),
                readModels.bean(MissingPanelScores.class), TODAY);
        notices = new DueDateNotices(inbox, new Outbox(readModels.jdbc()), TODAY, Duration.ZERO);
    }

    @Test
    void eachOverdueReportAndConstructionEndingSinceTheOutboxExistedIsAnnouncedOnce() {
        assertThat(notices.check()).isEqualTo(3);
        assertThat(notices.check()).as("looking again").isZero();

        assertThat(readModels.rows("""
                SELECT notification_id, kind, platform_id, ref, audience_role, sent_at FROM read_model.notification_outbox
                ORDER BY notification_id"""))
                .containsExactly(
                        tuple("CONSTRUCTION_ENDING:JS-401:2023-03-01:COLLEGE_OFFICER", "CONSTRUCTION_ENDING", "JS-401",
                                "2023-03-01", "COLLEGE_OFFICER", null),
                        tuple("CONSTRUCTION_ENDING:JS-401:2023-03-01:PROVINCE_ADMIN", "CONSTRUCTION_ENDING", "JS-401",
                                "2023-03-01", "PROVINCE_ADMIN", null),
                        tuple("REPORT_OVERDUE:JS-401:2022H1", "REPORT_OVERDUE", "JS-401", "2022H1",
                                "COLLEGE_OFFICER", null));
    }

    @Test
    void aConstructionPeriodWhoseLastDaysBeganBeforeTheOutboxExistedIsNotAnnounced() {
        // started 2022-12-15: JS-401's last 90 days began 2022-12-01, 2022H1 fell due 2022-07-31; both in the inbox only
        readModels.jdbc().update("UPDATE read_model.notification_start SET started_at = ?::timestamptz",
                "2022-12-15T00:00:00+08:00");
        assertThat(notices.check()).isZero();
    }
}
