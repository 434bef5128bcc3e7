package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.document.EvidenceDocuments;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.finding.FindingQueries;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The acceptance dossier of one platform as a PDF: gathered from the same read models and calculators as the API
 * (readiness, balances, compliance, decisions, proposals, verification, audit findings, evidence documents) and printed in Chinese with {@link CjkFont},
 * codes and figures in the words of the catalogues ({@link DossierWords}; query-side.yml names them).
 */
@Service
public class DossierService {

    private final ReadinessQueries readiness;
    private final BalanceQueries balances;
    private final PlatformQueries platforms;
    private final ProposalQueries proposals;
    private final PlatformVerifications verifications;
    private final ContributionRepository contributions;
    private final ProgrammeQueries programmes;
    private final DossierWords words;
    private final CjkFont font;
    private final AcceptanceRequests acceptanceRequests;
    private final FindingQueries findings;
    private final EvidenceDocuments documents;
    private final Clock clock;

    public DossierService(ReadinessQueries readiness, BalanceQueries balances, PlatformQueries platforms,
                          ProposalQueries proposals, PlatformVerifications verifications,
                          ContributionRepository contributions, ProgrammeQueries programmes, MessageSource messages,
                          CjkFont font, AcceptanceRequests acceptanceRequests, FindingQueries findings,
                          EvidenceDocuments documents, Clock clock) {
        this.acceptanceRequests = acceptanceRequests;
        this.findings = findings;
        this.documents = documents;
        this.readiness = readiness;
        this.balances = balances;
        this.platforms = platforms;
        this.proposals = proposals;
        this.verifications = verifications;
        this.contributions = contributions;
        this.programmes = programmes;
        this.words = new DossierWords(messages, Locale.SIMPLIFIED_CHINESE);
        this.font = font;
        this.clock = clock;
    }

    public Dossier gather(PlatformRow row) {
        LocalDate today = LocalDate.now(clock);
        String id = row.platformId();
        BalanceQueries.Inputs inputs = balances.inputs(row, null);
        return new Dossier(row, readiness.platform(row, today), balances.balances(row, null, null),
                ComplianceCalculator.compute(inputs, contributions.of(id), today, null,
                        programmes.inForce(row, today, null)),
                platforms.decisions(id), proposals.ofPlatform(id), verifications.of(id), inputs.lines(), today,
                clock.instant(), words, acceptanceRequests.of(id), findings.ofPlatform(id, today).findings(),
                documents.ofPlatform(id));
    }

    public byte[] pdf(PlatformRow row) {
        var chinese = font.font(); // first: without a font there is no dossier to gather for
        return DossierPdf.render(gather(row), chinese, clock.getZone());
    }
}
