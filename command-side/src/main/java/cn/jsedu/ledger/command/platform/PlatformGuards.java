package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.CreditCode;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.MoneyLimits;
import cn.jsedu.ledger.kernel.platform.AgreementParty;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PartyRole;
import cn.jsedu.ledger.kernel.platform.Pledge;
import cn.jsedu.ledger.kernel.programme.DateWindow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small checks shared by the platform's command handlers; each throws a {@link LedgerRuleException}. */
final class PlatformGuards {

    private PlatformGuards() {
    }

    static void recordable(Money amount, String field) {
        if (!MoneyLimits.isRecordable(amount)) {
            throw new LedgerRuleException(ErrorCode.AMOUNT_OUT_OF_RANGE, field,
                    "an amount must be > 0 and ≤ " + MoneyLimits.MAX_RECORDED_AMOUNT);
        }
    }

    static void correctable(Money amount, String field) {
        if (!MoneyLimits.isCorrectable(amount)) {
            throw new LedgerRuleException(ErrorCode.AMOUNT_OUT_OF_RANGE, field,
                    "a corrected amount must be ≥ 0 and ≤ " + MoneyLimits.MAX_RECORDED_AMOUNT);
        }
    }

    /** Money arrives and decisions are taken on or before today, never in the future. */
    static void notAfterToday(LocalDate date, Clock clock, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new LedgerRuleException(ErrorCode.DATE_IN_FUTURE, field, field + " " + date + " is in the future");
        }
    }

    /**
     * docs/domain.md §4 "Dates": a command's date lies in its window and is not after today (a later date stays
     * DATE_IN_FUTURE); the refusal names the field and states the window, as far as today.
     */
    static void within(DateWindow window, LocalDate date, Clock clock, String field) {
        notAfterToday(date, clock, field);
        if (!window.contains(date)) {
            throw new LedgerRuleException(ErrorCode.DATE_OUTSIDE_WINDOW, field, field + " " + date
                    + " lies outside the dates of " + window.what() + ": "
                    + window.endingBy(LocalDate.now(clock)).range());
        }
    }

    static void unused(Set<String> usedIds, String id, String field) {
        if (usedIds.contains(id)) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, field, id + " is already used on this platform");
        }
    }

    static void requireAppraisalForNonCash(ContributionForm form, String appraisalRef) {
        if (!form.isCash() && (appraisalRef == null || appraisalRef.isBlank())) {
            throw new LedgerRuleException(ErrorCode.APPRAISAL_REF_REQUIRED, "appraisalRef",
                    "a non-cash contribution counts at its appraised value: name the appraisal");
        }
    }

    /** The declared enterprises have distinct party ids and valid credit codes; returns the ids. */
    static Set<String> distinctEnterprises(List<EnterpriseParty> enterprises) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < enterprises.size(); i++) {
            EnterpriseParty party = enterprises.get(i);
            if (!ids.add(party.partyId())) {
                throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "enterprises[" + i + "].partyId",
                        "party " + party.partyId() + " is listed twice");
            }
            creditCode(party.creditCode(), "enterprises[" + i + "].creditCode");
        }
        return ids;
    }

    /** Parties are distinct, enterprises carry a credit code, pledges come from parties in their role. */
    static void requireValidAgreement(List<AgreementParty> parties, List<Pledge> pledges) {
        if (parties.isEmpty()) {
            throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "parties", "an agreement has parties");
        }
        Map<String, PartyRole> roles = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            AgreementParty party = parties.get(i);
            if (roles.put(party.partyId(), party.role()) != null) {
                throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "parties[" + i + "].partyId",
                        "party " + party.partyId() + " is listed twice");
            }
            if (party.role() == PartyRole.ENTERPRISE || party.creditCode() != null) {
                creditCode(party.creditCode(), "parties[" + i + "].creditCode");
            }
        }
        for (int i = 0; i < pledges.size(); i++) {
            Pledge pledge = pledges.get(i);
            PartyRole role = roles.get(pledge.partyId());
            if (role == null) {
                throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "pledges[" + i + "].partyId",
                        "pledge from " + pledge.partyId() + ", who is not a party of this agreement");
            }
            if ((pledge.source() == FundingSource.ENTERPRISE) != (role == PartyRole.ENTERPRISE)) {
                throw new LedgerRuleException(ErrorCode.INVALID_PARTY, "pledges[" + i + "].source",
                        "ENTERPRISE pledges come from enterprise parties, and enterprise parties pledge as ENTERPRISE");
            }
            recordable(pledge.amount(), "pledges[" + i + "].amount");
        }
    }

    private static void creditCode(String value, String field) {
        try {
            new CreditCode(value);
        } catch (IllegalArgumentException e) {
            throw new LedgerRuleException(ErrorCode.INVALID_PARTY, field, e.getMessage());
        }
    }
}
