package cn.jsedu.ledger.kernel.id;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"P-001", "a", "550e8400-e29b-41d4-a716-446655440000", "x.y_z"})
    void acceptsIdShapes(String value) {
        assertThat(PlatformId.of(value).value()).isEqualTo(value);
        assertThat(EntryId.of(value).toString()).isEqualTo(value);
        assertThat(Identifiers.isWellFormed(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-start", "has space", "semi;colon", "'; drop table x; --", "中文"})
    void refusesOtherShapes(String value) {
        assertThatThrownBy(() -> PlatformId.of(value)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Identifiers.isWellFormed(value)).isFalse();
    }

    @Test
    void refusesOverlongIds() {
        assertThatThrownBy(() -> PartyId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartyId.of("x".repeat(64)).value()).hasSize(64);
        assertThat(Identifiers.isWellFormed("x".repeat(65))).isFalse();
        assertThat(Identifiers.isWellFormed(null)).isFalse();
    }

    @Test
    void creditCodeChecksItsCheckCharacter() {
        CreditCode valid = CreditCode.withCheckCharacter("91320200MA1MXXXX1");
        assertThat(valid.value()).isEqualTo("91320200MA1MXXXX1H");
        assertThat(new CreditCode("91320200123456789L").value()).isNotNull();
        assertThatThrownBy(() -> new CreditCode("91320200MA1MXXXX1X")).hasMessageContaining("check character");
        assertThatThrownBy(() -> new CreditCode("91320200MA1MXXXX1")).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> new CreditCode("91320200MA1MXXXXIH")).hasMessageContaining("only digits");
        assertThatThrownBy(() -> new CreditCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
