package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.command.registry.CollegeRegistry;
import cn.jsedu.ledger.command.support.Refusals;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.mockito.Mockito.mock;

/**
 * An Axon fixture for {@link Platform} in the default programme with the plan's parameters (or a timeline a test gives),
 * a fixed "today" and a stub college registry.
 */
final class PlatformFixture {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PlatformFixture() {
    }

    static AggregateTestFixture<Platform> create() {
        return create(mock(CollegeRegistry.class));
    }

    static AggregateTestFixture<Platform> create(CollegeRegistry registry) {
        return create(registry, TestPlatforms.TODAY);
    }

    /** A fixture whose "today" is {@code today}. */
    static AggregateTestFixture<Platform> create(LocalDate today) {
        return create(mock(CollegeRegistry.class), today);
    }

    /** A fixture whose default programme has the rules of {@code timeline}, and whose "today" is {@code today}. */
    static AggregateTestFixture<Platform> create(ParameterTimeline timeline, LocalDate today) {
        return create(mock(CollegeRegistry.class), today, timeline, new KnownEvidence());
    }

    /** A fixture whose store holds the documents and events of {@code evidence}. */
    static AggregateTestFixture<Platform> create(KnownEvidence evidence) {
        return create(mock(CollegeRegistry.class), TestPlatforms.TODAY,
                ParameterTimeline.of(ProgrammeParameters.defaults()), evidence);
    }

    /** A fixture whose imports report the rows they judge to {@code progress}. */
    static AggregateTestFixture<Platform> create(ImportProgress progress) {
        return create(mock(CollegeRegistry.class), TestPlatforms.TODAY,
                ParameterTimeline.of(ProgrammeParameters.defaults()), new KnownEvidence(), progress);
    }

    private static AggregateTestFixture<Platform> create(CollegeRegistry registry, LocalDate today) {
        return create(registry, today, ParameterTimeline.of(ProgrammeParameters.defaults()), new KnownEvidence());
    }

    private static AggregateTestFixture<Platform> create(CollegeRegistry registry, LocalDate today,
                                                         ParameterTimeline timeline, KnownEvidence evidence) {
        return create(registry, today, timeline, evidence, ImportProgress.NONE);
    }

    private static AggregateTestFixture<Platform> create(CollegeRegistry registry, LocalDate today,
                                                         ParameterTimeline timeline, KnownEvidence evidence,
                                                         ImportProgress progress) {
        AggregateTestFixture<Platform> fixture = new AggregateTestFixture<>(Platform.class);
        ProgrammeRules rules = programmeId -> {
            if (!ProgrammeId.DEFAULT.value().equals(programmeId)) {
                throw new LedgerRuleException(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + programmeId);
            }
            return timeline;
        };
        fixture.registerInjectableResource(rules);
        fixture.registerInjectableResource(evidence);
        fixture.registerInjectableResource(progress);
        fixture.registerInjectableResource(Clock.fixed(today.atStartOfDay(CHINA).plusHours(10).toInstant(), CHINA));
        fixture.registerAnnotatedCommandHandler(new PlatformDeclarationHandler(fixture.getRepository(), registry, rules));
        return fixture;
    }

    /** Matches a {@link LedgerRuleException} with this code (and, if given, this field). */
    static Matcher<Throwable> refusedWith(ErrorCode code, String field) {
        return Refusals.refusedWith(code, field);
    }

    static Matcher<Throwable> refusedWith(ErrorCode code) {
        return refusedWith(code, null);
    }
}
