package sigbench.bench.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The native floor: round trips of the same work in plain C, from a {@code floor} program the
 * user built and named with {@code -Dbench.floor}, run in the same job and placement so the
 * report can show the harness's p50 as a ratio to it. The harness never builds it: no compiler
 * is needed unless the user wants this column.
 */
final class NativeFloor {

    private static final long RUN_TIMEOUT_SECONDS = 300;
    private static final Pattern LINE = Pattern.compile(
            "^(rtt .+?)\\s+(same|cross|free)\\s+n=\\s*(\\d+)\\s+p50=\\s*(\\d+)\\s+p99=\\s*(\\d+)");
    private static final Map<String, String> CHANNEL_OF_WORK = Map.of(
            "rtt socketpair", Channels.SOCKETPAIR,
            "rtt pipe pair", Channels.PIPE,
            "rtt kill+sigwaitinfo", Channels.KILL_SIGWAITINFO,
            "rtt kill+signalfd", Channels.KILL_SIGNALFD,
            "rtt sigqueue(SIGRTMIN)", Channels.SIGQUEUE_RT);

    /** p50 in nanoseconds by "channel placement". */
    private final Map<String, Double> p50Nanos = new HashMap<>();

    NativeFloor() {
    }

    /** Runs {@code program rtt <placement>} for each placement; throws if it fails. */
    static NativeFloor run(String program, List<String> placements) {
        NativeFloor floor = new NativeFloor();
        for (String placement : placements) {
            String argument = switch (placement) {
                case "same-cpu" -> "same";
                case "cross-cpu" -> "cross";
                default -> "free";
            };
            floor.parse(placement, runOnce(program, argument));
        }
        return floor;
    }

    private static String runOnce(String program, String placement) {
        try {
            Process process = new ProcessBuilder(program, "rtt", placement)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " rtt " + placement
                        + " did not finish within " + RUN_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " rtt " + placement + " exited with "
                        + process.exitValue());
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("running " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }

    /** Reads what {@code floor rtt} printed for {@code placement}. */
    void parse(String placement, String output) {
        for (String line : output.split("\n")) {
            Matcher match = LINE.matcher(line);
            if (match.find() && CHANNEL_OF_WORK.containsKey(match.group(1))) {
                p50Nanos.put(CHANNEL_OF_WORK.get(match.group(1)) + " " + placement,
                        Double.parseDouble(match.group(4)));
            }
        }
    }

    /** The floor's p50 for {@code channel} at {@code placement}, or null if it has none. */
    Double p50Nanos(String channel, String placement) {
        return p50Nanos.get(channel + " " + placement);
    }
}
