package sigbench.bench.exit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import sigbench.linux.ProcStat;

/** Counts the zombie children of a process, from /proc. */
final class Zombies {

    private Zombies() {
    }

    /** How many children of {@code parentPid} have ended and wait to be reaped. */
    static int childrenOf(int parentPid) {
        int zombies = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"),
                "[0-9]*")) {
            for (Path entry : entries) {
                ProcStat stat;
                try {
                    stat = ProcStat.ofProcess(Integer.parseInt(entry.getFileName().toString()));
                } catch (UncheckedIOException gone) {
                    continue;
                }
                if (stat.parentPid() == parentPid && stat.state() == 'Z') {
                    zombies++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing /proc", e);
        }
        return zombies;
    }
}
