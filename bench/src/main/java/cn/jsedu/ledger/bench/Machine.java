package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = first("/proc/cpuinfo", "model name");
        String mem = first("/proc/meminfo", "MemTotal");
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem
                + ", Linux " + System.getProperty("os.version") + ", Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), bench JVM max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    private static String first(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
