package cn.jsedu.ledger.console.form;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit finding and provincial money chain forms send exactly the command API's request bodies (FindingRequest,
 * RectificationRequest, FindingClosureRequest, FindingReopeningRequest, ProvincialAllocationRequest,
 * ProvincialPaymentRequest): the API's field names, money as a decimal string however it was typed, and the finding
 * a step acts on in the path, never in the body.
 */
class FindingAndChainBodiesTest {

    @Test
    void recordsAFindingWithTheApisFieldNames() {
        Map<String, String> values = Map.of("category", "FUND_USE", "text", "差旅费列支于设备费", "deadline", "2027-03-31",
                "findingId", " ", "idempotencyKey", "console-1");
        assertThat(FormBodies.of(FormKind.FINDING, FindingForms.record(), values).json()).containsExactly(
                Map.entry("category", "FUND_USE"), Map.entry("text", "差旅费列支于设备费"), Map.entry("deadline", "2027-03-31"));
        assertThat(FormBodies.of(FormKind.FINDING, FindingForms.record(), Map.of("findingId", "F-1")).json())
                .containsExactly(Map.entry("findingId", "F-1"));
    }

    @Test
    void laterStepsNameTheFindingInThePathAndSendOnlyTheirOwnFields() {
        List<FormField.Option> findings = List.of(FormField.Option.text("F-1", "F-1 · 资金使用"));
        assertThat(FormBodies.of(FormKind.RECTIFICATION, FindingForms.rectification(findings),
                Map.of("findingId", "F-1", "text", "已调账")).json()).containsExactly(Map.entry("text", "已调账"));
        assertThat(FormBodies.of(FormKind.FINDING_CLOSURE, FindingForms.closure(findings),
                Map.of("findingId", "F-1", "remarks", "整改到位")).json()).containsExactly(Map.entry("remarks", "整改到位"));
        assertThat(FormBodies.of(FormKind.FINDING_REOPENING, FindingForms.reopening(findings),
                Map.of("findingId", "F-1", "reason", "凭证不全", "deadline", "2027-06-30")).json())
                .containsExactly(Map.entry("reason", "凭证不全"), Map.entry("deadline", "2027-06-30"));

        assertThat(FormKind.RECTIFICATION.pathInput()).isEqualTo("findingId");
        assertThat(FormKind.RECTIFICATION.path("F-1")).isEqualTo("findings/F-1/rectification");
        assertThat(FormKind.FINDING_CLOSURE.path("F-1")).isEqualTo("findings/F-1/closure");
        assertThat(FormKind.FINDING_REOPENING.path("F/../x")).isEqualTo("findings/F%2F..%2Fx/reopening");
        assertThat(FormKind.FINDING.pathInput()).isNull();
        assertThat(FormKind.FINDING.path(null)).isEqualTo("findings");
    }

    @Test
    void sendsAllocationsAndPaymentsWithMoneyAsDecimalStrings() {
        assertThat(FormBodies.of(FormKind.PROVINCIAL_ALLOCATION, ProvincialChainForms.allocation(), Map.of(
                "amount", "１，５００，０００．００", "allocatedOn", "2026-03-02", "documentNumber", "苏财教〔2026〕12号")).json())
                .containsExactly(Map.entry("amount", "1500000.00"), Map.entry("allocatedOn", "2026-03-02"),
                        Map.entry("documentNumber", "苏财教〔2026〕12号"));
        List<FormField.Option> payable = List.of(FormField.Option.text("A-1", "2026-03-02 · 苏财教〔2026〕12号"));
        assertThat(FormBodies.of(FormKind.PROVINCIAL_PAYMENT, ProvincialChainForms.payment(payable), Map.of(
                "allocationId", "A-1", "amount", "500,000.00元", "paidOn", "2026-04-01", "voucherRef", "BK-2026-0401",
                "paymentId", "")).json())
                .containsExactly(Map.entry("allocationId", "A-1"), Map.entry("amount", "500000.00"),
                        Map.entry("paidOn", "2026-04-01"), Map.entry("voucherRef", "BK-2026-0401"));
    }
}
