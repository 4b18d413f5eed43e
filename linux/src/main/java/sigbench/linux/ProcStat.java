package sigbench.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fields of {@code /proc/<pid>/stat} up to the parent pid. The name between the
 * parentheses is printed raw: it may hold spaces, parentheses and newlines, so the fields are
 * counted from the last {@code ')'} of the file, never by splitting the whole line.
 *
 * @param pid the process (or thread) id
 * @param name the command name, up to 15 bytes, exactly as the kernel keeps it
 * @param state the state letter: R, S, D, Z, T, ...
 * @param parentPid the parent's pid, 0 for a process whose parent is outside its namespace
 */
public record ProcStat(int pid, String name, char state, int parentPid) {

    public static ProcStat ofProcess(int pid) {
        return read(Path.of("/proc", Integer.toString(pid), "stat"));
    }

    public static ProcStat ofThread(int pid, int tid) {
        return read(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid),
                "stat"));
    }

    static ProcStat read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** Parses the bytes of a stat file. */
    public static ProcStat parse(byte[] stat) {
        // ISO-8859-1 maps each byte to one char, so indexes are byte offsets.
        String text = new String(stat, StandardCharsets.ISO_8859_1);
        int open = text.indexOf(" (");
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a stat line: " + text);
        }
        String name = new String(stat, open + 2, close - open - 2, StandardCharsets.UTF_8);
        String[] after = text.substring(close + 2).split(" ", 3);
        return new ProcStat(Integer.parseInt(text.substring(0, open)), name, after[0].charAt(0),
                Integer.parseInt(after[1]));
    }
}
