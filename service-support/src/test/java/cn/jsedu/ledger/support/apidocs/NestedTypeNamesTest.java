package cn.jsedu.ledger.support.apidocs;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two answers' nested records of one simple name are two schemas, not one (the API documents had collapsed them). */
class NestedTypeNamesTest {

    record ComplianceView(List<Row> rows) {
        record Row(String platformId, boolean met) {
        }
    }

    record ReadinessView(List<Row> rows) {
        record Row(String platformId, String overall) {
        }
    }

    private static String name(Class<?> type, TypeNameResolver names) {
        return names.nameForType(TypeFactory.defaultInstance().constructType(type));
    }

    @Test
    void aNestedTypeIsNamedAfterTheTypesEnclosingIt() {
        NestedTypeNames names = new NestedTypeNames();
        assertThat(name(ComplianceView.Row.class, names)).isEqualTo("NestedTypeNamesTestComplianceViewRow");
        assertThat(name(ReadinessView.Row.class, names)).isEqualTo("NestedTypeNamesTestReadinessViewRow");
        assertThat(name(String.class, names)).as("a top-level type keeps its simple name").isEqualTo("string");
        assertThat(name(NestedTypeNamesTest.class, names)).isEqualTo("NestedTypeNamesTest");
        // what Swagger's default does, and why this exists
        assertThat(name(ComplianceView.Row.class, TypeNameResolver.std))
                .isEqualTo(name(ReadinessView.Row.class, TypeNameResolver.std));
    }
}
