package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link ReadinessQueries#programme} over projected read models: the programme table judges every platform from the
 * running totals, counts approved and ready platforms over all pages, and agrees with each platform's own page.
 */
class ReadinessQueriesIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final LocalDate END = LocalDate.of(2023, 3, 1);

    @BeforeEach
    void fourPlatforms() {
        readModels.project(ReadyPlatform.ready().recordIn(PlatformStory.of("JS-101")).events());
        readModels.project(ReadyPlatform.ready().withoutAgreement().withoutReportFor("2022H2")
                .recordIn(PlatformStory.of("JS-102")).events());
        PlatformStory declaredOnly = PlatformStory.of("JS-103");
        declaredOnly.declared();
        readModels.project(declaredOnly.events());
        PlatformStory recovered = ReadyPlatform.ready().recordIn(PlatformStory.of("JS-104"));
        recovered.recovery("R-1", FundingSource.PROVINCIAL_FINANCE, "0.01", "2022-12-20");
        readModels.project(recovered.events());
    }

    @Test
    void theProgrammeCountsApprovedAndReadyPlatformsAndListsWhatEachFails() {
        ProgrammeReadinessView view = readModels.bean(ReadinessQueries.class).programme(ProgrammeId.DEFAULT.value(), 0, 10, END);

        assertThat(view.platforms()).as("approved at some point").isEqualTo(3);
        assertThat(view.ready()).isEqualTo(1);
        assertThat(view.totalRows()).isEqualTo(4);
        assertThat(view.rows()).extracting(ProgrammeReadinessView.Row::platformId, ProgrammeReadinessView.Row::status,
                ProgrammeReadinessView.Row::overall, ProgrammeReadinessView.Row::failing).containsExactly(
                tuple("JS-101", PlatformStatus.APPROVED, ReadinessView.Overall.READY, List.of()),
                tuple("JS-102", PlatformStatus.APPROVED, ReadinessView.Overall.NOT_READY,
                        List.of("REPORTS_SUBMITTED", "AGREEMENT_SIGNED")),
                tuple("JS-103", PlatformStatus.DECLARED, ReadinessView.Overall.NOT_READY,
                        List.of("CONSTRUCTION_PERIOD", "TOTAL_RECEIVED", "ENTERPRISE_SHARE", "REPORTS_SUBMITTED",
                                "MANDATORY_INDICATORS", "AGREEMENT_SIGNED")),
                tuple("JS-104", PlatformStatus.APPROVED, ReadinessView.Overall.NOT_READY, List.of("TOTAL_RECEIVED")));
    }

    @Test
    void aPageListsItsRowsWhileTheCountsCoverTheWholeProgramme() {
        ProgrammeReadinessView page = readModels.bean(ReadinessQueries.class).programme(ProgrammeId.DEFAULT.value(), 1, 2, END);

        assertThat(page.rows()).extracting(ProgrammeReadinessView.Row::platformId).containsExactly("JS-103", "JS-104");
        assertThat(page.platforms()).isEqualTo(3);
        assertThat(page.ready()).isEqualTo(1);
    }

    @Test
    void theProgrammeTableAndEachPlatformsPageAgree() {
        ReadinessQueries readiness = readModels.bean(ReadinessQueries.class);
        PlatformQueries platforms = readModels.bean(PlatformQueries.class);
        for (ProgrammeReadinessView.Row row : readiness.programme(ProgrammeId.DEFAULT.value(), 0, 10, END).rows()) {
            ReadinessView own = readiness.platform(platforms.find(row.platformId()).orElseThrow(), END);
            assertThat(own.overall()).as(row.platformId()).isEqualTo(row.overall());
            assertThat(own.items().stream().filter(i -> !i.met()).map(ReadinessItem::code).toList())
                    .as(row.platformId()).isEqualTo(row.failing());
        }
    }
}
