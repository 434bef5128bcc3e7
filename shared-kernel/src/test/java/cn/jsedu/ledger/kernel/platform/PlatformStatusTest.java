package cn.jsedu.ledger.kernel.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What each state accepts: the table of docs/adr/0007-lifecycle-interpretations.md, one row per state. */
class PlatformStatusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # state              | money | corrections | recoveries | reports/plan revisions | agreements | decisions
            DECLARED             | N     | N           | N          | N                      | Y          | TERMINATE
            APPROVED             | Y     | Y           | Y          | Y                      | Y          | REWARD REDUCE_SUPPORT WITHDRAW_KEY_SUPPORT ADJUST TERMINATE
            SUSPENDED            | N     | Y           | Y          | Y                      | Y          | REWARD REDUCE_SUPPORT WITHDRAW_KEY_SUPPORT ADJUST TERMINATE
            ACCEPTANCE_REQUESTED | Y     | Y           | Y          | Y                      | Y          | REWARD REDUCE_SUPPORT WITHDRAW_KEY_SUPPORT ADJUST TERMINATE
            ACCEPTANCE_FAILED    | Y     | Y           | Y          | Y                      | Y          | REWARD REDUCE_SUPPORT WITHDRAW_KEY_SUPPORT ADJUST TERMINATE
            ACCEPTED             | N     | N           | Y          | N                      | N          | REWARD
            REJECTED             | N     | N           | N          | N                      | N          | ''
            TERMINATED           | N     | N           | Y          | N                      | N          | ''
            """)
    void eachStateAcceptsWhatTheLifecycleTableSays(PlatformStatus status, String money, String corrections,
                                                     String recoveries, String reports, String agreements,
                                                     String decisions) {
        assertThat(status.acceptsMoneyEntries()).as("money entries").isEqualTo(yes(money));
        assertThat(status.acceptsCorrections()).as("corrections").isEqualTo(yes(corrections));
        assertThat(status.acceptsRecoveries()).as("recoveries").isEqualTo(yes(recoveries));
        assertThat(status.isOpenForReports()).as("reports").isEqualTo(yes(reports));
        assertThat(status.acceptsPlanRevisions()).as("plan revisions").isEqualTo(yes(reports));
        assertThat(status.acceptsAgreements()).as("agreements").isEqualTo(yes(agreements));
        Set<DecisionType> accepted = Arrays.stream(DecisionType.values()).filter(status::acceptsDecision)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DecisionType.class)));
        assertThat(accepted).as("decisions").isEqualTo(decisions.isBlank() ? EnumSet.noneOf(DecisionType.class)
                : Arrays.stream(decisions.trim().split(" +")).map(DecisionType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DecisionType.class))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "awaitsApproval,           DECLARED",
            "acceptsSuspension,        APPROVED",
            "acceptsResumption,        SUSPENDED",
            "acceptsAcceptanceRequest, APPROVED ACCEPTANCE_FAILED",
            "acceptsAcceptanceReview,  ACCEPTANCE_REQUESTED",
            "isFinal,                  REJECTED TERMINATED",
            "wasApproved,              APPROVED SUSPENDED ACCEPTANCE_REQUESTED ACCEPTED ACCEPTANCE_FAILED TERMINATED"})
    void transitionsAreAcceptedFromExactlyTheseStates(String gate, String states) {
        Predicate<PlatformStatus> predicate = switch (gate) {
            case "awaitsApproval" -> PlatformStatus::awaitsApproval;
            case "acceptsSuspension" -> PlatformStatus::acceptsSuspension;
            case "acceptsResumption" -> PlatformStatus::acceptsResumption;
            case "acceptsAcceptanceRequest" -> PlatformStatus::acceptsAcceptanceRequest;
            case "acceptsAcceptanceReview" -> PlatformStatus::acceptsAcceptanceReview;
            case "isFinal" -> PlatformStatus::isFinal;
            case "wasApproved" -> PlatformStatus::wasApproved;
            default -> throw new IllegalArgumentException(gate);
        };
        assertThat(Arrays.stream(PlatformStatus.values()).filter(predicate).map(Enum::name).toList())
                .containsExactlyInAnyOrder(states.split(" "));
    }

    private static boolean yes(String cell) {
        return switch (cell) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalArgumentException(cell);
        };
    }
}
