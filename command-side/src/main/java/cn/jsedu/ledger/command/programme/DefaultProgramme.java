package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The default programme's establishment, for a ledger whose platforms were recorded while the programme's parameters
 * were configuration (ADR 0019): on start, if the event store has no stream for {@link ProgrammeId#DEFAULT}, the
 * command side appends its {@link ProgrammeEstablishedEvent} with the plan as configured, which becomes the default
 * programme's first parameter set. Events are never updated: this only appends, once; a second instance starting at the
 * same moment loses the append race and finds the stream there. From then on the stream is the rules: configuration
 * no longer changes them (a warning says so when the two differ); rule changes go through four eyes.
 */
@Component
public class DefaultProgramme implements ApplicationRunner {

    /** Who the establishing event names as its issuer: the ledger itself, migrating its configuration. */
    public static final String ISSUER = "ledger";

    private static final Logger log = LoggerFactory.getLogger(DefaultProgramme.class);

    private final EventStore events;
    private final CommandGateway commands;
    private final ProgrammeParameters configuredPlan;

    public DefaultProgramme(EventStore events, CommandGateway commands, ProgrammeParameters configuredPlan) {
        this.events = events;
        this.commands = commands;
        this.configuredPlan = configuredPlan;
    }

    @Override
    public void run(ApplicationArguments args) {
        establishIfMissing();
    }

    /** Appends the default programme's establishment unless its stream exists; true if this call appended it. */
    public boolean establishIfMissing() {
        if (events.lastSequenceNumberFor(ProgrammeId.DEFAULT.value()).isPresent()) {
            warnIfConfigurationDiffers();
            return false;
        }
        try {
            commands.sendAndWait(new GenericCommandMessage<>(new EstablishDefaultProgrammeCommand(ProgrammeId.DEFAULT_NAME, configuredPlan))
                    .andMetaData(MetaData.with(EventMetadataKeys.USER, ISSUER).and(EventMetadataKeys.REASON,
                            "the plan's parameters as configured become the default programme's first parameter set")));
            log.info("Established the default programme {} with the configured plan's parameters", ProgrammeId.DEFAULT);
            return true;
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            // another instance appended it first
            return false;
        }
    }

    private void warnIfConfigurationDiffers() {
        DomainEventStream stream = events.readEvents(ProgrammeId.DEFAULT.value(), 0);
        if (stream.hasNext()) {
            DomainEventMessage<?> first = stream.next();
            if (first.getPayload() instanceof ProgrammeEstablishedEvent established
                    && !established.parameters().equals(configuredPlan)) {
                log.warn("The configured programme parameters (ledger.programme.*) differ from those the default "
                        + "programme {} was established with; the recorded ones apply. Parameters change only by an "
                        + "approved rule change (POST /api/v1/programmes/{}/parameter-changes, ADR 0019)",
                        ProgrammeId.DEFAULT, ProgrammeId.DEFAULT);
            }
        }
    }
}
