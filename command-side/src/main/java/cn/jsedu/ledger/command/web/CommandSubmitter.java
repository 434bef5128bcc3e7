package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.evaluation.OpenEvaluationRoundCommand;
import cn.jsedu.ledger.command.idempotency.IdempotencyInterceptor;
import cn.jsedu.ledger.command.idempotency.IdempotencyKeyRaceException;
import cn.jsedu.ledger.command.idempotency.IdempotencyKeyReusedException;
import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.ImportRefusedException;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.command.programme.ProposeProgrammeCommand;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Sends a command through the gateway with the metadata every event must carry, and retries it when another
 * instance appended to the same platform first (Axon's {@link ConcurrencyException}) or a duplicate request
 * committed meanwhile. A retry is safe: the failed attempt rolled back entirely, and the retry re-checks every
 * rule (and the idempotency key) on fresh state. Clients see a 409 only if contention outlasts the attempts.
 * A refusal is confirmed once on state loaded from the store before it is returned (see ADR 0005).
 */
@Component
public class CommandSubmitter {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final CommandGateway gateway;
    private final ObjectMapper json;
    private final Issuer issuer;
    private final int maxAttempts;

    public CommandSubmitter(CommandGateway gateway, ObjectMapper json, Issuer issuer, CommandApiSettings settings) {
        this.gateway = gateway;
        this.json = json;
        this.issuer = issuer;
        this.maxAttempts = settings.commands().maxAttempts();
    }

    public ResponseEntity<CommandResponse> submit(Object command, Object requestBody, Why why, HttpStatus status,
                                                  HttpServletRequest request) {
        GenericCommandMessage<?> message = new GenericCommandMessage<>(command)
                .andMetaData(metadata(why, request, true));
        CommandResult result = (CommandResult) sendWithRetry(message, requestBody, request);
        return ResponseEntity.status(status).body(CommandResponse.of(result));
    }

    /**
     * Sends a command whose rows carry their own keys (an import, ADR 0024): each row's entry id makes it take effect
     * once, so no Idempotency-Key is taken; retried like any other. Answers the handler's result.
     */
    public Object sendKeyedByRows(Object command, Why why, HttpServletRequest request) {
        return sendWithRetry(new GenericCommandMessage<>(command).andMetaData(metadata(why, request, false)), null,
                request);
    }

    private Object sendWithRetry(GenericCommandMessage<?> first, Object requestBody,
                                        HttpServletRequest request) {
        GenericCommandMessage<?> message = first;
        boolean checkedOnFreshState = false;
        boolean checkedAsParsed = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(message);
            } catch (IdempotencyKeyReusedException e) {
                // A key stored before fingerprints were taken of the bytes holds the fingerprint of the body as parsed:
                // the same request again is recognised by that one (ADR 0005); any other request stays refused.
                if (checkedAsParsed) {
                    throw e;
                }
                checkedAsParsed = true;
                message = message.andMetaData(Map.of(IdempotencyInterceptor.REQUEST_HASH,
                        parsedFingerprint(request, requestBody)));
            } catch (ImportRefusedException e) {
                // the answer of an import asked to record nothing is no refusal to confirm; a refusal is
                if (checkedOnFreshState || e.refusals().isEmpty()) {
                    throw e;
                }
                checkedOnFreshState = true;
            } catch (LedgerRuleException e) {
                // The platform may have come from this instance's cache while another instance had moved it on: a
                // refusal must hold against the store. The refusal rolled back and evicted the cached platform, so
                // the second attempt loads it from the store; its verdict stands.
                if (checkedOnFreshState) {
                    throw e;
                }
                checkedOnFreshState = true;
            } catch (AggregateStreamCreationException e) {
                if (message.getPayload() instanceof OpenEvaluationRoundCommand) {
                    throw new CommandRefusedException(ErrorCode.ROUND_ID_TAKEN, "roundId",
                            "this evaluation round id is taken; choose another");
                }
                if (message.getPayload() instanceof ProposeProgrammeCommand) {
                    // a programme's or a platform's stream has this id: both share the event store's identifiers
                    throw new CommandRefusedException(ErrorCode.PROGRAMME_ID_TAKEN, "programmeId",
                            "this programme id is taken; choose another");
                }
                // an event stream with this id exists though the registry had no row for it: the same answer
                throw new CommandRefusedException(ErrorCode.PLATFORM_ID_TAKEN, "platformId",
                        "this platform id is taken; choose another");
            } catch (ConcurrencyException | IdempotencyKeyRaceException e) {
                if (attempt >= maxAttempts) {
                    throw new CommandRefusedException(ErrorCode.CONCURRENT_MODIFICATION, null,
                            "the platform kept changing under this command; retry it with the same Idempotency-Key");
                }
                // Jittered backoff so two instances retrying the same platform do not collide again in lockstep.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L, 5_000_000L * attempt));
            }
        }
    }

    private Map<String, Object> metadata(Why why, HttpServletRequest request, boolean keyed) {
        Issuer.Identity identity = issuer.of(request);
        Map<String, Object> metadata = new HashMap<>();
        // the authenticated user is also the owner of the request's Idempotency-Key (IdempotencyInterceptor)
        metadata.put(EventMetadataKeys.USER, identity.user());
        metadata.put(EventMetadataKeys.ROLE, identity.role());
        putIfPresent(metadata, EventMetadataKeys.COLLEGE, identity.college());
        putIfPresent(metadata, EventMetadataKeys.CLIENT_ADDRESS, identity.clientAddress());
        putIfPresent(metadata, EventMetadataKeys.REASON, why.reason());
        putIfPresent(metadata, EventMetadataKeys.DECISION_REF, why.decisionRef());
        metadata.put(EventMetadataKeys.CORRELATION_ID, CorrelationIdFilter.of(request));
        putIfPresent(metadata, EventMetadataKeys.CLIENT_CORRELATION_ID, CorrelationIdFilter.clientIdOf(request));
        String key = keyed ? request.getHeader(IDEMPOTENCY_HEADER) : null;
        if (key != null) {
            if (!KEY_SHAPE.matcher(key).matches()) {
                throw new CommandRefusedException(ErrorCode.IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_HEADER,
                        "an Idempotency-Key is 1-200 printable ASCII characters without spaces");
            }
            metadata.put(EventMetadataKeys.IDEMPOTENCY_KEY, key);
            metadata.put(IdempotencyInterceptor.REQUEST_HASH, RequestFingerprint.of(request));
        }
        return MetaData.from(metadata);
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }

    /** The fingerprint keys were stored with before {@link RequestFingerprint}: the body as parsed, written again. */
    private String parsedFingerprint(HttpServletRequest request, Object requestBody) {
        try {
            return RequestFingerprint.of(request, json.writeValueAsBytes(requestBody));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
