package cn.jsedu.ledger.console.api;

import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The reads of one page, made at the same time: a page is a dozen API answers, and one after another they would
 * cost a dozen round trips. Each read runs on the console's API threads with the request's log context (its
 * correlation id); {@link #join} gives its answer, or rethrows its {@link ApiProblem} as the page's own failure.
 */
public class Reads {

    private final ExecutorService threads;

    public Reads(ExecutorService threads) {
        this.threads = threads;
    }

    public <T> CompletableFuture<T> start(Supplier<T> read) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return CompletableFuture.supplyAsync(() -> {
            Map<String, String> previous = MDC.getCopyOfContextMap();
            if (context == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(context);
            }
            try {
                return read.get();
            } finally {
                if (previous == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(previous);
                }
            }
        }, threads);
    }

    /** The read's answer; its failure as it was thrown (an {@link ApiProblem} stays one). */
    public static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
