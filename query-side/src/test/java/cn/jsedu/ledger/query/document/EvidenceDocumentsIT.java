package cn.jsedu.ledger.query.document;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DocumentCitationProjection} and {@link EvidenceDocuments} on a real database: a platform's documents with the
 * events citing them, a download only through a platform the document was uploaded to, and verification of the stored
 * bytes and the citations.
 */
class EvidenceDocumentsIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    /** A platform of its own per test: the documents tables are append-only and outlive each test. */
    private final String id = "DOC-" + UUID.randomUUID().toString().substring(0, 8);
    private final PlatformStory js = PlatformStory.of(id);
    /** Content unique to the test, for the same reason. */
    private final byte[] scan = ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    private final String hash = DocumentHash.of(scan).value();

    @BeforeEach
    void approved() {
        js.declared();
        js.approved("2020-03-01");
    }

    private EvidenceDocuments documents() {
        return readModels.bean(EvidenceDocuments.class);
    }

    private void upload(String platformId, String sha256, byte[] content) {
        readModels.jdbc().update("INSERT INTO event_store.evidence_document (sha256, media_type, size_bytes, content) "
                + "VALUES (?, 'application/pdf', ?, ?) ON CONFLICT DO NOTHING", sha256, content.length, content);
        readModels.jdbc().update("INSERT INTO event_store.evidence_document_upload (platform_id, sha256, file_name, "
                + "uploaded_by) VALUES (?, ?, 'voucher.pdf', 'college-wx')", platformId, sha256);
    }

    private DomainEventMessage<?> installmentCiting(List<String> hashes) {
        return js.record(new InstallmentRecordedEvent(id, "I-1", FundingSource.COLLEGE, null,
                ContributionForm.CASH, Money.parse("100.00"), LocalDate.of(2020, 4, 1), "凭证-1", null, hashes));
    }

    @Test
    void aPlatformsDocumentsNameTheEventsThatCiteThem() {
        upload(id, hash, scan);
        DomainEventMessage<?> installment = installmentCiting(List.of(hash));
        DomainEventMessage<?> finding = js.record(new FindingRecordedEvent(id, "F-1", FindingCategory.FUND_USE,
                "x", List.of(), List.of(hash), LocalDate.of(2022, 9, 30)));
        readModels.project(js.events());

        List<DocumentView> list = documents().ofPlatform(id);
        assertThat(list).hasSize(1);
        DocumentView document = list.get(0);
        assertThat(document.sha256()).isEqualTo(hash);
        assertThat(document.sizeBytes()).isEqualTo(scan.length);
        assertThat(document.fileName()).isEqualTo("voucher.pdf");
        assertThat(document.downloadPath()).isEqualTo("/api/v1/platforms/" + id + "/documents/" + hash);
        assertThat(document.citations()).extracting(DocumentView.Citation::eventId, DocumentView.Citation::eventType,
                        DocumentView.Citation::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(installment.getIdentifier(),
                                "InstallmentRecordedEvent", "I-1"),
                        org.assertj.core.groups.Tuple.tuple(finding.getIdentifier(), "FindingRecordedEvent", "F-1"));
    }

    @Test
    void aDocumentIsReadOnlyThroughAPlatformItWasUploadedTo() {
        upload(id, hash, scan);
        assertThat(documents().content(id, hash)).get()
                .satisfies(c -> assertThat(c.bytes()).isEqualTo(scan))
                .satisfies(c -> assertThat(c.fileName()).isEqualTo(hash + ".pdf"));
        assertThat(documents().content(id + "-OTHER", hash)).isEmpty();
        assertThat(documents().ofPlatform(id + "-OTHER")).isEmpty();
    }

    @Test
    void verificationFindsAlteredBytesAndCitationsOfDocumentsNeverStored() {
        upload(id, hash, scan);
        String missing = DocumentHash.of(new byte[] {7}).value();
        readModels.store(List.of(installmentCiting(List.of(hash, missing))));
        assertThat(documents().verify(id)).containsExactly(new DocumentProblem(missing,
                DocumentProblem.Kind.MISSING, "an event of the platform cites it; no such document is stored"));

        // bytes stored under a key they do not hash to: what a changed byte looks like
        byte[] altered = ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        String key = DocumentHash.of(("%PDF-1.4 original " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII))
                .value();
        upload(id, key, altered);
        assertThat(documents().verify(id)).extracting(DocumentProblem::sha256, DocumentProblem::problem)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(key, DocumentProblem.Kind.ALTERED),
                        org.assertj.core.groups.Tuple.tuple(missing, DocumentProblem.Kind.MISSING));
        assertThat(documents().alteredAnywhere()).extracting(DocumentProblem::sha256).contains(key)
                .doesNotContain(hash);
    }
}
