package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.money.Money;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import cn.jsedu.ledger.query.support.PlatformStory;

import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;

/**
 * A platform that is READY for acceptance on 2023-03-01, built from 2020-03-01: 30,000,000.00 in place of which
 * exactly a third from the enterprises, every half-year report on time with a third of the workstations offered, every
 * mandatory indicator met (reported in 2022H1), an agreement signed, both contributions confirmed by their
 * enterprises. Each {@code with…} spoils one item.
 */
record ReadyPlatform(boolean signed, String collegeCash, String e2InKind, String mentorsReported, String periodNotReported,
                     int offeredIn2021H2, String disputed) {

    static final List<String> PERIODS = List.of("2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2");

    static ReadyPlatform ready() {
        return new ReadyPlatform(true, "10000000.00", "4000000.00", "30", null, 100, null);
    }

    ReadyPlatform withoutAgreement() {
        return new ReadyPlatform(false, collegeCash, e2InKind, mentorsReported, periodNotReported, offeredIn2021H2, disputed);
    }

    /** 30,000,000.00 in place, the enterprises' share of it one fen short of a third. */
    ReadyPlatform withEnterpriseOneFenShort() {
        return new ReadyPlatform(signed, "10000000.01", "3999999.99", mentorsReported, periodNotReported, offeredIn2021H2, disputed);
    }

    ReadyPlatform withMentorsReported(String value) {
        return new ReadyPlatform(signed, collegeCash, e2InKind, value, periodNotReported, offeredIn2021H2, disputed);
    }

    ReadyPlatform withoutReportFor(String period) {
        return new ReadyPlatform(signed, collegeCash, e2InKind, mentorsReported, period, offeredIn2021H2, disputed);
    }

    ReadyPlatform withOfferedIn2021H2(int offered) {
        return new ReadyPlatform(signed, collegeCash, e2InKind, mentorsReported, periodNotReported, offered, disputed);
    }

    /** The enterprise disputes contribution {@code entryId} instead of confirming it. */
    ReadyPlatform withDisputed(String entryId) {
        return new ReadyPlatform(signed, collegeCash, e2InKind, mentorsReported, periodNotReported, offeredIn2021H2,
                entryId);
    }

    /** Records the platform's events in {@code js}. */
    PlatformStory recordIn(PlatformStory js) {
        js.declared();
        js.approved("2020-03-01");
        if (signed) {
            js.agreementSigned("A-1", "2020-03-15");
        }
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "10000000.00", "2020-04-01");
        js.installment("I-2", FundingSource.COLLEGE, collegeCash, "2021-03-01");
        js.contribution("C-1", E1, ContributionForm.CASH, "6000000.00", "2020-05-01");
        js.contribution("C-2", E2, ContributionForm.EQUIPMENT, e2InKind, "2021-04-01");
        answer(js, "C-1", E1, "6000000.00");
        answer(js, "C-2", E2, e2InKind);
        js.taskBook(1, "T1-CORE-MODULES", "10", "T2-PRACTICE-POSITIONS", "200", "T3-INDUSTRY-MENTORS", "30",
                "T4-MODULAR-COURSES", "12", "T5-FOUR-TECH-REVENUE", "1500000.00", "T6-CREDIT-BANK", "true",
                "T7-INDUSTRY-COLLEGES", "1");
        for (String period : PERIODS) {
            if (period.equals(periodNotReported)) {
                continue;
            }
            int year = Integer.parseInt(period.substring(0, 4));
            String submittedOn = period.endsWith("H1") ? year + "-07-15" : (year + 1) + "-01-15";
            PlatformUsage usage = new PlatformUsage(300, period.equals("2021H2") ? offeredIn2021H2 : 100, 1200, 5000);
            if (period.equals("2022H1")) {
                js.report(period, 1, submittedOn, usage, List.of(), "T1-CORE-MODULES", "10", "T2-PRACTICE-POSITIONS",
                        "240", "T3-INDUSTRY-MENTORS", mentorsReported, "T4-MODULAR-COURSES", "12",
                        "T5-FOUR-TECH-REVENUE", "1800000.00", "T6-CREDIT-BANK", "true", "T7-INDUSTRY-COLLEGES", "2");
            } else {
                js.report(period, 1, submittedOn, usage, List.of());
            }
        }
        return js;
    }

    private void answer(PlatformStory js, String entryId, String partyId, String amount) {
        if (entryId.equals(disputed)) {
            js.record(new ContributionDisputedEvent(js.platformId(), entryId, partyId, null, Money.parse(amount), "未到位"));
        } else {
            js.record(new ContributionConfirmedEvent(js.platformId(), entryId, partyId, null, Money.parse(amount)));
        }
    }
}
