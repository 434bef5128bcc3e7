package cn.jsedu.ledger.kernel.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorTest {

    @ParameterizedTest
    @CsvSource({"COUNT,0,0", "COUNT,12,12", "MONEY,150000.5,15000050", "RATIO,33.33,3333", "RATIO,100,10000",
            "RATIO,0.5,50", "YES_NO,true,1", "YES_NO,false,0"})
    void parsesValuesToComparableIntegers(IndicatorUnit unit, String text, long value) {
        assertThat(unit.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"COUNT,-1", "COUNT,1.5", "COUNT,01", "MONEY,1.234", "MONEY,-1", "RATIO,100.01", "RATIO,33.333",
            "RATIO,-1", "YES_NO,yes", "YES_NO,TRUE"})
    void refusesValuesOfTheWrongShape(IndicatorUnit unit, String text) {
        assertThatThrownBy(() -> unit.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsCanonically() {
        assertThat(IndicatorUnit.MONEY.format(15000050)).isEqualTo("150000.50");
        assertThat(IndicatorUnit.RATIO.format(3333)).isEqualTo("33.33");
        assertThat(IndicatorUnit.YES_NO.format(1)).isEqualTo("true");
    }

    @Test
    void theCatalogueCoversEveryKeyTask() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.get();
        assertThat(catalogue.all().stream().map(Indicator::task).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(catalogue.find("T5-FOUR-TECH-REVENUE")).hasValueSatisfying(i -> {
            assertThat(i.unit()).isEqualTo(IndicatorUnit.MONEY);
            assertThat(i.nameZh()).isEqualTo("“四技”到账经费");
        });
        assertThat(catalogue.find("T7-STUDIOS-LABS-CENTRES").orElseThrow().nameEn())
                .isEqualTo("enterprise studios, labs and innovation centres");
        assertThat(catalogue.find("NOPE")).isEmpty();
    }
}
