package cn.jsedu.ledger.system.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzzer's seed and number of cases: fixed by default, so every build tries the same cases and a failure
 * reproduces; {@code -Dledger.fuzz.seed=...} explores other cases, {@code -Dledger.fuzz.cases=...} tries more or
 * fewer. The seed is printed with every run (and by jqwik with every failure).
 */
public class FuzzSettings implements AroundPropertyHook {

    static final String DEFAULT_SEED = "20261203";
    static final int DEFAULT_CASES = 10_000;

    static String seed() {
        String seed = System.getProperty("ledger.fuzz.seed", "").trim();
        return seed.isEmpty() ? DEFAULT_SEED : seed;
    }

    static int cases() {
        String cases = System.getProperty("ledger.fuzz.cases", "").trim();
        return cases.isEmpty() ? DEFAULT_CASES : Integer.parseInt(cases);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setSeed(seed());
        context.attributes().setTries(cases());
        return property.execute();
    }

    /** Outside every other hook: the attributes must be set before the property starts generating. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
