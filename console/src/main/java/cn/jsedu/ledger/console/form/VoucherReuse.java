package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.view.HistoryEntryView;
import cn.jsedu.ledger.console.api.view.LedgerLinesView;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entries of a platform that already carry the voucher reference a form is about to record, so the console can
 * ask before a second entry with the same voucher (a payment recorded twice is the costliest typo of a ledger). An
 * entry recorded by this very form (the same Idempotency-Key, a resend after Back) is not another entry: the API
 * answers that send with the first result and records nothing.
 */
final class VoucherReuse {

    static final String CONFIRM = "confirmVoucher";

    private VoucherReuse() {
    }

    static List<LedgerLinesView.LedgerLineView> earlier(String voucherRef, String idempotencyKey,
                                                        LedgerLinesView ledger, List<HistoryEntryView> history) {
        if (voucherRef == null || voucherRef.isBlank()) {
            return List.of();
        }
        Map<String, HistoryEntryView> events = history.stream()
                .collect(Collectors.toMap(HistoryEntryView::eventId, Function.identity(), (a, b) -> a));
        return ledger.lines().stream()
                .filter(l -> voucherRef.strip().equals(l.voucherRef() == null ? null : l.voucherRef().strip()))
                .filter(l -> {
                    HistoryEntryView event = events.get(l.eventId());
                    return event == null || !idempotencyKey.equals(event.idempotencyKey());
                })
                .toList();
    }
}
