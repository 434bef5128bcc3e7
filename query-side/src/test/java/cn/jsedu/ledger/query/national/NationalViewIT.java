package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ProgrammeStory;
import cn.jsedu.ledger.query.support.TestDatabase;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.MultiSourceTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static cn.jsedu.ledger.query.support.PlatformStory.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national view (ADR 0009) over three provincial stores, each its own PostgreSQL server: the query side with
 * {@code ledger.national.stores} set runs the national processor on them and answers the national questions. The
 * stories are recorded in 2024 and asked about as known at 2025-01-01, so the load and outage tests (recorded now)
 * leave those answers as they are, whatever the order of the tests; the platforms of the status test are recorded in
 * February and March 2025, after that. Anhui's store holds its own programme, whose rule change of September 2024
 * raises the minimum total from July; Jiangsu's and Zhejiang's hold none, so the configured rules judge them.
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = {QuerySideApplication.CONFIG_NAME,
        "ledger.national.retry=1s", "ledger.national.connection-timeout=300ms"})
@AutoConfigureMockMvc
class NationalViewIT {

    private static final String DATABASE = "national_view";
    private static final List<String> PROVINCES = List.of("jiangsu", "zhejiang", "anhui");
    private static final Map<String, ProvincialStore> stores = new LinkedHashMap<>();
    /** Events appended per province: what the national view must have projected, no more, no fewer. */
    private static final Map<String, AtomicLong> written = new ConcurrentHashMap<>();
    /** The latest stored time of the events appended per province. */
    private static final Map<String, Instant> latest = new ConcurrentHashMap<>();
    private static final Instant KNOWN_2025 = Instant.parse("2025-01-01T00:00:00Z");
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final Instant ANHUI_RULE_RECORDED = Instant.parse("2024-09-01T00:00:00Z");

