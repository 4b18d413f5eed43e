package sigbench.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One read of {@code /proc/<pid>/status} or {@code /proc/<pid>/task/<tid>/status}. The kernel
 * escapes a newline and a backslash in the process name there, so each line is one field; the
 * name keeps its spaces, tabs and colons.
 */
public final class ProcStatus {

    private final Path file;
    private final Map<String, String> fields;

    private ProcStatus(Path file, Map<String, String> fields) {
        this.file = file;
        this.fields = fields;
    }

    public static ProcStatus ofProcess(int pid) {
        return read(Path.of("/proc", Integer.toString(pid), "status"));
    }

    public static ProcStatus ofThread(int pid, int tid) {
        return read(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid),
                "status"));
    }

    /** The status of every thread of {@code pid}; threads that end while read are left out. */
    public static List<ProcStatus> ofEveryThread(int pid) {
        Path tasks = Path.of("/proc", Integer.toString(pid), "task");
        List<ProcStatus> threads = new ArrayList<>();
        try (Stream<Path> entries = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) entries::iterator) {
                try {
                    threads.add(read(task.resolve("status")));
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof NoSuchFileException)) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + tasks, e);
        }
        return threads;
    }

    static ProcStatus read(Path file) {
        Map<String, String> fields = new HashMap<>();
        try {
            // Lines end at '\n' alone: a carriage return in the name is printed raw.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String name = line.substring(0, colon);
                    String value = line.substring(colon + 1);
                    // The name may end in blanks of its own: only the tab after the colon goes.
                    fields.put(name, name.equals("Name") ? value.substring(1) : value.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return new ProcStatus(file, fields);
    }

    public String field(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException(file + " has no field " + name);
        }
        return value;
    }

    public int pid() {
        return Integer.parseInt(field("Pid"));
    }

    public int parentPid() {
        return Integer.parseInt(field("PPid"));
    }

    /**
     * The name as the kernel prints it here: a newline escaped as {@code \n}, a backslash as
     * {@code \\}, everything else as it is.
     */
    public String name() {
        return field("Name");
    }

    /** The name itself, the kernel's escapes undone: what {@code /proc/<pid>/comm} holds. */
    public String unescapedName() {
        String escaped = field("Name");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                name.append(next == 'n' ? '\n' : next);
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    public SignalSet blocked() {
        return SignalSet.parseHex(field("SigBlk"));
    }

    public SignalSet ignored() {
        return SignalSet.parseHex(field("SigIgn"));
    }

    public SignalSet caught() {
        return SignalSet.parseHex(field("SigCgt"));
    }

    /** Signals pending for this thread alone. */
    public SignalSet pendingForThread() {
        return SignalSet.parseHex(field("SigPnd"));
    }

    /** Signals pending for the whole process. */
    public SignalSet pendingForProcess() {
        return SignalSet.parseHex(field("ShdPnd"));
    }

    @Override
    public String toString() {
        return file + " " + fields;
    }
}
