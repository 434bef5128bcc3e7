package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.verification.LedgerVerification;
import cn.jsedu.ledger.query.verification.PlatformVerificationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one place the dossier calls the tamper-evidence verification ({@code query.verification},
 * the same check as {@code GET /api/v1/platforms/{id}/verification}). A failure to verify is shown as such, never
 * as "valid".
 */
@Service
public class PlatformVerifications {

    private static final Logger log = LoggerFactory.getLogger(PlatformVerifications.class);

    private final LedgerVerification verification;

    public PlatformVerifications(LedgerVerification verification) {
        this.verification = verification;
    }

    public VerificationSummary of(String platformId) {
        try {
            return verification.platform(platformId, null).map(PlatformVerifications::summary)
                    .orElse(VerificationSummary.unavailable("verification.noEvents"));
        } catch (RuntimeException e) {
            log.warn("verification of {} failed", platformId, e);
            return VerificationSummary.unavailable("verification.failed");
        }
    }

    private static VerificationSummary summary(PlatformVerificationReport r) {
        PlatformVerificationReport.Broken broken = r.firstBroken();
        return new VerificationSummary(true, r.valid(), r.events(),
                r.head() == null ? null : r.head().sequenceNumber(), r.head() == null ? null : r.head().eventHash(),
                r.checkpoint() == null ? null : r.checkpoint().counter(),
                r.checkpoint() == null ? null : r.checkpoint().createdAt(),
                broken == null ? null : broken.sequenceNumber(), broken == null ? null : broken.eventId(),
                broken == null ? null : broken.problem(), broken == null ? null : broken.detail(),
                r.verifiedAt(), null);
    }
}
