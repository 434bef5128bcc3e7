package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.TestDatabase;
import cn.jsedu.ledger.support.json.LedgerJson;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionFactory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Notifications end to end (ADR 0025): events stored as the command side stores them, the query side started as in
 * production (twice over the same database, for a restart), and GreenMail as the SMTP server, on a free port.
 */
class NotificationMailIT {

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();
    private static final String E1_CODE = "91320200MA1MXXXX1H";
    private static final String PLATFORM = "JS-901";
    // PlatformStory's college code for JS-901
    private static final String COLLEGE = "41320" + Math.abs(PLATFORM.hashCode() % 100000);

    @TempDir
    Path files;

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final List<GreenMail> servers = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(ConfigurableApplicationContext::close);
        servers.forEach(GreenMail::stop);
    }

    @Test
    void eachNotificationGoesOnceToItsAudienceWithAStableMessageIdAndARestartDoesNotSendItAgain() throws Exception {
        String database = "notification_once";
        GreenMail smtp = smtp(freePort());
        smtp.start();
        ConfigurableApplicationContext first = querySide(database, mailTo(smtp.getSmtp().getPort()));

        List<DomainEventMessage<?>> events = platformWithAFindingAProposalAndAContribution();
        store(database, events);

        ConditionFactory eventually = eventually();
        eventually.until(() -> smtp.getReceivedMessages().length == 3);
        Map<String, MimeMessage> byRecipient = byRecipient(smtp.getReceivedMessages());
        assertThat(byRecipient).containsOnlyKeys("wx@college.test", "admin2@edu.test", "e1@enterprise.test");
        String findingEvent = events.get(2).getIdentifier();
        assertThat(byRecipient.get("wx@college.test").getSubject()).contains("JS-901 F-1");
        assertThat(byRecipient.get("wx@college.test").getMessageID())
                .isEqualTo("<FINDING_TO_ANSWER." + findingEvent + "@platform-ledger>");
        assertThat(byRecipient.get("admin2@edu.test").getSubject()).contains("JS-901 P-1");
        assertThat(byRecipient.get("e1@enterprise.test").getSubject()).contains("JS-901 C-1");
        // admin1 proposed P-1: another administrator approves it, so admin1 is not told
        eventually.until(() -> jdbc(database).queryForObject(
                "SELECT count(*) FROM read_model.notification_outbox WHERE sent_at IS NOT NULL", Integer.class) == 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> smtp.getReceivedMessages().length == 3);

        // each row as sent: a restart must neither send nor try any of them again. (Not "one attempt each": on a busy
        // machine the sender may try a row before the read model knows its platform, and retry it, ADR 0025.)
        String rows = "SELECT notification_id || ' ' || attempts || ' ' || sent_at FROM read_model.notification_outbox "
                + "ORDER BY notification_id";
        List<String> sent = jdbc(database).queryForList(rows, String.class);
        first.close();
        querySide(database, mailTo(smtp.getSmtp().getPort()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> smtp.getReceivedMessages().length == 3);
        assertThat(jdbc(database).queryForList(rows, String.class)).isEqualTo(sent).hasSize(3);
    }

    /** The college's rectification puts the finding in every administrator's inbox: each is told once. */
    @Test
    void aRectificationTellsEveryAdministratorAFindingWaitsToBeClosed() throws Exception {
        String database = "notification_rectification";
        GreenMail smtp = smtp(freePort());
        smtp.start();
        querySide(database, mailTo(smtp.getSmtp().getPort()));
        PlatformStory js = story();
        js.declared();
        js.approved("2024-03-01");
        js.by("auditor", "AUDITOR").record(finding());
        js.by("college-wx", "COLLEGE_OFFICER").record(new RectificationSubmittedEvent(PLATFORM, "F-1",
                "已补办招标手续", List.of()));
        List<DomainEventMessage<?>> events = js.events();
        store(database, events);

        eventually().until(() -> smtp.getReceivedMessages().length == 3);
        Map<String, MimeMessage> byRecipient = byRecipient(smtp.getReceivedMessages());
        assertThat(byRecipient).containsOnlyKeys("wx@college.test", "admin1@edu.test", "admin2@edu.test");
        String rectification = events.get(events.size() - 1).getIdentifier();
        for (String admin : List.of("admin1@edu.test", "admin2@edu.test")) {
            assertThat(byRecipient.get(admin).getSubject()).contains("JS-901 F-1", "待销号");
            assertThat(byRecipient.get(admin).getMessageID())
                    .isEqualTo("<FINDING_TO_CLOSE." + rectification + "@platform-ledger>");
        }
    }

    @Test
    void nothingGoesOutByDefaultAndOnceEnabledAFailedDeliveryIsRetriedUntilTheServerAnswers() throws Exception {
        String database = "notification_retry";
        ConfigurableApplicationContext quiet = querySide(database);
        assertThat(quiet.getBeanProvider(MailNotifier.class).getIfAvailable()).isNull();
        assertThat(quiet.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        PlatformStory js = story();
        js.declared();
        js.approved("2024-03-01");
        js.by("auditor", "AUDITOR").record(finding());
        store(database, js.events());
        eventually().until(() -> jdbc(database).queryForList(
                "SELECT attempts FROM read_model.notification_outbox WHERE sent_at IS NULL", Integer.class)
                .equals(List.of(0)));
        quiet.close();

        // the server is down: attempts fail, the notification stays unsent
        int port = freePort();
        querySide(database, mailTo(port));
        eventually().until(() -> jdbc(database).queryForObject("""
                SELECT count(*) FROM read_model.notification_outbox
                WHERE sent_at IS NULL AND last_error IS NOT NULL AND attempts >= 2""", Integer.class) == 1);

        GreenMail smtp = smtp(port);
        smtp.start();
        eventually().until(() -> smtp.getReceivedMessages().length == 1);
        assertThat(smtp.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo("wx@college.test");
        eventually().until(() -> jdbc(database).queryForObject(
                "SELECT count(*) FROM read_model.notification_outbox WHERE sent_at IS NOT NULL", Integer.class) == 1);
    }

    private static PlatformStory story() {
        // recorded now: events recorded before the outbox existed notify nobody
        return PlatformStory.of(PLATFORM).at(Instant.now().toString());
    }

    private static FindingRecordedEvent finding() {
        return new FindingRecordedEvent(PLATFORM, "F-1", FindingCategory.PROCUREMENT, "设备采购未履行招标程序",
                List.of(), List.of(), LocalDate.now().plusDays(30));
    }

    private static List<DomainEventMessage<?>> platformWithAFindingAProposalAndAContribution() {
        PlatformStory js = story();
        js.declared();
        js.approved("2024-03-01");
        js.by("auditor", "AUDITOR").record(finding());
        js.by("admin1", "PROVINCE_ADMIN").record(new DecisionProposedEvent(PLATFORM, "P-1", "admin1",
                new ProposedDecision("D-1", DecisionType.REWARD, Money.parse("500000.00"), "绩效突出",
                        "苏教职〔2025〕6号", LocalDate.now())));
        js.by("college-wx", "COLLEGE_OFFICER").contribution("C-1", E1, ContributionForm.CASH, "500.00",
                LocalDate.now().toString());
        return js.events();
    }

    private static String[] mailTo(int port) {
        return new String[]{"--ledger.notifications.mail.enabled=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + port, "--ledger.notifications.mail.interval=100ms",
                "--ledger.notifications.mail.first-retry=200ms", "--ledger.notifications.mail.max-retry=500ms",
                "--ledger.notifications.recipients.college-wx.address=wx@college.test",
                "--ledger.notifications.recipients.college-wx.role=COLLEGE_OFFICER",
                "--ledger.notifications.recipients.college-wx.college=" + COLLEGE,
                "--ledger.notifications.recipients.college-other.address=other@college.test",
                "--ledger.notifications.recipients.college-other.role=COLLEGE_OFFICER",
                "--ledger.notifications.recipients.college-other.college=4132000000",
                "--ledger.notifications.recipients.admin1.address=admin1@edu.test",
                "--ledger.notifications.recipients.admin1.role=PROVINCE_ADMIN",
                "--ledger.notifications.recipients.admin2.address=admin2@edu.test",
                "--ledger.notifications.recipients.admin2.role=PROVINCE_ADMIN",
                "--ledger.notifications.recipients.rep-e1.address=e1@enterprise.test",
                "--ledger.notifications.recipients.rep-e1.role=ENTERPRISE_REPRESENTATIVE",
                "--ledger.notifications.recipients.rep-e1.enterprise=" + E1_CODE,
                "--ledger.notifications.recipients.finance.address=finance@edu.test",
                "--ledger.notifications.recipients.finance.role=FINANCE_OFFICER"};
    }

    private ConfigurableApplicationContext querySide(String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.separateDatabase(database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--ledger.checkpoints.interval=0", "--ledger.checkpoints.dir=" + files.resolve("checkpoints"),
                "--ledger.checkpoints.key-dir=" + files.resolve("keys"), "--ledger.reconciliation.interval=0"));
        args.addAll(Arrays.asList(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME).run(args.toArray(String[]::new));
        started.add(context);
        return context;
    }

    private GreenMail smtp(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        servers.add(smtp);
        return smtp;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(TestDatabase.dataSource(database));
    }

    /** Appends the events to the database's event store as the command side stores them. */
    private static void store(String database, List<DomainEventMessage<?>> events) {
        JdbcTemplate jdbc = jdbc(database);
        for (DomainEventMessage<?> event : events) {
            SerializedObject<byte[]> payload = SERIALIZER.serialize(event.getPayload(), byte[].class);
            SerializedObject<byte[]> metaData = SERIALIZER.serialize(event.getMetaData(), byte[].class);
            jdbc.update("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                      type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.getIdentifier(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getType(), formatInstant(event.getTimestamp()),
                    payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData());
        }
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
        Map<String, MimeMessage> byRecipient = new java.util.TreeMap<>();
        for (MimeMessage message : messages) {
            for (var address : message.getRecipients(Message.RecipientType.TO)) {
                byRecipient.put(address.toString(), message);
            }
        }
        return byRecipient;
    }

    /** Bounds for a failing test only: the query side shares two cores with other builds. */
    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50));
    }
}
