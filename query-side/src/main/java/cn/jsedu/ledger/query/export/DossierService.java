package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The acceptance dossier of one platform as a PDF: gathered from the same read models and calculators as the API
 * (readiness, balances, decisions, proposals, verification) and printed in Chinese with {@link CjkFont}, the values
 * named as the console names them (shared-kernel's {@code i18n/ledger-values}, query-side.yml).
 */
@Service
public class DossierService {

    private final ReadinessQueries readiness;
    private final BalanceQueries balances;
    private final PlatformQueries platforms;
    private final ProposalQueries proposals;
    private final PlatformVerifications verifications;
    private final MessageSource messages;
    private final CjkFont font;
    private final AcceptanceRequests acceptanceRequests;
    private final Clock clock;

    public DossierService(ReadinessQueries readiness, BalanceQueries balances, PlatformQueries platforms,
                          ProposalQueries proposals, PlatformVerifications verifications, MessageSource messages,
                          CjkFont font, AcceptanceRequests acceptanceRequests, Clock clock) {
        this.acceptanceRequests = acceptanceRequests;
        this.readiness = readiness;
        this.balances = balances;
        this.platforms = platforms;
        this.proposals = proposals;
        this.verifications = verifications;
        this.messages = messages;
        this.font = font;
        this.clock = clock;
    }

    public Dossier gather(PlatformRow row) {
        LocalDate today = LocalDate.now(clock);
        String id = row.platformId();
        return new Dossier(row, readiness.platform(row, today), balances.balances(row, null, null),
                platforms.decisions(id), proposals.ofPlatform(id), verifications.of(id),
                balances.inputs(row, null).lines(), today, clock.instant(),
                key -> messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE), acceptanceRequests.of(id));
    }

    public byte[] pdf(PlatformRow row) {
        var chinese = font.font(); // first: without a font there is no dossier to gather for
        return DossierPdf.render(gather(row), chinese, clock.getZone());
    }
}
