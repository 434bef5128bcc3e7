package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static cn.jsedu.ledger.console.form.FormField.Option;
import static cn.jsedu.ledger.console.form.FormField.date;
import static cn.jsedu.ledger.console.form.FormField.money;
import static cn.jsedu.ledger.console.form.FormField.select;
import static cn.jsedu.ledger.console.form.FormField.text;

/**
 * The finance office's two steps of the provincial money chain (docs/adr/0020): the allocation (指标下达, under a
 * document number) and the payment (拨付) of an allocation. The college's third step, the arrival, is not here.
 */
final class ProvincialChainForms {

    private ProvincialChainForms() {
    }

    static List<FormField> allocation() {
        return List.of(money("amount", true), date("allocatedOn", true), text("documentNumber", true),
                text("allocationId", false).labelKey("field.newAllocationId"));
    }

    static List<FormField> payment(List<Option> payable) {
        return List.of(select("allocationId", true, payable), money("amount", true), date("paidOn", true),
                text("voucherRef", true), text("paymentId", false).labelKey("field.newPaymentId"));
    }

    /**
     * The allocations with something left to pay (the API refuses more, PAYMENT_EXCEEDS_ALLOCATION), each by its
     * date, document number, amount and what is unpaid of it; amounts as the API gives them (exact decimal strings).
     */
    static List<Option> payable(QueryApi queries, String platformId, MessageSource messages, Locale locale,
                                ApiCall call) {
        return queries.provincialChain(platformId, call).allocations().stream()
                .filter(a -> a.unpaid() != null && new BigDecimal(a.unpaid()).signum() > 0)
                .map(a -> Option.text(a.allocationId(), a.allocatedOn() + " · " + a.documentNumber() + " · "
                        + a.amount() + " · " + messages.getMessage("field.unpaidOf", new Object[]{a.unpaid()}, locale)))
                .toList();
    }
}
