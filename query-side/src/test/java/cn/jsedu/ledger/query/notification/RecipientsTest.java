package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.inbox.InboxKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a notification goes to, from configuration; and how long the notifier waits after failures. */
class RecipientsTest {

    private static final Recipients CONFIGURED = new Recipients(Map.of(
            "admin1", new NotificationSettings.Recipient("a1@edu.test", Role.PROVINCE_ADMIN, null, null),
            "admin2", new NotificationSettings.Recipient("a2@edu.test", Role.PROVINCE_ADMIN, null, null),
            "college-a", new NotificationSettings.Recipient("a@college.test", Role.COLLEGE_OFFICER, "4132010001", null),
            "college-b", new NotificationSettings.Recipient("b@college.test", Role.COLLEGE_OFFICER, "4132010002", null),
            "rep-e1", new NotificationSettings.Recipient("e1@ent.test", Role.ENTERPRISE_REPRESENTATIVE, null, "CODE-1"),
            "rep-e2", new NotificationSettings.Recipient("e2@ent.test", Role.ENTERPRISE_REPRESENTATIVE, null, "CODE-2"),
            "finance", new NotificationSettings.Recipient("f@edu.test", Role.FINANCE_OFFICER, null, null)));

    private static Notification to(Role role, String party, String except) {
        return new Notification("K:1", InboxKind.PROPOSAL_TO_APPROVE, "JS-1", "R", role, party, except, "s", "b", "1",
                Instant.EPOCH);
    }

    @Test
    void aProposalGoesToEveryAdministratorButItsProposer() {
        assertThat(CONFIGURED.of(to(Role.PROVINCE_ADMIN, null, "admin1"), Optional.of("4132010001"), Optional.empty()))
                .containsExactly("a2@edu.test");
    }

    @Test
    void aFindingGoesToTheCollegeOfficersOfThePlatformsCollegeOnly() {
        assertThat(CONFIGURED.of(to(Role.COLLEGE_OFFICER, null, null), Optional.of("4132010002"), Optional.empty()))
                .containsExactly("b@college.test");
    }

    @Test
    void aContributionGoesToTheRepresentativeOfItsEnterpriseOnly() {
        assertThat(CONFIGURED.of(to(Role.ENTERPRISE_REPRESENTATIVE, "E1", null), Optional.of("4132010001"),
                Optional.of("CODE-1"))).containsExactly("e1@ent.test");
        assertThat(CONFIGURED.of(to(Role.ENTERPRISE_REPRESENTATIVE, "E9", null), Optional.of("4132010001"),
                Optional.of("CODE-9"))).isEmpty();
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheBound() {
        NotificationSettings settings = new NotificationSettings(new NotificationSettings.Mail(true, "l@x.test",
                Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(7)), Map.of());
        MailNotifier notifier = new MailNotifier(null, null, null, settings, Clock.systemUTC());

        assertThat(notifier.backoff(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(notifier.backoff(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(notifier.backoff(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(notifier.backoff(3)).isEqualTo(Duration.ofMinutes(5));
        assertThat(notifier.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theMessageIdIsTheNotificationsKeyInCharactersAMessageIdMayHold() {
        Notification n = new Notification("FINDING_TO_ANSWER:9d1c2f7a-0b1e", InboxKind.FINDING_TO_ANSWER, "JS-1", "F-1",
                Role.COLLEGE_OFFICER, null, null, "s", "b", "9d1c2f7a-0b1e", Instant.EPOCH);
        assertThat(MailNotifier.messageId(n)).isEqualTo("<FINDING_TO_ANSWER.9d1c2f7a-0b1e@platform-ledger>");
    }
}
