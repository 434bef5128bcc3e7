package cn.jsedu.ledger.support.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Both services get the upcasters by depending on service-support: the auto-configuration is listed and adds them. */
class UpcastingAutoConfigurationTest {

    @Test
    void isAnAutoConfigurationOfThisModule() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(UpcastingAutoConfiguration.class.getName());
    }

    @Test
    void contributesTheUpcastersAsEventUpcasterBeans() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UpcastingAutoConfiguration.class))
                .run(context -> assertThat(context.getBeansOfType(EventUpcaster.class).values())
                        .extracting(Object::getClass).containsExactlyInAnyOrder(ChangeProposedEventUpcaster.class,
                                PlatformDeclaredEventUpcaster.class, MoneyEntryDocumentsUpcaster.class,
                                ProgrammeBudgetToleranceUpcaster.class));
    }
}
