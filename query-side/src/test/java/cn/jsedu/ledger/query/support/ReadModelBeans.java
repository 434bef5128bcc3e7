package cn.jsedu.ledger.query.support;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.audit.StateReplay;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.document.EvidenceDocuments;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.finding.FindingQueries;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.platform.PlanWriter;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import cn.jsedu.ledger.query.readmodel.ReadModelReset;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.query.reporting.EquipmentRepository;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.round.MissingPanelScores;
import cn.jsedu.ledger.query.round.RoundQueries;
import cn.jsedu.ledger.support.json.LedgerJson;
import cn.jsedu.ledger.support.upcasting.ChangeProposedEventUpcaster;
import cn.jsedu.ledger.support.upcasting.MoneyEntryDocumentsUpcaster;
import cn.jsedu.ledger.support.upcasting.PlatformDeclaredEventUpcaster;
import cn.jsedu.ledger.support.upcasting.ProgrammeBudgetToleranceUpcaster;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import cn.jsedu.ledger.query.finance.FinanceExports;
import cn.jsedu.ledger.query.finance.FinanceQueries;
import cn.jsedu.ledger.query.finance.FinanceRepository;
import org.springframework.context.annotation.Bean;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.enterprise.EnterpriseQueries;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The query side's read-model beans on one {@link DataSource}, and nothing else: every event handler component of
 * the read-models processing group (found as the application finds them, so a new projection joins by itself), the
 * writer they share, and the queries that read their tables. No processor, no event stream, no web layer.
 *
 * <p>Deliberately not a {@code @Configuration}: it would be a component, and the Spring Boot tests that scan the
 * application's packages would pick it up. {@link ReadModelHarness} registers it by hand.
 */
@ComponentScan(basePackages = "cn.jsedu.ledger.query", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ReadModelBeans.InReadModelsGroup.class))
@Import({ReadModelWriter.class, PlanWriter.class, ReadModelReset.class, PlatformQueries.class,
        LedgerLineRepository.class, BalanceQueries.class, ReportingRepository.class, EquipmentRepository.class,
        ProposalQueries.class, ReadinessQueries.class, StateReplay.class, ProgrammeQueries.class,
        ContributionRepository.class, EnterpriseQueries.class, AcceptanceRequests.class, FindingQueries.class,
        EvidenceDocuments.class, FinanceRepository.class, FinanceQueries.class, FinanceExports.class,
        RoundQueries.class, MissingPanelScores.class})
class ReadModelBeans {

    /** The event serializer both sides use (service-support's LedgerJsonAutoConfiguration). */
    static final Serializer EVENT_SERIALIZER = JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    ProgrammeParameters programmeParameters() {
        return ProgrammeParameters.defaults();
    }

    @Bean
    EventStoreReader eventStoreReader(JdbcTemplate jdbc) {
        return new EventStoreReader(jdbc, EVENT_SERIALIZER, new EventUpcasterChain(new ChangeProposedEventUpcaster(),
                new PlatformDeclaredEventUpcaster(), new MoneyEntryDocumentsUpcaster(), new ProgrammeBudgetToleranceUpcaster()));
    }

    /** {@code @ProcessingGroup("read-models")} components, wherever they are. */
    static final class InReadModelsGroup implements TypeFilter {

        @Override
        public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                             org.springframework.core.type.classreading.MetadataReaderFactory factory) {
            Map<String, Object> group = reader.getAnnotationMetadata().getAnnotationAttributes(ProcessingGroup.class.getName());
            return group != null && ReadModels.PROCESSING_GROUP.equals(group.get("value"));
        }
    }
}
