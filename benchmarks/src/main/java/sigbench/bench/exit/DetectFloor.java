package sigbench.bench.exit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The native floor of exit detection: {@code floor detect <placement>}, from the C program the
 * user built and named with {@code -Dbench.floor} (or {@code SIGBENCH_FLOOR}), run in the same
 * job so the report can give the harness's p50 as a ratio to it. The harness never builds it.
 */
final class DetectFloor {

    private static final long RUN_TIMEOUT_SECONDS = 300;
    private static final Pattern LINE = Pattern.compile(
            "^(detect .+?)\\s+(same|cross|free)\\s+n=\\s*(\\d+)\\s+p50=\\s*(\\d+)");
    private static final Map<String, String> MECHANISM_OF_WORK = Map.of(
            "detect blocking waitpid", Mechanisms.WAITPID_BLOCKING,
            "detect busy WNOHANG poll", Mechanisms.WAITPID_POLL_BUSY,
            "detect 1ms WNOHANG poll", Mechanisms.WAITPID_POLL_1MS,
            "detect signalfd(SIGCHLD)", Mechanisms.SIGNALFD,
            "detect pidfd poll", Mechanisms.PIDFD);

    /** p50 in nanoseconds by "mechanism placement". */
    private final Map<String, Double> p50Nanos = new HashMap<>();

    private DetectFloor() {
    }

    /** The program named by {@code bench.floor} or {@code SIGBENCH_FLOOR}, or null. */
    static String program() {
        String program = System.getProperty("bench.floor", System.getenv("SIGBENCH_FLOOR"));
        return program == null || program.isBlank() ? null : program;
    }

    /** Runs {@code program detect <placement>} for each placement; throws if it fails. */
    static DetectFloor run(String program, List<String> placements) {
        DetectFloor floor = new DetectFloor();
        for (String placement : placements) {
            floor.parse(placement, runOnce(program, argument(placement)));
        }
        return floor;
    }

    /** The floor's p50 for {@code mechanism} at {@code placement}, or null if it has none. */
    Double p50Nanos(String mechanism, String placement) {
        return p50Nanos.get(mechanism + " " + placement);
    }

    static String argument(String placement) {
        return switch (placement) {
            case "same-cpu" -> "same";
            case "cross-cpu" -> "cross";
            default -> "free";
        };
    }

    private static String runOnce(String program, String placement) {
        try {
            Process process = new ProcessBuilder(program, "detect", placement)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " detect " + placement
                        + " did not finish within " + RUN_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " detect " + placement
                        + " exited with " + process.exitValue());
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("running " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }

    void parse(String placement, String output) {
        for (String line : output.split("\n")) {
            Matcher match = LINE.matcher(line);
            if (match.find() && MECHANISM_OF_WORK.containsKey(match.group(1))) {
                p50Nanos.put(MECHANISM_OF_WORK.get(match.group(1)) + " " + placement,
                        Double.parseDouble(match.group(4)));
            }
        }
    }

    /** A floor parsed from output already taken, for tests. */
    static DetectFloor parsed(String placement, String output) {
        DetectFloor floor = new DetectFloor();
        floor.parse(placement, output);
        return floor;
    }
}
