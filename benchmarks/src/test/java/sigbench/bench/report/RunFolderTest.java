package sigbench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    private static final Instant START = Instant.parse("2026-12-04T15:26:32Z");

    @TempDir
    Path results;

    @Test
    @DisplayName("A run folder is named by the UTC start time and the host")
    void namedByTimeAndHost() {
        Path run = RunFolder.create(results, START, "vm");

        assertEquals("20261204-152632-vm", run.getFileName().toString());
    }

    @Test
    @DisplayName("A second run in the same second gets a new folder, never the old one")
    void neverReusesAFolder() throws IOException {
        Path first = RunFolder.create(results, START, "vm");
        Files.writeString(first.resolve("report.md"), "first");

        Path second = RunFolder.create(results, START, "vm");

        assertNotEquals(first, second);
        assertEquals("first", Files.readString(first.resolve("report.md")));
    }

    @Test
    @DisplayName("A results path that cannot be a folder fails naming the path")
    void unwritableResultsFail() throws IOException {
        Path notAFolder = Files.writeString(results.resolve("file"), "x");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> RunFolder.create(notAFolder.resolve("results"), START, "vm"));

        assertTrue(error.getMessage().contains(notAFolder.toString()), error.getMessage());
    }

    @Test
    @DisplayName("A host name is reduced to characters safe in a folder name")
    void hostNameIsMadeSafe() {
        assertEquals("a_b.c-d", RunFolder.safeName("a/b.c-d"));
        assertEquals("host", RunFolder.safeName(""));
    }
}
