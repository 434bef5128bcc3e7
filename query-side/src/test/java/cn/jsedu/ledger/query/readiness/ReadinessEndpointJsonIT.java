package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.reporting.EquipmentRepository;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import cn.jsedu.ledger.query.web.MoneyJson;
import cn.jsedu.ledger.query.web.ProgrammeScope;
import cn.jsedu.ledger.query.web.QueryTimes;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import cn.jsedu.ledger.query.web.ReadYourWritesSettings;
import cn.jsedu.ledger.query.web.ReportingQueryController;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/platforms/{id}/readiness} as JSON, written by the query side's own Jackson set-up (Spring
 * Boot's, with query-side.yml and {@link MoneyJson}): every item carries its {@code figures}, typed, with only its
 * own members (amounts as decimal strings, counts as numbers, dates as ISO dates, the share as numerator and
 * denominator), beside the English phrases API clients already read.
 */
class ReadinessEndpointJsonIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final LocalDate END = LocalDate.of(2023, 3, 1);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void everyItemCarriesItsFiguresBesideItsPhrases() throws Exception {
        PlatformStory js = PlatformStory.of("JS-JSON");
        ReadyPlatform.ready().withoutReportFor("2021H2").withMentorsReported("20").withDisputed("C-2").recordIn(js);
        readModels.project(js.events());

        JsonNode body = PLAIN.readTree(mvc().perform(get("/api/v1/platforms/JS-JSON/readiness").param("asOf", "2023-03-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        Map<String, JsonNode> items = new LinkedHashMap<>();
        body.path("items").forEach(i -> items.put(i.path("code").asText(), i));
        assertThat(items).hasSize(9);
        assertFigures(items, "CONSTRUCTION_PERIOD", "{\"constructionEnd\":\"2023-03-01\",\"windowStart\":\"2022-12-01\"}");
        assertFigures(items, "TOTAL_RECEIVED", "{\"received\":\"30000000.00\",\"minimumTotal\":\"30000000.00\"}");
        assertFigures(items, "ENTERPRISE_SHARE", "{\"received\":\"30000000.00\",\"enterprise\":\"10000000.00\","
                + "\"enterprisePercent\":33.33,\"minimumShare\":{\"numerator\":1,\"denominator\":3}}");
        assertFigures(items, "REPORTS_SUBMITTED", "{\"reportsDue\":6,\"reportsSubmitted\":5,\"missingPeriods\":[\"2021H2\"]}");
        assertFigures(items, "MANDATORY_INDICATORS", "{\"mandatoryTasks\":[1,2,3,4,5,6,7],\"mandatoryIndicators\":7,"
                + "\"indicatorsMet\":6,\"unmetIndicators\":[\"T3-INDUSTRY-MENTORS\"]}");
        assertFigures(items, "WORKSTATION_SHARE", "{\"workstationYears\":[{\"year\":2020,\"offered\":200,\"total\":600,"
                + "\"met\":true},{\"year\":2022,\"offered\":200,\"total\":600,\"met\":true}],"
                + "\"minimumShare\":{\"numerator\":1,\"denominator\":3}}");
        assertFigures(items, "AGREEMENT_SIGNED", "{\"agreementsSigned\":1}");
        assertFigures(items, "NOT_SUSPENDED_OR_TERMINATED", "{\"status\":\"APPROVED\"}");
        assertFigures(items, "ENTERPRISE_CONTRIBUTIONS_CONFIRMED", "{\"contributionsDue\":2,\"contributionsConfirmed\":1,"
                + "\"unconfirmedContributions\":[{\"entryId\":\"C-2\",\"state\":\"DISPUTED\"}]}");

        // the phrases stay as they were for the clients that print them
        assertThat(items.get("REPORTS_SUBMITTED").path("value").asText())
                .isEqualTo("5 of 6 due reports submitted; missing [2021H2]");
        assertThat(items.get("ENTERPRISE_SHARE").path("threshold").asText()).isEqualTo("≥ 1/3");
        assertThat(items.get("ENTERPRISE_CONTRIBUTIONS_CONFIRMED").path("value").asText())
                .isEqualTo("1 of 2 confirmed; [C-2 DISPUTED]");
    }

    private static void assertFigures(Map<String, JsonNode> items, String code, String expected) throws IOException {
        assertThat(items).containsKey(code);
        assertThat(items.get(code).path("figures")).as(code).isEqualTo(PLAIN.readTree(expected));
    }

    private static MockMvc mvc() {
        ProgrammeParameters parameters = readModels.bean(ProgrammeParameters.class);
        ProgrammeQueries programmes = readModels.bean(ProgrammeQueries.class);
        ReadYourWrites reads = new ReadYourWrites(readModels.bean(PlatformQueries.class),
                readModels.bean(EventStoreReader.class), new ReadYourWritesSettings(Duration.ofSeconds(5),
                Duration.ofMillis(20)));
        ReportingQueryController controller = new ReportingQueryController(reads,
                readModels.bean(ReportingRepository.class), readModels.bean(EquipmentRepository.class),
                readModels.bean(LedgerLineRepository.class), readModels.bean(ReadinessQueries.class), programmes,
                new QueryTimes(parameters), new ProgrammeScope(programmes),
                Clock.fixed(END.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        return MockMvcBuilders.standaloneSetup(controller)
                .setMessageConverters(new MappingJackson2HttpMessageConverter(querySideJson())).build();
    }

    /** The ObjectMapper the query side's web layer writes with: Spring Boot's, configured by query-side.yml. */
    private static ObjectMapper querySideJson() {
        AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(context -> {
                    try {
                        PropertySource<?> yml = new YamlPropertySourceLoader()
                                .load("query-side.yml", new ClassPathResource("query-side.yml")).get(0);
                        context.getEnvironment().getPropertySources().addFirst(yml);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(MoneyJson.class)
                .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
        return mapper.get();
    }
}
