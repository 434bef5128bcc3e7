package cn.jsedu.ledger.system;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.command.platform.ApprovePlatformCommand;
import cn.jsedu.ledger.command.platform.DeclarePlatformCommand;
import cn.jsedu.ledger.command.platform.RecordInstallmentCommand;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 3,000 platforms: programme compliance and readiness are served from read models, in pages. */
class ProgrammeScaleIT {

    private static final int PLATFORMS = 3000;

    @Test
    void programmeComplianceForThreeThousandPlatforms() throws Exception {
        LedgerSystem ledger = LedgerSystem.get();
        JsonNode before = expect(ledger.queries.get("/api/v1/programme/compliance?size=1"), 200).json().path("totals");
        CommandGateway gateway = ledger.commandSide.getBean(CommandGateway.class);
        String code = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < PLATFORMS; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                PlatformId id = PlatformId.of("SCALE-" + n);
                gateway.sendAndWait(new DeclarePlatformCommand(id, ProgrammeId.DEFAULT, new College("77" + n, "学院" + n), "g", "i", "t",
                        List.of(new EnterpriseParty("E1", "甲", code)),
                        List.of(new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.ofYuan(20_000_000)),
                                new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.ofYuan(10_000_000)))));
                gateway.sendAndWait(new ApprovePlatformCommand(id, 1 + n % 3, LocalDate.of(2019 + n % 3, 3, 1), "d", null));
                gateway.sendAndWait(new RecordInstallmentCommand(id, EntryId.of("I"), FundingSource.PROVINCIAL_FINANCE,
                        null, ContributionForm.CASH, Money.parse("1000.01"), LocalDate.of(2022, 1, 1), "v", null));
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long expectedPlatforms = before.path("platforms").asLong() + PLATFORMS;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                expect(ledger.queries.get("/api/v1/programme/compliance?size=1"), 200).json()
                        .path("totals").path("platforms").asLong() == expectedPlatforms
                        && ledger.jdbc.queryForObject("SELECT count(*) FROM read_model.platform WHERE platform_id LIKE "
                        + "'SCALE-%' AND version = 2", Long.class) == PLATFORMS);

        JsonNode after = expect(ledger.queries.get("/api/v1/programme/compliance?size=500&page=2"), 200).json();
        JsonNode totals = after.path("totals");
        assertThat(new BigDecimal(totals.path("plannedTotal").asText()).subtract(new BigDecimal(before.path("plannedTotal").asText())))
                .isEqualByComparingTo("90000000000.00");
        assertThat(new BigDecimal(totals.path("actualTotal").asText()).subtract(new BigDecimal(before.path("actualTotal").asText())))
                .isEqualByComparingTo("3000030.00");
        assertThat(totals.path("meetingPlannedShare").asLong() - before.path("meetingPlannedShare").asLong())
                .isEqualTo(PLATFORMS);
        assertThat(after.path("rows")).hasSize(500);
        assertThat(after.path("totalRows").asLong()).isGreaterThanOrEqualTo(PLATFORMS);
        JsonNode page = expect(ledger.queries.get("/api/v1/platforms?batch=1&size=500&page=1"), 200).json();
        assertThat(page.path("items")).hasSize(500);
        assertThat(page.path("items").findValuesAsText("status")).containsOnly("APPROVED");

        JsonNode readiness = expect(ledger.queries.get("/api/v1/programme/readiness?size=500&page=1"), 200).json();
        assertThat(readiness.path("platforms").asLong()).isGreaterThanOrEqualTo(PLATFORMS);
        assertThat(readiness.path("rows")).hasSize(500);
        for (JsonNode row : readiness.path("rows")) {
            if (row.path("platformId").asText().startsWith("SCALE-")) {
                assertThat(row.path("overall").asText()).isEqualTo("NOT_READY");
                assertThat(row.path("failing").toString()).contains("REPORTS_SUBMITTED", "AGREEMENT_SIGNED");
            }
        }
    }
}
