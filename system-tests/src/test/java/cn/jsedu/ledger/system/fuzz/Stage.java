package cn.jsedu.ledger.system.fuzz;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;

import java.util.concurrent.atomic.AtomicLong;

import static cn.jsedu.ledger.testsupport.Api.expect;

/**
 * The platforms the fuzzer aims at, each in the state its commands need, so that a valid-looking request reaches
 * the rules of the domain rather than stopping at "no such platform": an approved platform with an agreement, money
 * and a task book ({@link #active}); a declared one (approval, rejection); a suspended one (resumption); an approved
 * one near its acceptance and one under review; a pending proposal. A fuzzed request that is accepted may use one
 * up (an approval, a review): it is replaced before the next case.
 */
final class Stage {

    /** Distinct per run (two runs in one JVM, or a shrink, never reuse an id or a college). */
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000L);

    final String run;
    private final LedgerSystem ledger;
    private final Commands commands;

    Platform active;
    Platform declared;
    Platform suspended;
    Platform approvedForAcceptance;
    Platform underReview;
    Proposal pendingProposal;

    /** A proposal waiting for a second administrator. */
    record Proposal(String platformId, String id) {
    }

    /** A platform the stage made, and the college whose officer acts for it. */
    record Platform(String id, String college) {
        String officer() {
            return "college-" + college;
        }
    }

    Stage(LedgerSystem ledger) {
        this.ledger = ledger;
        this.commands = new Commands(ledger.commands);
        this.run = Long.toString(SERIAL.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
        active = newActive();
        declared = newDeclared();
        suspended = newSuspended();
        approvedForAcceptance = newApproved();
        underReview = newUnderReview();
        pendingProposal = newProposal();
    }

    /** A number no earlier call returned: for entry ids, keys and colleges. */
    long serial() {
        return SERIAL.incrementAndGet();
    }

    /** A college code that has no platform yet (ten digits, like the real ones). */
    String freshCollege() {
        return String.format("77%08d", serial() % 100_000_000L);
    }

    String freshPlatformId() {
        return "FZ-" + run + "-" + serial();
    }

    /** After a fuzzed command was accepted: replaces what it used up. */
    void accepted(Endpoint endpoint, String platformId, String declaredCollege) {
        String path = endpoint.path();
        if (path.endsWith("/approval") && !path.contains("/proposals/") || path.endsWith("/rejection")) {
            if (declared.id().equals(platformId)) {
                declared = newDeclared();
            }
        } else if (path.endsWith("/resumption")) {
            if (suspended.id().equals(platformId)) {
                suspended = newSuspended();
            }
        } else if (path.endsWith("/acceptance-requests")) {
            if (approvedForAcceptance.id().equals(platformId)) {
                underReview = approvedForAcceptance;
                approvedForAcceptance = newApproved();
            } else if (active.id().equals(platformId)) {
                active = newActive();
            }
        } else if (path.endsWith("/acceptance-reviews")) {
            if (underReview.id().equals(platformId)) {
                underReview = newUnderReview();
            } else if (active.id().equals(platformId)) {
                active = newActive();
            }
        } else if (path.contains("/proposals/")) {
            pendingProposal = newProposal();
        } else if (path.equals("/api/v1/platforms")) {
            // a declaration the fuzzer got through is a declared platform like any other
            if (declaredCollege != null) {
                declared = new Platform(platformId, declaredCollege);
            }
        }
    }

    private Platform newActive() {
        Platform p = new Platform(freshPlatformId(), freshCollege());
        commands.approvedPlatform(p.id(), p.college());
        commands.installment(p.id(), "FZ-PROV-1", "PROVINCIAL_FINANCE", "5000000.00", "2020-04-01");
        commands.installment(p.id(), "FZ-COLL-1", "COLLEGE", "5000000.00", "2020-04-02");
        commands.contribution(p.id(), "FZ-CON-1", "E1", "CASH", "1000000.00", "2020-04-03");
        commands.taskBook(p.id());
        return p;
    }

    private Platform newDeclared() {
        Platform p = new Platform(freshPlatformId(), freshCollege());
        commands.declared(p.id(), p.college());
        return p;
    }

    private Platform newApproved() {
        Platform p = new Platform(freshPlatformId(), freshCollege());
        commands.approvedPlatform(p.id(), p.college());
        return p;
    }

    private Platform newSuspended() {
        Platform p = newApproved();
        commands.suspend(p.id());
        return p;
    }

    private Platform newUnderReview() {
        Platform p = newApproved();
        // not READY (ADR 0022): requested past the acceptance gate with an override under four eyes
        commands.overrideAcceptance(p.id(), "2023-06-01", "fuzz stage");
        return p;
    }

    /** A reward proposed by admin1 on the active platform, for admin2 to approve (four eyes) or anyone to withdraw. */
    private Proposal newProposal() {
        Api.Response proposed = expect(ledger.commands.as("admin1").post("/api/v1/platforms/" + active.id() + "/decisions",
                "{\"type\":\"REWARD\",\"amount\":\"1000.00\",\"basis\":\"fuzz\",\"decisionRef\":\"FZ-" + serial()
                        + "\",\"decidedOn\":\"2022-06-01\"}"), 202);
        return new Proposal(active.id(), proposed.json().path("entryId").asText());
    }
}
