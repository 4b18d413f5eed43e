package sigbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import sigbench.linux.JvmFlags;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * JMH forks that start with {@link #FORK_MASK} blocked in every thread.
 *
 * <p>A benchmark that takes process-directed signals needs its JVM to block them in every
 * thread, and only a JVM that starts with them blocked gets that: threads inherit the mask of
 * the thread that creates them, and HotSpot creates its own before any benchmark code runs.
 * Blocking them in the JMH host's thread that launches the fork is not enough either: JDK 17's
 * ProcessBuilder passes the caller's mask on, but newer JDKs reset it in the child. So each fork
 * is launched through a small script that execs the JVM under {@code env --block-signal}, and
 * the mask survives that exec.
 */
public final class MaskedForks {

    /** Signals every fork starts with blocked. */
    public static final SignalSet FORK_MASK = SignalSet.of(Signals.SIGUSR1, Signals.SIGRTMIN,
            Signals.SIGCHLD);

    private static final String ENV = "/usr/bin/env";

    private MaskedForks() {
    }

    /**
     * {@code options} with forks launched masked through the JVM they name (this JDK's if none)
     * and with the flags jffi needs on this JDK, unless the forks get them already: JMH hands
     * the host's own JVM arguments to the forks when none are given.
     */
    public static Options apply(Options options) {
        String java = options.getJvm().orElse(JvmFlags.javaLauncher());
        Collection<String> forkArgs = options.getJvmArgs()
                .orElse(ManagementFactory.getRuntimeMXBean().getInputArguments());
        List<String> prepend = new ArrayList<>();
        for (String flag : JvmFlags.nativeAccess()) {
            if (!forkArgs.contains(flag)) {
                prepend.add(flag);
            }
        }
        prepend.addAll(options.getJvmArgsPrepend().orElse(List.of()));
        return new OptionsBuilder()
                .parent(options)
                .jvm(launcher(java).toString())
                .jvmArgsPrepend(prepend.toArray(new String[0]))
                .build();
    }

    /** Writes the launcher script for {@code java}; it is deleted when this JVM exits. */
    static Path launcher(String java) {
        requireEnvBlockSignal();
        StringBuilder blocks = new StringBuilder();
        for (int signal : FORK_MASK.signals()) {
            blocks.append(" --block-signal=").append(signal);
        }
        String script = "#!/bin/sh\n"
                + "# Starts a JMH fork with " + FORK_MASK + " blocked in every thread.\n"
                + "exec " + ENV + blocks + " " + shellQuote(java) + " \"$@\"\n";
        try {
            Path path = Files.createTempFile("sigbench-fork-", ".sh",
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
            path.toFile().deleteOnExit();
            Files.writeString(path, script);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the fork launcher script", e);
        }
    }

    private static void requireEnvBlockSignal() {
        try {
            Process probe = new ProcessBuilder(ENV, "--block-signal=" + Signals.SIGUSR1, "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                throw new IllegalStateException(ENV + " --block-signal did not finish in 10 s");
            }
            if (probe.exitValue() != 0) {
                throw new IllegalStateException(ENV + " does not accept --block-signal (GNU"
                        + " coreutils 8.31 or later has it); the forks cannot start masked");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("running " + ENV, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing " + ENV, e);
        }
    }

    private static String shellQuote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
