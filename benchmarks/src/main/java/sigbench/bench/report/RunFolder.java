package sigbench.bench.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A new folder {@code <results>/<UTC yyyyMMdd-HHmmss>-<host>} for one run. A folder that exists
 * is never reused: a second run in the same second gets a suffix, so no report is overwritten.
 */
public final class RunFolder {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final int MOST_SUFFIXES = 100;

    private RunFolder() {
    }

    /** Creates the folder; fails with the folder's path and the reason if it cannot. */
    public static Path create(Path results, Instant start, String host) {
        String base = STAMP.format(start) + "-" + safeName(host);
        try {
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the results folder " + results
                    + ": " + e, e);
        }
        for (int attempt = 1; attempt <= MOST_SUFFIXES; attempt++) {
            Path run = results.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(run);
            } catch (FileAlreadyExistsException taken) {
                // Another run of the same second: try the next suffix.
            } catch (IOException e) {
                throw new IllegalStateException("cannot write results under " + results
                        + ": " + e, e);
            }
        }
        throw new IllegalStateException("every name for " + base + " is taken under " + results);
    }

    /** The host name reduced to letters, digits, dots and dashes. */
    static String safeName(String host) {
        String safe = host.replaceAll("[^A-Za-z0-9.-]", "_");
        return safe.isEmpty() ? "host" : safe;
    }
}
