package cn.jsedu.ledger.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The CPU meter against real processes standing in for PostgreSQL: a parent (the postmaster) and a child that
 * burns CPU (a backend). The parent reaps the child when it exits, as the postmaster reaps a closed backend.
 */
@EnabledOnOs(OS.LINUX)
class CpuTest {

    private Process parent;

    @AfterEach
    void stop() {
        if (parent != null) {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    /**
     * The bug of the first full run: a backend closed just before the window was reaped while the meter read the
     * live processes, so the start reading missed it and the end reading found all of its CPU in the postmaster's
     * reaped time: S1 showed 2.7 cores busy on 2. Here the backend is killed and reaped exactly then.
     */
    @Test
    void doesNotCountABackendReapedWhileTheStartIsRead() throws Exception {
        ProcessHandle backend = startPostmasterWithBusyBackend();
        await().atMost(Duration.ofMinutes(2)).until(() -> Cpu.seconds(backend.pid(), false) >= 0.5);
        AtomicBoolean reaped = new AtomicBoolean();
        Cpu.Proc reapedMidway = new Cpu.Proc() {
            @Override
            public String[] stat(long pid) {
                return Cpu.PROC.stat(pid);
            }

            @Override
            public long[] pids() {
                if (reaped.compareAndSet(false, true)) {
                    backend.destroyForcibly();
                    await().atMost(Duration.ofMinutes(1)).until(() -> Cpu.seconds(parent.pid(), true) >= 0.5);
                }
                return Cpu.PROC.pids();
            }
        };

        Cpu.Meter meter = new Cpu.Meter(reapedMidway, parent.pid()).start();
        Cpu.Usage usage = meter.stop();

        assertThat(reaped).isTrue();
        assertThat(usage.pgSeconds()).as("CPU the backend spent before the window").isLessThan(0.1);
    }

    @Test
    void countsWhatALiveBackendSpendsInTheWindow() throws Exception {
        ProcessHandle backend = startPostmasterWithBusyBackend();
        Cpu.Meter meter = new Cpu.Meter(parent.pid()).start();
        double before = Cpu.seconds(backend.pid(), false);
        await().atMost(Duration.ofMinutes(2)).until(() -> Cpu.seconds(backend.pid(), false) >= before + 0.3);

        Cpu.Usage usage = meter.stop();

        assertThat(usage.pgSeconds()).isGreaterThanOrEqualTo(0.29);
    }

    @Test
    void refusesMoreCpuThanTheCoresCouldGive() {
        assertThatThrownBy(() -> new Cpu.Usage(7.0, 8.4, 10.7, 2, 0.5))
                .isInstanceOf(Cpu.ImpossibleCpuFigure.class)
                .hasMessageContaining("2.73 cores used");
        assertThat(new Cpu.Usage(7.0, 8.4, 5.5, 2, 0.5).pgShare()).isCloseTo(5.5 / 14, within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    /** A shell that starts a busy child and waits for it (reaping it), then sleeps: the child's handle. */
    private ProcessHandle startPostmasterWithBusyBackend() throws IOException {
        parent = new ProcessBuilder("sh", "-c", "sh -c 'while :; do :; done' & wait; exec sleep 600").start();
        await().atMost(Duration.ofSeconds(30)).until(() -> parent.children().findAny().isPresent());
        return parent.children().findFirst().orElseThrow();
    }
}
