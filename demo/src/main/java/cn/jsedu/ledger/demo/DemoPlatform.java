package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.kernel.id.CreditCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One platform of the demo programme: who builds it, in which batch, and what happens to it ({@link Scenario}).
 * Thirty of them, ten per batch (construction from 1 March 2019, 2020 and 2021), with ids JS-101 … JS-310; the
 * college officer of platform n is {@code college-nn} (password {@code college-nn-demo}).
 */
record DemoPlatform(int index, String platformId, int batch, DemoCatalogue.College college, String collegeCode,
                    DemoCatalogue.Theme theme, String officer, Scenario scenario, boolean rewarded, Correction correction) {

    /** What the platform's story is, and whether it ends READY for acceptance. */
    enum Scenario {
        READY(true), ACCEPTED_EXCELLENT(true), ACCEPTED_PASSED(true), ACCEPTANCE_REQUESTED(true),
        MISSING_REPORT(false), INDICATOR_UNMET(false), WORKSTATIONS_LOW(false), ENTERPRISE_SHARE_LOW(false),
        TOTAL_LOW(false), SUSPENDED(false), TERMINATED(false);

        private final boolean ready;

        Scenario(boolean ready) {
            this.ready = ready;
        }

        boolean ready() {
            return ready;
        }
    }

    /** A recording error and its correction, to show corrections in the ledger. */
    enum Correction { NONE, INSTALLMENT_TYPO, DUPLICATE_EXPENDITURE }

    private static final Map<String, Scenario> SCENARIOS = Map.ofEntries(
            Map.entry("JS-101", Scenario.ACCEPTED_EXCELLENT), Map.entry("JS-102", Scenario.ACCEPTED_PASSED),
            Map.entry("JS-103", Scenario.ACCEPTED_PASSED), Map.entry("JS-104", Scenario.MISSING_REPORT),
            Map.entry("JS-105", Scenario.ACCEPTANCE_REQUESTED), Map.entry("JS-108", Scenario.SUSPENDED),
            Map.entry("JS-110", Scenario.INDICATOR_UNMET), Map.entry("JS-203", Scenario.INDICATOR_UNMET),
            Map.entry("JS-206", Scenario.ACCEPTED_PASSED), Map.entry("JS-207", Scenario.WORKSTATIONS_LOW),
            Map.entry("JS-209", Scenario.TERMINATED), Map.entry("JS-302", Scenario.ENTERPRISE_SHARE_LOW),
            Map.entry("JS-305", Scenario.MISSING_REPORT), Map.entry("JS-306", Scenario.TOTAL_LOW),
            Map.entry("JS-309", Scenario.ACCEPTANCE_REQUESTED));
    private static final Map<String, Correction> CORRECTIONS = Map.of(
            "JS-103", Correction.INSTALLMENT_TYPO, "JS-106", Correction.INSTALLMENT_TYPO,
            "JS-204", Correction.DUPLICATE_EXPENDITURE, "JS-303", Correction.DUPLICATE_EXPENDITURE);

    static List<DemoPlatform> programme() {
        List<DemoPlatform> platforms = new ArrayList<>();
        for (int i = 1; i <= DemoCatalogue.COLLEGES.size(); i++) {
            int batch = (i - 1) / 10 + 1;
            String id = "JS-" + batch + String.format("%02d", (i - 1) % 10 + 1);
            platforms.add(new DemoPlatform(i, id, batch, DemoCatalogue.COLLEGES.get(i - 1), collegeCode(i),
                    DemoCatalogue.THEMES.get((i - 1) % DemoCatalogue.THEMES.size()), String.format("college-%02d", i),
                    SCENARIOS.getOrDefault(id, Scenario.READY), id.equals("JS-101") || id.equals("JS-201"),
                    CORRECTIONS.getOrDefault(id, Correction.NONE)));
        }
        return platforms;
    }

    /** The first two are the README's and the local profile's colleges (college-wx, college-nj). */
    static String collegeCode(int index) {
        return switch (index) {
            case 1 -> "4132010850";
            case 2 -> "4132012345";
            default -> String.valueOf(4132013000L + index);
        };
    }

    /**
     * Whether a rewarded platform's reward is paid: JS-201's is decided but never paid, so that the provincial chain
     * shows a reward allocated and outstanding (REWARD_NOT_PAID) beside JS-101's, paid and arrived.
     */
    boolean rewardPaid() {
        return rewarded && !platformId.equals("JS-201");
    }

    LocalDate constructionStart() {
        return LocalDate.of(startYear(), 3, 1);
    }

    LocalDate constructionEnd() {
        return constructionStart().plusYears(3);
    }

    int startYear() {
        return 2018 + batch;
    }

    String enterpriseName(int party) {
        return college.city() + (party == 1 ? theme.enterprise1() + "有限公司" : theme.enterprise2() + "股份有限公司");
    }

    /**
     * The demo user who represents enterprise {@code party} (1 or 2) of this platform: {@code enterprise-nn-p}
     * (password {@code enterprise-nn-p-demo}), bound to {@link #creditCode}.
     */
    String representative(int party) {
        return String.format("enterprise-%02d-%d", index, party);
    }

    /** A valid unified social credit code: 9 (registered by industry and commerce), 1 (enterprise), division. */
    String creditCode(int party) {
        return CreditCode.withCheckCharacter("91" + college.division() + "MA" + String.format("%03d%d%03d", index, party,
                index * 7 + party)).value();
    }
}
