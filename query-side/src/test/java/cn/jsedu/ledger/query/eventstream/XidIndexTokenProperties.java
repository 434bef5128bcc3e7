package cn.jsedu.ledger.query.eventstream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The laws Axon's processors rely on: covers, bounds and sameness agree with one total order. */
class XidIndexTokenProperties {

    @Property
    void coversIsTheTotalOrder(@ForAll("tokens") XidIndexToken a, @ForAll("tokens") XidIndexToken b) {
        assertThat(a.covers(b)).isEqualTo(a.compareTo(b) >= 0);
        assertThat(a.covers(b) || b.covers(a)).as("total").isTrue();
        assertThat(a.covers(b) && b.covers(a)).isEqualTo(a.equals(b));
        assertThat(a.samePositionAs(b)).isEqualTo(a.equals(b));
    }

    @Property
    void boundsAreCoveredAndCovering(@ForAll("tokens") XidIndexToken a, @ForAll("tokens") XidIndexToken b) {
        assertThat(a.lowerBound(b)).isEqualTo(b.lowerBound(a));
        assertThat(a.upperBound(b)).isEqualTo(b.upperBound(a));
        assertThat(a.covers(a.lowerBound(b)) && b.covers(a.lowerBound(b))).isTrue();
        assertThat(a.upperBound(b).covers(a) && a.upperBound(b).covers(b)).isTrue();
    }

    @Property
    void coversIsTransitive(@ForAll("tokens") XidIndexToken a, @ForAll("tokens") XidIndexToken b,
                            @ForAll("tokens") XidIndexToken c) {
        if (a.covers(b) && b.covers(c)) {
            assertThat(a.covers(c)).isTrue();
        }
    }

    @Provide
    Arbitrary<XidIndexToken> tokens() {
        // Small ranges so that equal transaction ids and equal indexes are frequent.
        return Combinators.combine(Arbitraries.longs().between(0, 6), Arbitraries.longs().between(0, 6))
                .as(XidIndexToken::new);
    }
}
