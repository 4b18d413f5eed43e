package sigbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The native floor: a {@code floor} program the user built from C and named with
 * {@code -Dbench.floor} (or {@code SIGBENCH_FLOOR}), run in the same job and placement as the
 * benchmarks so a report can give each harness p50 as a ratio to it. The harness never builds
 * it: without it the reports simply have no ratio column.
 */
public final class FloorProgram {

    private static final long RUN_TIMEOUT_SECONDS = 300;
    /** One line of its output: work, placement, count, p50 in nanoseconds. */
    private static final Pattern LINE = Pattern.compile(
            "^((?:rtt|detect) .+?)\\s+(?:same|cross|free)\\s+n=\\s*\\d+\\s+p50=\\s*(\\d+)");

    private FloorProgram() {
    }

    /** The program named by {@code bench.floor} or {@code SIGBENCH_FLOOR}, or null. */
    public static String path() {
        for (String program : new String[] {System.getProperty("bench.floor"),
                System.getenv("SIGBENCH_FLOOR")}) {
            if (program != null && !program.isBlank()) {
                return program;
            }
        }
        return null;
    }

    /** The floor's word for a placement: {@code same}, {@code cross} or {@code free}. */
    public static String argument(String placement) {
        return switch (placement) {
            case "same-cpu" -> "same";
            case "cross-cpu" -> "cross";
            default -> "free";
        };
    }

    /**
     * Runs {@code program <mode> <placement>}, waiting at most {@value #RUN_TIMEOUT_SECONDS} s,
     * and returns its p50 in nanoseconds by the work it names, such as "rtt socketpair".
     */
    public static Map<String, Double> p50NanosByWork(String program, String mode,
            String placement) {
        String command = program + " " + mode + " " + argument(placement);
        Path output = null;
        try {
            output = Files.createTempFile("sigbench-floor-", ".txt");
            Process process = new ProcessBuilder(program, mode, argument(placement))
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                throw new IllegalStateException(command + " did not finish within "
                        + RUN_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue());
            }
            return parse(Files.readString(output));
        } catch (IOException e) {
            throw new IllegalStateException("running " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /** The p50 in nanoseconds of every line of {@code output}, by the work it names. */
    public static Map<String, Double> parse(String output) {
        Map<String, Double> p50Nanos = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher match = LINE.matcher(line);
            if (match.find()) {
                p50Nanos.put(match.group(1), Double.parseDouble(match.group(2)));
            }
        }
        return p50Nanos;
    }
}
