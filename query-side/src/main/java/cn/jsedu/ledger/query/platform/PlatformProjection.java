package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionExtendedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionPeriodFold;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.StatusFold;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.Pledge;
import cn.jsedu.ledger.kernel.platform.ReadinessOverride;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * The platform table: identity, construction period, acceptance, parties and agreements. The status is
 * {@link PlatformStatusProjection}'s.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PlatformProjection {

    private static final String UPSERT_PARTY = """
            INSERT INTO read_model.platform_party (platform_id, party_id, name, credit_code, role, declared, in_agreement)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (platform_id, party_id) DO UPDATE SET name = EXCLUDED.name,
              credit_code = COALESCE(EXCLUDED.credit_code, platform_party.credit_code), role = EXCLUDED.role,
              declared = platform_party.declared OR EXCLUDED.declared,
              in_agreement = platform_party.in_agreement OR EXCLUDED.in_agreement""";

    /** Every name a party is given, with when it was learned (the platform_party row keeps the latest). */
    private static final String NAME = """
            INSERT INTO read_model.party_name (platform_id, party_id, sequence_number, recorded_at, name)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform_id, party_id, sequence_number) DO NOTHING""";

    private final ReadModelWriter writer;
    private final PlanWriter plans;

    public PlatformProjection(ReadModelWriter writer, PlanWriter plans) {
        this.writer = writer;
        this.plans = plans;
    }

    @EventHandler
    void on(PlatformDeclaredEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.update("""
                INSERT INTO read_model.platform (platform_id, programme_id, college_code, college_name, college_city,
                  major_group, industry, title, status, declared_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.platformId(), e.programmeId(), e.college().code(), e.college().name(), e.college().city(),
                e.majorGroup(), e.industry(), e.title(),
                StatusFold.after(null, e).name(), time(message.getTimestamp()), time(message.getTimestamp()), sequence);
        for (EnterpriseParty party : e.enterprises()) {
            writer.update(UPSERT_PARTY, e.platformId(), party.partyId(), party.name(), party.creditCode(),
                    PartyRole.ENTERPRISE.name(), true, false);
            writer.update(NAME, e.platformId(), party.partyId(), sequence, time(message.getTimestamp()), party.name());
        }
        plans.store(e.platformId(), sequence, "DECLARED", e.plan(), message, null, null);
    }

    @EventHandler
    void on(PlatformApprovedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.update("""
                UPDATE read_model.platform SET batch = ?, construction_start = ?, construction_end = ?,
                  approval_ref = ? WHERE platform_id = ?""", e.batch(),
                e.constructionStart(), e.constructionEnd(), e.decisionRef(), e.platformId());
        plans.store(e.platformId(), sequence, "APPROVED", e.plan(), message, null, e.decisionRef());
    }

    @EventHandler
    void on(AgreementSignedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.update("""
                INSERT INTO read_model.agreement (platform_id, agreement_id, signed_on, terms_ref, event_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""", e.platformId(), e.agreementId(), e.signedOn(), e.termsRef(),
                message.getIdentifier(), time(message.getTimestamp()));
        for (AgreementParty party : e.parties()) {
            writer.update(UPSERT_PARTY, e.platformId(), party.partyId(), party.name(), party.creditCode(),
                    party.role().name(), false, true);
            writer.update(NAME, e.platformId(), party.partyId(), sequence, time(message.getTimestamp()), party.name());
        }
        for (int i = 0; i < e.pledges().size(); i++) {
            Pledge pledge = e.pledges().get(i);
            writer.update("""
                    INSERT INTO read_model.pledge (platform_id, agreement_id, line_no, party_id, source, form, amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", e.platformId(), e.agreementId(), i, pledge.partyId(),
                    pledge.source().name(), pledge.form().name(), money(pledge.amount()));
        }
    }

    @EventHandler
    void on(ConstructionExtendedEvent e) {
        writer.update("UPDATE read_model.platform SET construction_end = ? WHERE platform_id = ?",
                ConstructionPeriodFold.endSetBy(e).orElseThrow(), e.platformId());
    }

    @EventHandler
    void on(AcceptanceRequestedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.update("UPDATE read_model.platform SET acceptance_requested_on = ? WHERE platform_id = ?",
                e.requestedOn(), e.platformId());
        ReadinessOverride o = e.override();
        writer.update("""
                INSERT INTO read_model.acceptance_request (platform_id, sequence_number, requested_on, override_reason,
                  failing_items, proposed_by, approved_by, event_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (platform_id, sequence_number) DO NOTHING""", e.platformId(), sequence, e.requestedOn(),
                o == null ? null : o.reason(), o == null ? null : String.join(",", o.failingItems()),
                o == null ? null : o.proposedBy(), o == null ? null : o.approvedBy(), message.getIdentifier(),
                time(message.getTimestamp()));
    }

    @EventHandler
    void on(AcceptanceReviewedEvent e) {
        writer.update("""
                UPDATE read_model.platform SET acceptance_result = ?, acceptance_reviewed_on = ?
                WHERE platform_id = ?""", e.result().name(), e.reviewedOn(), e.platformId());
    }
}
