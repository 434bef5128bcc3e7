package cn.jsedu.ledger.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The smoke subset that runs in every build (under 10 minutes): contention, duplicates, a late commit and one
 * kill -9, on one cluster of two command-side JVMs and one query-side JVM. The full suite is
 * {@code mvn -B verify -pl reliability -am -Preliability-full}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilitySmokeIT {

    private static Cluster cluster;

    @BeforeAll
    static void start() {
        cluster = Cluster.start("smoke", 2, 1);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    @Order(1)
    void contention() throws Exception {
        Scenarios.contention(cluster);
    }

    @Test
    @Order(2)
    void duplicates() throws Exception {
        Scenarios.duplicates(cluster);
    }

    @Test
    @Order(3)
    void lateCommit() throws Exception {
        Scenarios.lateCommit(cluster, Long.getLong("reliability.late-hold-seconds", 5));
    }

    @Test
    @Order(4)
    void killCommandSide() throws Exception {
        Scenarios.killCommandSide(cluster, 8, 60);
    }
}
