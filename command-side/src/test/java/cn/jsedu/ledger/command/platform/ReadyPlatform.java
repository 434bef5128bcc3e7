package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.report.PlatformUsage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;

/**
 * A platform whose readiness checklist is READY from the start of its readiness window (2022-12-01) on: 30,000,000.00
 * in place with a third from E1 (confirmed by E1), an agreement, a task book whose mandatory indicators are met, and
 * every half-year report on time with a third of the workstations offered.
 */
final class ReadyPlatform {

    static final LocalDate ARRIVED = LocalDate.of(2020, 6, 1);
    static final String CONTRIBUTION = "C1";

    private ReadyPlatform() {
    }

    /** Everything but the confirmation of contribution {@value #CONTRIBUTION}. */
    static List<PlatformEvent> unconfirmed() {
        List<PlatformEvent> events = new ArrayList<>(List.of(declared(), approved(), agreementWithE1AndE2(),
                installment("I1", PROVINCIAL_FINANCE, "10000000.00", ARRIVED),
                installment("I2", COLLEGE, "10000000.00", ARRIVED),
                contribution(CONTRIBUTION, E1, ContributionForm.CASH, "10000000.00", ARRIVED),
                new TaskBookSetEvent(ID, 1, IndicatorCatalogue.VERSION, ReportingTest.fullTargets(), null, "任务书")));
        for (String period : List.of("2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1")) {
            LocalDate end = period.endsWith("H1") ? LocalDate.of(Integer.parseInt(period.substring(0, 4)), 6, 30)
                    : LocalDate.of(Integer.parseInt(period.substring(0, 4)), 12, 31);
            events.add(new PeriodicReportSubmittedEvent(ID, period, 1, end.plusDays(10), List.of(),
                    new PlatformUsage(300, 100, 1200, 5000), ReportingTest.fullTargets()));
        }
        return events;
    }

    /** READY from 2022-12-01 on. */
    static List<PlatformEvent> history() {
        List<PlatformEvent> events = unconfirmed();
        events.add(confirmed());
        return events;
    }

    static ContributionConfirmedEvent confirmed() {
        return new ContributionConfirmedEvent(ID, CONTRIBUTION, E1, E1_CODE, yuan("10000000.00"));
    }

    /** {@code history} followed by {@code more}. */
    static List<PlatformEvent> historyAnd(PlatformEvent... more) {
        List<PlatformEvent> events = history();
        events.addAll(List.of(more));
        return events;
    }
}
