package cn.jsedu.ledger.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system tests share one ledger ({@link LedgerSystem}) and one college may have one live platform per programme
 * (每校限报1个): two test classes declaring for the same college code collide, and which one fails depends on the
 * order they run in (it happened: a new test class took the codes of the browser tests, whose platforms were then
 * refused with COLLEGE_ALREADY_HAS_PLATFORM). Each class keeps college codes of its own.
 */
class CollegeCodesTest {

    private static final Pattern CODE = Pattern.compile("\\b86\\d{8}\\b");

    @Test
    void noCollegeCodeIsUsedByTwoTestClasses() throws IOException {
        Map<String, Set<String>> classesByCode = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher codes = CODE.matcher(Files.readString(source));
                while (codes.find()) {
                    classesByCode.computeIfAbsent(codes.group(), c -> new TreeSet<>())
                            .add(source.getFileName().toString());
                }
            }
        }
        assertThat(classesByCode).as("college codes the system tests declare with").isNotEmpty();
        assertThat(classesByCode).as("college codes used by more than one test class")
                .allSatisfy((code, classes) -> assertThat(classes).as(code).hasSize(1));
    }
}
