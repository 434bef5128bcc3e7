package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.E1;
import static cn.jsedu.ledger.command.platform.TestPlatforms.ID;
import static cn.jsedu.ledger.command.platform.TestPlatforms.PLATFORM;
import static cn.jsedu.ledger.command.platform.TestPlatforms.agreementWithE1AndE2;
import static cn.jsedu.ledger.command.platform.TestPlatforms.approved;
import static cn.jsedu.ledger.command.platform.TestPlatforms.declared;
import static cn.jsedu.ledger.command.platform.TestPlatforms.installment;
import static cn.jsedu.ledger.command.platform.TestPlatforms.yuan;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;

/** Money entries cite evidence documents uploaded to their platform; the hashes go into the event (ADR 0021). */
class DocumentCitationTest {

    private static final DocumentHash VOUCHER = DocumentHash.of("voucher scan".getBytes(StandardCharsets.UTF_8));
    private static final DocumentHash APPRAISAL = DocumentHash.of("appraisal".getBytes(StandardCharsets.UTF_8));
    private static final DocumentHash ELSEWHERE = DocumentHash.of("other platform".getBytes(StandardCharsets.UTF_8));
    private static final LocalDate ON = LocalDate.of(2020, 4, 1);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create(new KnownEvidence().document(ID, VOUCHER.value())
                .document(ID, APPRAISAL.value()).document("JS-OTHER", ELSEWHERE.value()));
    }

    private static RecordInstallmentCommand installmentCiting(List<DocumentHash> documents) {
        return new RecordInstallmentCommand(PLATFORM, EntryId.of("I-1"), COLLEGE, null, ContributionForm.CASH,
                yuan("100.00"), ON, "V-I-1", null, documents);
    }

    @Test
    void anInstallmentCarriesTheHashesOfItsDocumentsOnceEachInTheOrderGiven() {
        fixture.given(declared(), approved())
                .when(installmentCiting(List.of(VOUCHER, APPRAISAL, VOUCHER)))
                .expectEvents(new InstallmentRecordedEvent(ID, "I-1", COLLEGE, null, ContributionForm.CASH,
                        yuan("100.00"), ON, "V-I-1", null, List.of(VOUCHER.value(), APPRAISAL.value())));
    }

    @Test
    void aContributionAndAnExpenditureCarryTheirDocuments() {
        fixture.given(declared(), approved(), agreementWithE1AndE2())
                .when(new RecordEnterpriseContributionCommand(PLATFORM, EntryId.of("C-1"), PartyId.of(E1),
                        ContributionForm.EQUIPMENT, yuan("100.00"), ON, "V-C-1", "评估-C-1", List.of(APPRAISAL)))
                .expectEvents(new EnterpriseContributionRecordedEvent(ID, "C-1", E1, ContributionForm.EQUIPMENT,
                        yuan("100.00"), ON, "V-C-1", "评估-C-1", List.of(APPRAISAL.value())));
        fixture.given(declared(), approved(), installment("I-1", COLLEGE, "100.00", ON))
                .when(new RecordExpenditureCommand(PLATFORM, EntryId.of("X-1"), ExpenditureCategory.OTHER, COLLEGE,
                        null, yuan("10.00"), ON, "V-X-1", List.of(VOUCHER)))
                .expectEvents(new ExpenditureRecordedEvent(ID, "X-1", ExpenditureCategory.OTHER, COLLEGE, null,
                        yuan("10.00"), ON, "V-X-1", List.of(VOUCHER.value())));
    }

    @Test
    void refusesADocumentNeverUploadedNamingItsPlace() {
        DocumentHash unknown = DocumentHash.of("never uploaded".getBytes(StandardCharsets.UTF_8));
        fixture.given(declared(), approved())
                .when(installmentCiting(List.of(VOUCHER, unknown)))
                .expectException(refusedWith(ErrorCode.UNKNOWN_DOCUMENT, "documents[1]"));
    }

    @Test
    void refusesADocumentUploadedToAnotherPlatform() {
        fixture.given(declared(), approved())
                .when(installmentCiting(List.of(ELSEWHERE)))
                .expectException(refusedWith(ErrorCode.UNKNOWN_DOCUMENT, "documents[0]"));
        fixture.given(declared(), approved(), installment("I-1", COLLEGE, "100.00", ON))
                .when(new RecordExpenditureCommand(PLATFORM, EntryId.of("X-1"), ExpenditureCategory.OTHER, COLLEGE,
                        null, yuan("10.00"), ON, "V-X-1", List.of(ELSEWHERE)))
                .expectException(refusedWith(ErrorCode.UNKNOWN_DOCUMENT, "documents[0]"));
        fixture.given(declared(), approved(), agreementWithE1AndE2())
                .when(new RecordEnterpriseContributionCommand(PLATFORM, EntryId.of("C-1"), PartyId.of(E1),
                        ContributionForm.CASH, yuan("100.00"), ON, "V-C-1", null, List.of(ELSEWHERE)))
                .expectException(refusedWith(ErrorCode.UNKNOWN_DOCUMENT, "documents[0]"));
    }
}
