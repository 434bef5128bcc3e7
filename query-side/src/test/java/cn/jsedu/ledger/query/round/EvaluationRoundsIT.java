package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.audit.HistoryQueries;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.enterprise.EnterpriseQueries;
import cn.jsedu.ledger.query.evaluation.EvaluationQueries;
import cn.jsedu.ledger.query.evaluation.ObjectiveScoresView;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.finding.FindingQueries;
import cn.jsedu.ledger.query.inbox.Inbox;
import cn.jsedu.ledger.query.inbox.InboxItem;
import cn.jsedu.ledger.query.inbox.InboxKind;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.reconciliation.Disagreement;
import cn.jsedu.ledger.query.reconciliation.PublishedRoundsCheck;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import cn.jsedu.ledger.query.support.RoundStory;
import cn.jsedu.ledger.query.web.EvaluationRoundController;
import cn.jsedu.ledger.query.web.QueryProblem;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import cn.jsedu.ledger.query.web.ReadYourWritesSettings;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY;
import static cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes.PANEL_SERVICE_AND_INNOVATION;
import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Evaluation rounds on the query side (ADR 0026), fed with the kernel's event records as the command side records
 * them: the round's own stream and each platform's {@link EvaluationPublishedEvent}, through the real read-model
 * handlers into a Flyway-migrated PostgreSQL. The objective scores of a proposal are computed as a client computes
 * them, with {@link EvaluationQueries} as known at the proposal's knownAt; the reconciliation recomputes them.
 */
class EvaluationRoundsIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final LocalDate REFERENCE = LocalDate.of(2021, 9, 1);
    private static final Instant KNOWN_AT = Instant.parse("2021-10-02T00:00:00Z");
    private static final Instant NOW = Instant.parse("2021-12-01T00:00:00Z");
    private static final EvaluationScheme SCHEME = EvaluationSchemes.DEFAULT_V1;

    private final PlatformStory one = PlatformStory.of("JS-R1");
    private final PlatformStory two = PlatformStory.of("JS-R2");
    private final RoundStory round = RoundStory.of("EVAL-JS-PLATFORMS-2019-2021-ANNUAL-ALL");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Two approved platforms, the first with money in place; an open round. */
    private void twoPlatformsAndAnOpenRound() {
        one.declared();
        one.approved("2020-03-01");
        one.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "10000000.00", "2020-04-01");
        one.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        two.declared();
        two.approved("2020-03-01");
        readModels.project(one.events());
        readModels.project(two.events());
        round.opened(REFERENCE);
        readModels.project(round.events());
    }

    private EvaluationQueries evaluations() {
        return new EvaluationQueries(readModels.bean(BalanceQueries.class), readModels.bean(PlatformQueries.class),
                readModels.bean(ReportingRepository.class), readModels.bean(ProgrammeQueries.class),
                readModels.bean(EventStoreReader.class), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private RoundDetails details() {
        PlatformQueries platforms = readModels.bean(PlatformQueries.class);
        return new RoundDetails(readModels.bean(RoundQueries.class), platforms,
                new ObjectiveReconciliation(evaluations(), platforms), readModels.bean(MissingPanelScores.class));
    }

    private RoundDetailView detail() {
        return details().of(readModels.bean(RoundQueries.class).find(round.roundId()).orElseThrow());
    }

    /** What a client proposes: the objective scores as known at KNOWN_AT, both panel items at {@code panel} each. */
    private EvaluationResult result(PlatformStory platform, int panel, int rank) {
        PlatformRow row = readModels.bean(PlatformQueries.class).find(platform.platformId()).orElseThrow();
        ObjectiveScoresView view = evaluations().platform(row, REFERENCE, KNOWN_AT, SCHEME).orElseThrow();
        List<ItemScore> objective = view.items().stream().map(i -> new ItemScore(i.code(), i.centipoints())).toList();
        List<ItemScore> panels = SCHEME.itemsOf(ItemKind.PANEL).stream().map(i -> new ItemScore(i.code(), panel))
                .toList();
        int total = view.objectiveCentipoints() + 2 * panel;
        return new EvaluationResult(platform.platformId(), objective, panels, view.objectiveCentipoints(), 2 * panel,
                total, SCHEME.grade(total), rank);
    }

    private void scoreEverything() {
        round.panelScore("JS-R1", PANEL_CONSTRUCTION_QUALITY, 2_000);
        round.panelScore("JS-R1", PANEL_SERVICE_AND_INNOVATION, 2_000);
        round.panelScore("JS-R2", PANEL_CONSTRUCTION_QUALITY, 1_000);
        round.panelScore("JS-R2", PANEL_SERVICE_AND_INNOVATION, 1_000);
    }

    @Test
    void aRoundIsOpenWithItsLatestPanelScoresAndWhatIsStillToScore() {
        twoPlatformsAndAnOpenRound();
        DomainEventMessage<?> first = round.panelScore("JS-R1", PANEL_CONSTRUCTION_QUALITY, 1_500);
        DomainEventMessage<?> rescored = round.panelScore("JS-R1", PANEL_CONSTRUCTION_QUALITY, 2_100);
        round.panelScore("JS-R2", PANEL_SERVICE_AND_INNOVATION, 1_800);
        readModels.project(round.events().subList(1, 4));

        RoundDetailView view = detail();
        assertThat(view.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(view.kind()).isEqualTo(RoundKind.ANNUAL);
        assertThat(view.kindZh()).isEqualTo("年度绩效评价");
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.panelScores()).as("the later score replaces the earlier one")
                .extracting(PanelScoreView::platformId, PanelScoreView::itemCode, PanelScoreView::centipoints,
                        PanelScoreView::eventId)
                .containsExactly(tuple("JS-R1", PANEL_CONSTRUCTION_QUALITY, 2_100, rescored.getIdentifier()),
                        tuple("JS-R2", PANEL_SERVICE_AND_INNOVATION, 1_800, round.events().get(3).getIdentifier()));
        assertThat(view.panelScores()).extracting(PanelScoreView::eventId).doesNotContain(first.getIdentifier());
        assertThat(view.missingPanelScores()).containsExactly(
                new MissingPanelScore("JS-R1", PANEL_SERVICE_AND_INNOVATION),
                new MissingPanelScore("JS-R2", PANEL_CONSTRUCTION_QUALITY));
        assertThat(view.pendingProposal()).isNull();
        assertThat(view.reconciliation()).isNull();
        assertThat(readModels.bean(RoundQueries.class).list(null)).extracting(RoundRow::roundId)
                .containsExactly(round.roundId());
    }

    @Test
    void aProposalWaitsThenIsPublishedWithItsResultsOnTheRoundAndOnEachPlatform() {
        twoPlatformsAndAnOpenRound();
        scoreEverything();
        round.at("2021-10-03T00:00:00Z").proposed("P-1", "admin1", KNOWN_AT, List.of(result(one, 2_000, 1),
                result(two, 1_000, 2)));
        readModels.project(round.events().subList(1, round.events().size()));

        RoundDetailView proposed = detail();
        assertThat(proposed.status()).isEqualTo(RoundStatus.PROPOSED);
        assertThat(proposed.missingPanelScores()).isEmpty();
        assertThat(proposed.pendingProposal().proposalId()).isEqualTo("P-1");
        assertThat(proposed.pendingProposal().knownAt()).isEqualTo(KNOWN_AT);
        assertThat(proposed.pendingProposal().decidedOn()).isEqualTo(RoundStory.DECIDED_ON);
        assertThat(proposed.pendingProposal().results()).extracting(RoundResultView::platformId, RoundResultView::rank)
                .containsExactly(tuple("JS-R1", 1), tuple("JS-R2", 2));
        assertThat(proposed.reconciliation().matches()).isTrue();
        assertThat(proposed.results()).isEmpty();

        DomainEventMessage<?> publishedAt = round.published("P-1", "admin1", "admin2", KNOWN_AT);
        readModels.project(publishedAt);
        List<DomainEventMessage<?>> platformEvents = new ArrayList<>();
        for (EvaluationResult r : readModels.bean(RoundQueries.class).proposal(round.roundId(), "P-1").orElseThrow()
                .results()) {
            PlatformStory story = r.platformId().equals("JS-R1") ? one : two;
            platformEvents.add(story.at("2021-10-03T01:00:00Z").record(new EvaluationPublishedEvent(r.platformId(),
                    round.roundId(), RoundKind.ANNUAL, 2021, REFERENCE, SCHEME.schemeId(), 1, KNOWN_AT, r, 2)));
        }
        readModels.project(platformEvents);

        RoundDetailView published = detail();
        assertThat(published.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(publishedAt.getTimestamp());
        assertThat(published.pendingProposal()).isNull();
        assertThat(published.results()).extracting(RoundResultView::rank, RoundResultView::platformId,
                        RoundResultView::gradeZh)
                .containsExactly(tuple(1, "JS-R1", result(one, 2_000, 1).grade().chineseName()),
                        tuple(2, "JS-R2", "不合格"));
        assertThat(published.results().get(0).title())
                .isEqualTo(readModels.bean(PlatformQueries.class).find("JS-R1").orElseThrow().title());
        assertThat(published.reconciliation().matches()).isTrue();
        assertThat(new PublishedRoundsCheck(readModels.bean(RoundQueries.class),
                new ObjectiveReconciliation(evaluations(), readModels.bean(PlatformQueries.class)))
                .disagreements(NOW)).isEmpty();

        PlatformEvaluationResultsView.Result mine = readModels.bean(RoundQueries.class).platformResults("JS-R2").get(0);
        assertThat(mine.roundId()).isEqualTo(round.roundId());
        assertThat(mine.grade()).isEqualTo(Grade.FAILED);
        assertThat(mine.gradeZh()).isEqualTo("不合格");
        assertThat(mine.rank()).isEqualTo(2);
        assertThat(mine.roundSize()).isEqualTo(2);
        assertThat(mine.knownAt()).isEqualTo(KNOWN_AT);
        assertThat(mine.eventId()).isEqualTo(platformEvents.get(1).getIdentifier());
        assertThat(readModels.bean(RoundQueries.class).platformResults("JS-R1")).hasSize(1);
    }

    @Test
    void aWithdrawnProposalOpensTheRoundAgain() {
        twoPlatformsAndAnOpenRound();
        scoreEverything();
        round.proposed("P-1", "admin1", KNOWN_AT, List.of(result(one, 2_000, 1), result(two, 1_000, 2)));
        round.withdrawn("P-1", "admin1");
        readModels.project(round.events().subList(1, round.events().size()));

        RoundDetailView view = detail();
        assertThat(view.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(view.pendingProposal()).isNull();
        assertThat(view.reconciliation()).isNull();
        assertThat(readModels.bean(RoundQueries.class).proposal(round.roundId(), "P-1").orElseThrow().status())
                .isEqualTo(cn.jsedu.ledger.query.proposal.ProposalStatus.WITHDRAWN);
    }

    /** The check must be able to fail: one objective item proposed 1 centipoint above what the ledger gives. */
    @Test
    void anObjectiveScoreTheLedgerDoesNotGiveIsAMismatchOnTheRoundAndADisagreementOnceItIsPublished() {
        twoPlatformsAndAnOpenRound();
        scoreEverything();
        EvaluationResult honest = result(one, 2_000, 1);
        List<ItemScore> inflated = new ArrayList<>(honest.objective());
        ItemScore funds = inflated.get(0);
        inflated.set(0, new ItemScore(funds.code(), funds.centipoints() + 1));
        EvaluationResult wrong = new EvaluationResult("JS-R1", inflated, honest.panel(),
                honest.objectiveCentipoints() + 1, honest.panelCentipoints(), honest.totalCentipoints() + 1,
                honest.grade(), 1);
        round.proposed("P-1", "admin1", KNOWN_AT, List.of(wrong, result(two, 1_000, 2)));
        readModels.project(round.events().subList(1, round.events().size()));

        ObjectiveReconciliationView check = detail().reconciliation();
        assertThat(check.matches()).isFalse();
        assertThat(check.mismatches()).containsExactly(new ObjectiveReconciliationView.Mismatch("JS-R1",
                funds.code(), funds.centipoints() + 1, funds.centipoints()));

        readModels.project(round.published("P-1", "admin1", "admin2", KNOWN_AT));
        List<Disagreement> found = new PublishedRoundsCheck(readModels.bean(RoundQueries.class),
                new ObjectiveReconciliation(evaluations(), readModels.bean(PlatformQueries.class))).disagreements(NOW);
        assertThat(found).extracting(Disagreement::platformId, Disagreement::kind, Disagreement::figure,
                Disagreement::readModel, Disagreement::fromEvents).containsExactly(tuple("JS-R1",
                Disagreement.Kind.EVALUATION_ROUND, "evaluationRound[" + round.roundId() + "]." + funds.code(),
                Integer.toString(funds.centipoints() + 1), Integer.toString(funds.centipoints())));
    }

    /** Time travel: the reconciliation is as known at the proposal's knownAt, not as known now. */
    @Test
    void aCorrectionRecordedAfterTheProposalsKnownAtLeavesTheReconciliationMatching() {
        twoPlatformsAndAnOpenRound();
        scoreEverything();
        round.proposed("P-1", "admin1", KNOWN_AT, List.of(result(one, 2_000, 1), result(two, 1_000, 2)));
        readModels.project(round.events().subList(1, round.events().size()));
        DomainEventMessage<?> last = one.events().get(one.events().size() - 1);

        one.at("2021-11-01T02:00:00Z").correction("A-1", "C-1", "1000000.00", "录入错误");
        readModels.project(one.after(last));

        assertThat(detail().reconciliation().matches()).isTrue();
        PlatformRow row = readModels.bean(PlatformQueries.class).find("JS-R1").orElseThrow();
        int proposed = readModels.bean(RoundQueries.class).pending(round.roundId()).orElseThrow().results().get(0)
                .objectiveCentipoints();
        assertThat(evaluations().platform(row, REFERENCE, null, SCHEME).orElseThrow().objectiveCentipoints())
                .as("as known now the correction counts").isLessThan(proposed);
    }

    @Test
    void administratorsSeeRoundsToScoreAndPublicationsToApproveButNotTheirOwnProposal() {
        twoPlatformsAndAnOpenRound();
        round.panelScore("JS-R1", PANEL_CONSTRUCTION_QUALITY, 2_000);
        readModels.project(round.events().subList(1, 2));

        InboxItem toScore = inbox("admin1", null).items().stream()
                .filter(i -> i.kind() == InboxKind.EVALUATION_TO_SCORE).findFirst().orElseThrow();
        assertThat(toScore.ref()).isEqualTo(round.roundId());
        assertThat(toScore.platformId()).isNull();
        assertThat(toScore.figures()).containsEntry("missingPanelScores", "3")
                .containsEntry("platformsMissingScores", "2");
        assertThat(toScore.link()).isEqualTo("/api/v1/evaluation-rounds/" + round.roundId());
        assertThat(inbox("admin1", "OTHER-PROGRAMME").counts()).as("a round of a programme out of scope")
                .containsEntry(InboxKind.EVALUATION_TO_SCORE, 0);

        round.panelScore("JS-R1", PANEL_SERVICE_AND_INNOVATION, 2_000);
        round.panelScore("JS-R2", PANEL_CONSTRUCTION_QUALITY, 1_000);
        round.panelScore("JS-R2", PANEL_SERVICE_AND_INNOVATION, 1_000);
        round.proposed("P-1", "admin1", KNOWN_AT, List.of(result(one, 2_000, 1), result(two, 1_000, 2)));
        readModels.project(round.events().subList(2, round.events().size()));

        assertThat(inbox("admin1", null).items()).as("the proposer").noneMatch(i -> round.roundId().equals(i.ref()));
        List<InboxItem> forAdmin2 = inbox("admin2", null).items().stream()
                .filter(i -> round.roundId().equals(i.ref())).toList();
        assertThat(forAdmin2).extracting(InboxItem::kind).containsExactly(InboxKind.PROPOSAL_TO_APPROVE);
        assertThat(forAdmin2.get(0).figures()).containsEntry("proposalId", "P-1")
                .containsEntry("proposalKind", "EVALUATION_PUBLICATION");
        assertThat(inbox("auditor", null).counts()).containsEntry(InboxKind.EVALUATION_TO_SCORE, 0)
                .containsEntry(InboxKind.PROPOSAL_TO_APPROVE, 0);
    }

    private cn.jsedu.ledger.query.inbox.InboxView inbox(String username, String programme) {
        Role role = username.startsWith("admin") ? Role.PROVINCE_ADMIN : Role.AUDITOR;
        Inbox inbox = new Inbox(readModels.bean(PlatformQueries.class), readModels.bean(ProgrammeQueries.class),
                readModels.bean(ReportingRepository.class), readModels.bean(ProposalQueries.class),
                readModels.bean(FindingQueries.class), readModels.bean(ContributionRepository.class),
                readModels.bean(EnterpriseQueries.class), readModels.bean(RoundQueries.class),
                readModels.bean(MissingPanelScores.class), Clock.fixed(NOW, ZoneOffset.UTC));
        return inbox.of(new LedgerUser(username, role, null, null, programme));
    }

    @Test
    void aReplayAfterTheResetGivesTheSameRows() {
        twoPlatformsAndAnOpenRound();
        scoreEverything();
        round.proposed("P-1", "admin1", KNOWN_AT, List.of(result(one, 2_000, 1), result(two, 1_000, 2)));
        round.published("P-1", "admin1", "admin2", KNOWN_AT);
        readModels.project(round.events().subList(1, round.events().size()));
        String rows = """
                SELECT r.round_id, r.status, r.version, count(DISTINCT s.sequence_number), count(DISTINCT p.proposal_id)
                FROM read_model.evaluation_round r LEFT JOIN read_model.evaluation_panel_score s USING (round_id)
                LEFT JOIN read_model.evaluation_proposal p USING (round_id) GROUP BY r.round_id, r.status, r.version""";
        var before = readModels.rows(rows);
        assertThat(before).hasSize(1);

        readModels.reset();
        assertThat(readModels.rows(rows)).as("the reset empties the round tables").isEmpty();
        readModels.project(one.events());
        readModels.project(two.events());
        readModels.projectOneByOne(round.events());
        assertThat(readModels.rows(rows)).isEqualTo(before);
    }

    @Test
    void anUnknownRoundAndARoundOutOfTheUsersProgrammeAreNotFoundAndUnpublishedResultsCannotBeExported() {
        twoPlatformsAndAnOpenRound();
        EvaluationRoundController controller = new EvaluationRoundController(readModels.bean(RoundQueries.class),
                details(), new HistoryQueries(readModels.jdbc()), new ReadYourWrites(
                readModels.bean(PlatformQueries.class), readModels.bean(EventStoreReader.class),
                new ReadYourWritesSettings(Duration.ofSeconds(1), Duration.ofMillis(20))), null,
                Clock.fixed(NOW, ZoneOffset.UTC));

        signIn("auditor", Role.AUDITOR, null);
        assertThat(controller.round(round.roundId()).roundId()).isEqualTo(round.roundId());
        assertThat(controller.list(null).rounds()).extracting(RoundView::roundId).containsExactly(round.roundId());
        assertNotFound(() -> controller.round("EVAL-NO-SUCH"), ErrorCode.ROUND_NOT_FOUND);
        assertNotFound(() -> controller.resultsXlsx(round.roundId()), ErrorCode.ROUND_NOT_FOUND);
        assertNotFound(() -> controller.roundHistory("EVAL-NO-SUCH"), ErrorCode.ROUND_NOT_FOUND);

        signIn("admin9", Role.PROVINCE_ADMIN, "OTHER-PROGRAMME");
        assertNotFound(() -> controller.round(round.roundId()), ErrorCode.ROUND_NOT_FOUND);
        assertNotFound(() -> controller.list("JS-PLATFORMS-2019"), ErrorCode.PROGRAMME_NOT_FOUND);
        assertThat(controller.list(null).rounds()).isEmpty();
        assertNotFound(() -> controller.platformResults("JS-NO-SUCH", null), ErrorCode.PLATFORM_NOT_FOUND);
    }

    @Test
    void aPublishedRoundsResultsExportToExcelWithTheirGradesInChinese() throws Exception {
        twoPlatformsAndAnOpenRound();
        scoreEverything();
        round.proposed("P-1", "admin1", KNOWN_AT, List.of(result(one, 2_000, 1), result(two, 1_000, 2)));
        round.published("P-1", "admin1", "admin2", KNOWN_AT);
        readModels.project(round.events().subList(1, round.events().size()));
        EvaluationRoundController controller = new EvaluationRoundController(readModels.bean(RoundQueries.class),
                details(), new HistoryQueries(readModels.jdbc()), null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        signIn("finance", Role.FINANCE_OFFICER, null);

        byte[] xlsx = controller.resultsXlsx(round.roundId()).getBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("评价结果");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("排名");
            int gradeColumn = sheet.getRow(0).getLastCellNum() - 2;
            List<String> grades = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                grades.add(sheet.getRow(r).getCell(gradeColumn).getStringCellValue());
            }
            assertThat(grades).containsExactly(result(one, 2_000, 1).grade().chineseName(), "不合格");
            assertThat(book.getSheet("说明")).isNotNull();
        }
    }

    private static void signIn(String username, Role role, String programme) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                LedgerUser.authorities(role, null, null, programme)));
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(QueryProblem.class)
                .satisfies(e -> assertThat(((QueryProblem) e).code()).isEqualTo(code));
    }
}
