package cn.jsedu.ledger.console.form;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and counts typed as the console shows them, or in full-width digits, reach the API in its shape. */
class TypedNumbersTest {

    @Test
    void amountsAsShownAreMadePlain() {
        assertThat(TypedNumbers.plain("1,500.00")).isEqualTo("1500.00");
        assertThat(TypedNumbers.plain("1,500,000.00")).isEqualTo("1500000.00");
        assertThat(TypedNumbers.plain("１，５００．００")).isEqualTo("1500.00");
        assertThat(TypedNumbers.plain(" 2,000 元")).isEqualTo("2000");
        assertThat(TypedNumbers.plain("¥1,000.5")).isEqualTo("1000.5");
        assertThat(TypedNumbers.plain("１２０")).isEqualTo("120");
    }

    @Test
    void anythingElseIsSentAsTypedForTheApiToRefuse() {
        assertThat(TypedNumbers.plain("1,50.00")).isEqualTo("1,50.00");
        assertThat(TypedNumbers.plain("五十")).isEqualTo("五十");
        assertThat(TypedNumbers.plain("1.234")).isEqualTo("1.234");
        assertThat(TypedNumbers.plain("12,3456")).isEqualTo("12,3456");
    }
}
