package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.registry.CollegeRegistry;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.mockito.Mockito.mock;

/** An Axon fixture for {@link Platform} with the plan's parameters, a fixed "today" and a stub college registry. */
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

    /** A fixture whose store holds the documents and events of {@code evidence}. */
    static AggregateTestFixture<Platform> create(KnownEvidence evidence) {
        return create(mock(CollegeRegistry.class), TestPlatforms.TODAY, evidence);
    }

    private static AggregateTestFixture<Platform> create(CollegeRegistry registry, LocalDate today) {
        return create(registry, today, new KnownEvidence());
    }

    private static AggregateTestFixture<Platform> create(CollegeRegistry registry, LocalDate today,
                                                         KnownEvidence evidence) {
        AggregateTestFixture<Platform> fixture = new AggregateTestFixture<>(Platform.class);
        fixture.registerInjectableResource(evidence);
        fixture.registerInjectableResource(ProgrammeParameters.defaults());
        fixture.registerInjectableResource(Clock.fixed(today.atStartOfDay(CHINA).plusHours(10).toInstant(), CHINA));
        fixture.registerAnnotatedCommandHandler(new PlatformDeclarationHandler(fixture.getRepository(), registry));
        return fixture;
    }

    /** Matches a {@link LedgerRuleException} with this code (and, if given, this field). */
    static Matcher<Throwable> refusedWith(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof LedgerRuleException e && e.code() == code
                        && (field == null || field.equals(e.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("LedgerRuleException " + code + (field == null ? "" : " on " + field));
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText(item instanceof LedgerRuleException e
                        ? "was " + e.code() + " on " + e.field() + ": " + e.getMessage() : "was " + item);
            }
        };
    }

    static Matcher<Throwable> refusedWith(ErrorCode code) {
        return refusedWith(code, null);
    }
}
