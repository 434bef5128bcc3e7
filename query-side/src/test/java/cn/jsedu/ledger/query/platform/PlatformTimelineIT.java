package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.support.TestDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform timeline and party names against a real PostgreSQL migrated with the query side's scripts: the
 * platform as known at each recording time, its construction period carried over from the approval, a TERMINATE at
 * the end, and nothing before the declaration; names as given by then. Events delivered twice change nothing.
 */
class PlatformTimelineIT {

    private static final String P = "TL-1";
    private static final Instant T0 = Instant.parse("2020-01-10T02:00:00Z");
    private static final Instant T1 = Instant.parse("2020-02-10T02:00:00Z");
    private static final Instant T2 = Instant.parse("2020-04-10T02:00:00Z");
    private static final Instant T3 = Instant.parse("2022-06-10T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate END = LocalDate.of(2023, 3, 1);
    private static PlatformQueries queries;

    @BeforeAll
    static void project() {
        Flyway.configure().dataSource(TestDatabase.dataSource()).schemas("read_model")
                .locations("classpath:db/read-model").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
        ReadModelWriter writer = new ReadModelWriter(jdbc);
        PlatformTimelineProjection timeline = new PlatformTimelineProjection(writer);
        PlatformProjection platforms = new PlatformProjection(writer, new PlanWriter(writer));
        queries = new PlatformQueries(jdbc);

        List<PlanLine> plan = List.of(new PlanLine(FundingSource.COLLEGE, null, 2020, Money.parse("30000000.00")));
        PlatformDeclaredEvent declared = new PlatformDeclaredEvent(P, ProgrammeId.DEFAULT.value(), new College("9100000001", "学院"), "群", "产业", "平台",
                List.of(new EnterpriseParty("E1", "甲企业", "91320200MA1MXXXX1H")), plan);
        AgreementSignedEvent renamed = new AgreementSignedEvent(P, "A-1", LocalDate.of(2020, 3, 10),
                List.of(new AgreementParty("E1", "甲企业集团", "91320200MA1MXXXX1H", PartyRole.ENTERPRISE)), List.of(), "共建协议");
        List<PlatformEvent> events = List.of(declared,
                new PlatformApprovedEvent(P, 2, START, END, plan, "苏教职〔2020〕1号"),
                new InstallmentRecordedEvent(P, "I-1", FundingSource.COLLEGE, null, ContributionForm.CASH,
                        Money.parse("1.00"), LocalDate.of(2020, 4, 1), "V", null),
                renamed,
                new PerformanceDecisionRecordedEvent(P, "D-T", DecisionType.TERMINATE, null, "b", "d", LocalDate.of(2022, 6, 1)));
        Instant[] at = {T0, T1, T2, T2.plusSeconds(1), T3};
        for (int delivery = 0; delivery < 2; delivery++) {
            for (int i = 0; i < events.size(); i++) {
                EventMessage<?> message = new GenericEventMessage<>(UUID.randomUUID().toString(), events.get(i),
                        MetaData.emptyInstance(), at[i]);
                timeline.on(events.get(i), message, (long) i);
                if (delivery == 0 && events.get(i) instanceof PlatformDeclaredEvent e) {
                    platforms.on(e, message, (long) i);
                } else if (delivery == 0 && events.get(i) instanceof AgreementSignedEvent e) {
                    platforms.on(e, message, (long) i);
                }
            }
        }
    }

    @Test
    void thePlatformAsKnownAtEachTime() {
        assertThat(queries.asKnownAt(P, T0.minusMillis(1))).isEmpty();
        assertThat(queries.asKnownAt(P, T0)).contains(new PlatformAsKnown(P, 0, PlatformStatus.DECLARED, null, null));
        assertThat(queries.asKnownAt(P, T1)).contains(new PlatformAsKnown(P, 1, PlatformStatus.APPROVED, START, END));
        assertThat(queries.asKnownAt(P, T3.minusMillis(1))).contains(new PlatformAsKnown(P, 3, PlatformStatus.APPROVED, START, END));
        assertThat(queries.asKnownAt(P, T3)).contains(new PlatformAsKnown(P, 4, PlatformStatus.TERMINATED, START, END));
    }

    @Test
    void partyNamesAsKnownAtEachTime() {
        assertThat(queries.partyNamesKnownAt(P, T2)).containsExactlyEntriesOf(Map.of("E1", "甲企业"));
        assertThat(queries.partyNamesKnownAt(P, null)).containsExactlyEntriesOf(Map.of("E1", "甲企业集团"));
        assertThat(queries.partyNamesKnownAt(P, T0.minusMillis(1))).isEmpty();
    }
}