    @Autowired
    NationalQueries national;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATABASE);
        for (String province : PROVINCES) {
            ProvincialStore store = store(province);
            registry.add("ledger.national.stores." + province + ".url", store::jdbcUrl);
            registry.add("ledger.national.stores." + province + ".username", () -> "postgres");
        }
    }

    @BeforeAll
    static void stories() {
        // Jiangsu's P-1: planned 30,000,000.00, a third from enterprises; 5,000,000.00 provincial funds corrected to
        // 4,000,000.00 in June; a reward of 1,000,000.00 in August
        PlatformStory js = PlatformStory.of("P-1").at("2024-01-10T02:00:00Z");
        js.declared();
        js.approved("2024-01-15");
        js.at("2024-03-01T02:00:00Z").installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2024-03-01");
        js.contribution("C-1", PlatformStory.E1, ContributionForm.CASH, "2000000.00", "2024-04-01");
        js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.PROVINCIAL_FINANCE, "1000000.00",
                "2024-05-01");
        js.at("2024-06-01T02:00:00Z").correction("A-1", "I-1", "4000000.00", "凭证金额有误");
        js.at("2024-08-01T02:00:00Z").decision("D-1", DecisionType.REWARD, "1000000.00", "2024-07-30");
        append("jiangsu", js.events());

        // Zhejiang's P-1, the same id: planned 20,000,000.00 without enterprises until its plan is revised in July
        PlatformStory zj = PlatformStory.of("P-1").at("2024-01-10T03:00:00Z");
        List<PlanLine> zjPlan = List.of(line(FundingSource.PROVINCIAL_FINANCE, null, 2024, "10000000.00"),
                line(FundingSource.COLLEGE, null, 2024, "10000000.00"));
        zj.declared(zjPlan);
        zj.approved("2024-01-15", zjPlan);
        zj.installment("I-1", FundingSource.COLLEGE, "3000000.00", "2024-02-01");
        zj.at("2024-07-01T02:00:00Z").planRevised(2, PlatformStory.PLAN);
        append("zhejiang", zj.events());

        PlatformStory ah = PlatformStory.of("P-9").at("2024-01-10T04:00:00Z");
        ah.declared();
        ah.approved("2024-01-15");
        ah.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "1000000.00", "2024-02-01");
        append("anhui", ah.events());

        // Anhui's own programme (the one its platforms are declared in): the configured set, then a rule change
        // recorded on 1 September 2024 raising the minimum total to 40,000,000.00 from 1 July 2024
        ProgrammeStory anhuiRules = ProgrammeStory.established(ProgrammeId.DEFAULT.value(), "安徽省产教融合平台",
                ProgrammeParameters.defaults(), Instant.parse("2024-01-05T00:00:00Z"));
        anhuiRules.ruleChange("R-1", LocalDate.of(2024, 7, 1), minimumTotal("40000000.00"), ANHUI_RULE_RECORDED);
        append("anhui", anhuiRules.events());

        // Jiangsu, recorded in 2025: one declared only, one rejected, one approved then suspended, one approved late
        PlatformStory declaredOnly = PlatformStory.of("S-DECLARED").at("2025-02-01T01:00:00Z");
        declaredOnly.declared();
        PlatformStory rejected = PlatformStory.of("S-REJECTED").at("2025-02-01T02:00:00Z");
        rejected.declared();
        rejected.rejected();
        PlatformStory suspended = PlatformStory.of("S-SUSPENDED").at("2025-02-01T03:00:00Z");
        suspended.declared();
        suspended.approved("2025-02-01");
        suspended.installment("I-1", FundingSource.COLLEGE, "500.00", "2025-02-01");
        suspended.at("2025-02-10T00:00:00Z").suspended();
        PlatformStory approvedLate = PlatformStory.of("S-LATE").at("2025-02-01T04:00:00Z");
        approvedLate.declared();
        approvedLate.at("2025-03-01T00:00:00Z").approved("2025-03-01");
        approvedLate.installment("I-1", FundingSource.COLLEGE, "700.00", "2025-03-01");
        List<DomainEventMessage<?>> statuses = new ArrayList<>();
        for (PlatformStory story : List.of(declaredOnly, rejected, suspended, approvedLate)) {
            statuses.addAll(story.events());
        }
        append("jiangsu", statuses);
    }

    @AfterAll
    static void stopStores() throws IOException {
        for (ProvincialStore store : stores.values()) {
            store.close();
        }
    }

    @BeforeEach
    void caughtUp() {
        awaitCaughtUp();
    }

    @Test
    void eachProvinceIsTheSumOfItsOwnStoreAndOnePlatformIdInTwoProvincesIsTwoPlatforms() {
        NationalTotalsView totals = national.totals(END_2024, KNOWN_2025);

        assertThat(totals.provinces()).extracting(NationalTotalsView.Province::province).containsExactlyElementsOf(PROVINCES);
        NationalTotalsView.Province js = province(totals, "jiangsu");
        assertThat(js.platforms()).isEqualTo(1);
        assertThat(source(js, FundingSource.PROVINCIAL_FINANCE).received()).isEqualTo("4000000.00");
        assertThat(source(js, FundingSource.PROVINCIAL_FINANCE).spent()).isEqualTo("1000000.00");
        assertThat(source(js, FundingSource.PROVINCIAL_FINANCE).planned()).as("plan plus the reward")
                .isEqualTo("11000000.00");
        assertThat(source(js, FundingSource.ENTERPRISE).received()).isEqualTo("2000000.00");
        assertThat(js.total().received()).isEqualTo("6000000.00");
        assertThat(js.total().spent()).isEqualTo("1000000.00");
        NationalTotalsView.Province zj = province(totals, "zhejiang");
        assertThat(source(zj, FundingSource.COLLEGE).received()).isEqualTo("3000000.00");
        assertThat(zj.total().planned()).isEqualTo("30000000.00");
        assertThat(province(totals, "anhui").total().received()).isEqualTo("1000000.00");
        assertThat(totals.total().received()).isEqualTo("10000000.00");
        assertThat(totals.total().spent()).isEqualTo("1000000.00");

        List<NationalComplianceView.Row> p1 = national.compliance(END_2024, KNOWN_2025, 0, 100).rows().stream()
                .filter(r -> r.platformId().equals("P-1")).toList();
        assertThat(p1).extracting(NationalComplianceView.Row::province).containsExactly("jiangsu", "zhejiang");
        NationalComplianceView.Row jsRow = p1.get(0);
        assertThat(jsRow.plannedTotal()).isEqualTo("31000000.00");
        assertThat(jsRow.actualTotal()).isEqualTo("6000000.00");
        assertThat(jsRow.actualEnterprise()).isEqualTo("2000000.00");
        assertThat(jsRow.actualShareMet()).as("3 × 2,000,000.00 ≥ 6,000,000.00").isTrue();
        NationalComplianceView.Row zjRow = p1.get(1);
        assertThat(zjRow.actualTotal()).isEqualTo("3000000.00");
        assertThat(zjRow.actualEnterprise()).isEqualTo("0.00");
        assertThat(zjRow.actualShareMet()).isFalse();
        assertThat(zjRow.plannedTotalMet()).isTrue();
    }

    @Test
    void anEarlierKnownAtOrAsOfGivesThePastsAnswers() {
        NationalTotalsView beforeCorrection = national.totals(END_2024, Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(source(province(beforeCorrection, "jiangsu"), FundingSource.PROVINCIAL_FINANCE).received())
                .as("the correction of June is not known in May").isEqualTo("5000000.00");
        assertThat(source(province(beforeCorrection, "jiangsu"), FundingSource.PROVINCIAL_FINANCE).planned())
                .as("nor the reward of August").isEqualTo("10000000.00");

        NationalTotalsView march = national.totals(LocalDate.of(2024, 3, 15), KNOWN_2025);
        NationalTotalsView.Province js = province(march, "jiangsu");
        assertThat(source(js, FundingSource.PROVINCIAL_FINANCE).received()).as("corrected at the original's date")
                .isEqualTo("4000000.00");
        assertThat(source(js, FundingSource.ENTERPRISE).received()).as("in effect from April").isEqualTo("0.00");
        assertThat(js.total().spent()).as("in effect from May").isEqualTo("0.00");

        NationalTotalsView earlyMorning = national.totals(END_2024, Instant.parse("2024-01-10T02:30:00Z"));
        assertThat(earlyMorning.provinces()).extracting(NationalTotalsView.Province::platforms)
                .as("declared at 02:00, 03:00, 04:00").containsExactly(1L, 0L, 0L);

        NationalComplianceView june = national.compliance(END_2024, Instant.parse("2024-06-30T00:00:00Z"), 0, 100);
        NationalComplianceView.Row zj = june.rows().stream()
                .filter(r -> r.province().equals("zhejiang") && r.platformId().equals("P-1")).findFirst().orElseThrow();
        assertThat(zj.plannedTotal()).as("the plan before its revision").isEqualTo("20000000.00");
        assertThat(zj.plannedTotalMet()).isFalse();
        assertThat(zj.plannedShareMet()).isFalse();
    }

    @Test
    void aStoppedStoreLeavesTheOthersCurrentShowsItselfStaleAndCatchesUpWithoutSkippingOrDoubling()
            throws IOException {
        ProvincialStore anhui = store("anhui");
        Instant anhuiLast = staleness("anhui").lastEventAt();
        assertThat(anhuiLast).isEqualTo(latest.get("anhui"));
        FiguresView jsBefore = province(national.totals(LocalDate.now(), null), "jiangsu").total();
        FiguresView ahBefore = province(national.totals(LocalDate.now(), null), "anhui").total();

        anhui.stop();
        try {
            append("jiangsu", installments("OUT-J", 3, later()));
            await().atMost(CATCH_UP).until(() -> staleness("jiangsu").eventsProjected() == written("jiangsu")
                    && !staleness("anhui").reachable());
            ProvinceStaleness down = staleness("anhui");
            assertThat(down.stale()).isTrue();
            assertThat(down.downSince()).isNotNull();
            assertThat(down.lastEventAt()).as("its figures are as of its last event").isEqualTo(anhuiLast);
            assertThat(staleness("jiangsu").stale()).isFalse();
            NationalTotalsView during = national.totals(LocalDate.now(), null);
            assertThat(province(during, "jiangsu").total().received()).as("the other provinces go on")
                    .isEqualTo(plus(jsBefore.received(), "300.00"));
            assertThat(province(during, "anhui").total().received()).isEqualTo(ahBefore.received());
            assertThat(national.compliance(LocalDate.now(), null, 0, 500).rows())
                    .filteredOn(r -> r.province().equals("anhui")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.stale()).isTrue());
        } finally {
            anhui.start();
        }
        append("anhui", installments("BACK-A", 2, later()));

        awaitCaughtUp();
        assertThat(staleness("anhui").reachable()).isTrue();
        assertThat(staleness("anhui").lastEventAt()).isEqualTo(latest.get("anhui")).isAfter(anhuiLast);
        assertThat(province(national.totals(LocalDate.now(), null), "anhui").total().received())
                .isEqualTo(plus(ahBefore.received(), "200.00"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.national_ledger_line WHERE province = 'anhui'"
                + " AND platform_id LIKE 'BACK-A%'", Long.class)).as("each once").isEqualTo(2);
    }

    @Test
    void theProcessorCatchesUpWithThreeStoresKeepingOnePositionPerStore() {
        TrackingEventProcessor processor = processing.eventProcessor(NationalViewProjection.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        int platforms = 100;
        int perPlatform = 4;
        Map<String, String> before = new LinkedHashMap<>();
        NationalTotalsView start = national.totals(LocalDate.now(), null);
        PROVINCES.forEach(p -> before.put(p, province(start, p).total().received()));

        processor.shutDown();
        long events = 0;
        for (String province : PROVINCES) {
            List<DomainEventMessage<?>> load = new ArrayList<>();
            for (int i = 0; i < platforms; i++) {
                PlatformStory story = PlatformStory.of("LOAD-" + province + "-" + i).at(later().toString());
                story.declared();
                story.approved("2025-01-01");
                for (int k = 0; k < perPlatform; k++) {
                    story.installment("I-" + k, FundingSource.COLLEGE, "10.00", "2025-03-01");
                }
                load.addAll(story.events());
            }
            append(province, load);
            events += load.size();
        }
        Instant started = Instant.now();
        processor.start();
        awaitCaughtUp();
        Duration took = Duration.between(started, Instant.now());
        System.out.printf("NATIONAL projection catch-up: %d events from %d stores projected in %d ms (%.0f events/s),"
                        + " load average %s%n", events, PROVINCES.size(), took.toMillis(),
                events * 1000.0 / Math.max(1, took.toMillis()), loadAverage());

        NationalTotalsView end = national.totals(LocalDate.now(), null);
        PROVINCES.forEach(p -> assertThat(province(end, p).total().received())
                .isEqualTo(plus(before.get(p), "4000.00")));
        MultiSourceTrackingToken token = (MultiSourceTrackingToken) transactions.execute(
                tx -> tokens.fetchToken(NationalViewProjection.PROCESSING_GROUP, 0));
        assertThat(token.getTrackingTokens()).containsOnlyKeys(PROVINCES);
    }

    @Test
    void provinceLevelRolesReadTheNationalViewACollegeOfficerAndAScopedUserDoNot() throws Exception {
        mvc.perform(get("/api/v1/national/totals").param("asOf", "2024-12-31").param("knownAt", "2025-01-01T00:00:00Z")
                        .with(as(Role.AUDITOR, null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provinces[0].province").value("jiangsu"))
                .andExpect(jsonPath("$.total.received").value("10000000.00"));
        mvc.perform(get("/api/v1/national/compliance").with(as(Role.PROVINCE_ADMIN, null, null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.provinces.length()").value(3));
        mvc.perform(get("/api/v1/national/provinces").with(as(Role.FINANCE_OFFICER, null, null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[2].province").value("anhui"));
        mvc.perform(get("/api/v1/national/compliance").param("size", "0").with(as(Role.AUDITOR, null, null)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/national/totals").with(as(Role.COLLEGE_OFFICER, "4132010850", null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/national/totals").with(as(Role.PROVINCE_ADMIN, null, "TRAINING-2016")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/national/totals")).andExpect(status().isUnauthorized());
    }

    @Test
    void eachProvincesOwnRulesJudgeItsPlatformsAsInForceOnAsOfAsKnownAtKnownAt() {
        NationalComplianceView end2024 = national.compliance(END_2024, KNOWN_2025, 0, 100);
        NationalComplianceView.Row anhui = row(end2024, "anhui", "P-9");
        assertThat(anhui.rules()).isEqualTo(NationalQueries.RulesFrom.PROVINCE);
        assertThat(anhui.minimumTotal()).isEqualTo("40000000.00");
        assertThat(anhui.plannedTotal()).isEqualTo("30000000.00");
        assertThat(anhui.plannedTotalMet()).as("Anhui's rule from July: 30,000,000.00 < 40,000,000.00").isFalse();
        NationalComplianceView.Row jiangsu = row(end2024, "jiangsu", "P-1");
        assertThat(jiangsu.rules()).as("no programme in Jiangsu's store")
                .isEqualTo(NationalQueries.RulesFrom.CONFIGURED_DEFAULTS);
        assertThat(jiangsu.minimumTotal()).isEqualTo(end2024.defaultMinimumTotal()).isEqualTo("30000000.00");
        assertThat(jiangsu.plannedTotalMet()).isTrue();

        NationalComplianceView.Row june = row(national.compliance(LocalDate.of(2024, 6, 30), KNOWN_2025, 0, 100),
                "anhui", "P-9");
        assertThat(june.minimumTotal()).as("a day before the change takes effect").isEqualTo("30000000.00");
        assertThat(june.plannedTotalMet()).isTrue();
        assertThat(june.rules()).isEqualTo(NationalQueries.RulesFrom.PROVINCE);

        NationalComplianceView.Row beforeRecorded = row(national.compliance(END_2024,
                ANHUI_RULE_RECORDED.minusSeconds(1), 0, 100), "anhui", "P-9");
        assertThat(beforeRecorded.minimumTotal()).as("as known before the change was recorded")
                .isEqualTo("30000000.00");
        assertThat(beforeRecorded.plannedTotalMet()).isTrue();
        assertThat(row(national.compliance(END_2024, ANHUI_RULE_RECORDED, 0, 100), "anhui", "P-9").plannedTotalMet())
                .as("as known from the moment it was recorded").isFalse();
    }

    @Test
    void onlyPlatformsApprovedAsKnownAtKnownAtCountAsInTheProvincialProgrammeViews() {
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        Instant february = Instant.parse("2025-02-15T00:00:00Z");
        NationalTotalsView.Province before = province(national.totals(asOf, KNOWN_2025), "jiangsu");
        assertThat(before.platforms()).isEqualTo(1);
        assertThat(before.declared()).isEqualTo(1);

        NationalTotalsView.Province feb = province(national.totals(asOf, february), "jiangsu");
        assertThat(feb.declared()).isEqualTo(5);
        assertThat(feb.platforms()).as("P-1 and the suspended one: approved at some point").isEqualTo(2);
        assertThat(source(feb, FundingSource.COLLEGE).received()).as("the suspended platform's money counts")
                .isEqualTo(plus(source(before, FundingSource.COLLEGE).received(), "500.00"));
        assertThat(feb.total().planned()).as("one more plan: the suspended platform's, not the declared ones'")
                .isEqualTo(plus(before.total().planned(), "30000000.00"));

        NationalTotalsView.Province march = province(national.totals(asOf, Instant.parse("2025-03-15T00:00:00Z")),
                "jiangsu");
        assertThat(march.platforms()).as("approved on 1 March").isEqualTo(3);
        assertThat(source(march, FundingSource.COLLEGE).received())
                .isEqualTo(plus(source(before, FundingSource.COLLEGE).received(), "1200.00"));

        NationalComplianceView rows = national.compliance(asOf, february, 0, 100);
        assertThat(row(rows, "jiangsu", "S-DECLARED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(PlatformStatus.DECLARED);
            assertThat(r.counted()).isFalse();
        });
        assertThat(row(rows, "jiangsu", "S-REJECTED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(PlatformStatus.REJECTED);
            assertThat(r.counted()).isFalse();
        });
        assertThat(row(rows, "jiangsu", "S-SUSPENDED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(PlatformStatus.SUSPENDED);
            assertThat(r.counted()).isTrue();
        });
        assertThat(row(rows, "jiangsu", "S-LATE").status()).as("its approval is recorded in March")
                .isEqualTo(PlatformStatus.DECLARED);
        assertThat(row(national.compliance(asOf, Instant.parse("2025-03-15T00:00:00Z"), 0, 100), "jiangsu", "S-LATE"))
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(PlatformStatus.APPROVED);
                    assertThat(r.counted()).isTrue();
                });
    }

    @Test
    void aLagGaugePerStoreGrowsForAStoreThatIsDownOnly() throws IOException {
        assertThat(meters.find("ledger.national.store.lag").gauges()).hasSize(PROVINCES.size());
        await().atMost(CATCH_UP).until(() -> storeLag("zhejiang") < 5);
        ProvincialStore zhejiang = store("zhejiang");
        zhejiang.stop();
        try {
            // the store is retried every second (1 s here): its figure grows past several retries while it is down
            await().atMost(CATCH_UP).until(() -> storeLag("zhejiang") > 5);
            assertThat(storeLag("jiangsu")).as("the other stores are read on").isLessThan(storeLag("zhejiang"));
        } finally {
            zhejiang.start();
        }
        await().atMost(CATCH_UP).until(() -> storeLag("zhejiang") < 5);
    }

    private double storeLag(String province) {
        return meters.get("ledger.national.store.lag").tag("province", province).gauge().value();
    }

    private static ParameterChanges minimumTotal(String amount) {
        return new ParameterChanges(Money.parse(amount), null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static NationalComplianceView.Row row(NationalComplianceView view, String province, String platformId) {
        return view.rows().stream().filter(r -> r.province().equals(province) && r.platformId().equals(platformId))
                .findFirst().orElseThrow(() -> new AssertionError(province + " " + platformId + " not in the rows"));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static RequestPostProcessor as(Role role, String college, String programme) {
        return authentication(new UsernamePasswordAuthenticationToken(role.name().toLowerCase(), null,
                LedgerUser.authorities(role, college, null, programme)));
    }

    private static void append(String province, List<? extends DomainEventMessage<?>> events) {
        store(province).append(events);
        written.computeIfAbsent(province, p -> new AtomicLong()).addAndGet(events.size());
        events.forEach(e -> latest.merge(province, e.getTimestamp(), (a, b) -> a.isAfter(b) ? a : b));
    }

    private static List<DomainEventMessage<?>> installments(String prefix, int count, Instant at) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PlatformStory story = PlatformStory.of(prefix + "-" + i + "-" + at.toEpochMilli()).at(at.toString());
            story.declared();
            story.approved("2025-01-01");
            story.installment("I-1", FundingSource.COLLEGE, "100.00", "2025-03-01");
            events.addAll(story.events());
        }
        return events;
    }

    /** Started on first use: by the stories (before the context) or the context's properties, whichever comes first. */
    private static synchronized ProvincialStore store(String province) {
        return stores.computeIfAbsent(province, p -> new ProvincialStore());
    }

    /** A time after every event appended so far, in the event store's precision (milliseconds). */
    private static Instant later() {
        Instant last = latest.values().stream().max(Instant::compareTo).orElse(Instant.EPOCH);
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return now.isAfter(last) ? now : last.plus(Duration.ofHours(1));
    }

    private static long written(String province) {
        return written.get(province).get();
    }

    private void awaitCaughtUp() {
        await().atMost(CATCH_UP).until(() -> PROVINCES.stream()
                .allMatch(p -> staleness(p).reachable() && staleness(p).eventsProjected() == written(p)));
    }

    private ProvinceStaleness staleness(String province) {
        return national.staleness().stream().filter(s -> s.province().equals(province)).findFirst().orElseThrow();
    }

    private static NationalTotalsView.Province province(NationalTotalsView totals, String province) {
        return totals.provinces().stream().filter(p -> p.province().equals(province)).findFirst().orElseThrow();
    }

    private static FiguresView source(NationalTotalsView.Province province, FundingSource source) {
        return province.bySource().stream().filter(s -> s.source() == source).findFirst().orElseThrow().figures();
    }

    private static String plus(String amount, String more) {
        return new java.math.BigDecimal(amount).add(new java.math.BigDecimal(more)).toPlainString();
    }
}
