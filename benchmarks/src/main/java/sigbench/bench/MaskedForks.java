package sigbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import sigbench.linux.JvmFlags;
import sigbench.linux.Native;
import sigbench.linux.ParentWatch;
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
     * {@code options} with forks launched masked through the JVM they name (this JDK's if none),
     * told this JVM's pid for their {@link ParentWatch}, and with the flags jffi needs on the
     * forks' JDK. JMH hands this JVM's own arguments to the forks when none are given: those
     * the forks' JDK does not know are left out, and those it gets already are not repeated.
     *
     * @param launcherFolder where the launcher script is written, or reused if it is there
     */
    public static Options apply(Options options, Path launcherFolder) {
        String java = options.getJvm().orElse(JvmFlags.javaLauncher());
        int feature = JvmFlags.featureOf(java);
        List<String> forkArgs = new ArrayList<>();
        for (String arg : options.getJvmArgs()
                .orElse(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            if (JvmFlags.knows(feature, arg)) {
                forkArgs.add(arg);
            }
        }
        List<String> prepend = new ArrayList<>();
        for (String flag : JvmFlags.nativeAccess(feature)) {
            if (!forkArgs.contains(flag)) {
                prepend.add(flag);
            }
        }
        prepend.add("-D" + ParentWatch.PARENT_PROPERTY + "=" + Native.pid());
        prepend.addAll(options.getJvmArgsPrepend().orElse(List.of()));
        return new OptionsBuilder()
                .parent(options)
                .jvm(launcher(java, launcherFolder).toString())
                .jvmArgs(forkArgs.toArray(new String[0]))
                .jvmArgsPrepend(prepend.toArray(new String[0]))
                .build();
    }

    /**
     * The launcher script for {@code java} in {@code folder}, named by its content so that
     * runs share it and none leaves one behind. Written to a new file and moved into place, so
     * a concurrent run never execs a half-written script.
     */
    static Path launcher(String java, Path folder) {
        requireEnvBlockSignal();
        StringBuilder blocks = new StringBuilder();
        for (int signal : FORK_MASK.signals()) {
            blocks.append(" --block-signal=").append(signal);
        }
        String script = "#!/bin/sh\n"
                + "# Starts a JMH fork with " + FORK_MASK + " blocked in every thread.\n"
                + "exec " + ENV + blocks + " " + shellQuote(java) + " \"$@\"\n";
        Path path = folder.resolve(String.format("sigbench-fork-%08x.sh", script.hashCode()));
        try {
            if (Files.isRegularFile(path) && Files.readString(path).equals(script)) {
                return path;
            }
            Files.createDirectories(folder);
            Path draft = Files.createTempFile(folder, "sigbench-fork-", ".draft",
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
            Files.writeString(draft, script);
            return Files.move(draft, path, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the fork launcher " + path, e);
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
