package sigbench.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code /proc/<pid>/cgroup} and finds where a controller's hierarchy is mounted, from
 * {@code /proc/self/mountinfo}. A cgroup's path may hold colons, so a line is split at its
 * first two only; a mount point's blanks are octal escapes, undone here.
 */
public final class Cgroups {

    private Cgroups() {
    }

    /**
     * One line of {@code /proc/<pid>/cgroup}.
     *
     * @param hierarchy the hierarchy id, 0 for cgroup v2
     * @param controllers the v1 controllers bound to it; empty for v2
     * @param path the cgroup's path below the hierarchy's root
     */
    public record Membership(int hierarchy, List<String> controllers, String path) {

        static Membership parse(String line) {
            String[] fields = line.split(":", 3);
            List<String> controllers = fields[1].isEmpty() ? List.of()
                    : List.of(fields[1].split(","));
            return new Membership(Integer.parseInt(fields[0]), controllers, fields[2]);
        }
    }

    /** A mounted cgroup hierarchy: its mount point and whether it is cgroup v2. */
    public record Hierarchy(Path mountPoint, boolean v2) {
    }

    public static List<Membership> ofProcess(int pid) {
        List<Membership> memberships = new ArrayList<>();
        for (String line : lines(Path.of("/proc", Integer.toString(pid), "cgroup"))) {
            memberships.add(Membership.parse(line));
        }
        return memberships;
    }

    /**
     * Where {@code controller} can be used: the cgroup v2 hierarchy if it offers the controller,
     * else the v1 hierarchy it is bound to; empty if neither.
     */
    public static Optional<Hierarchy> hierarchyOf(String controller) {
        Optional<Path> v2 = v2MountPoint();
        if (v2.isPresent() && controllers(v2.get()).contains(controller)) {
            return Optional.of(new Hierarchy(v2.get(), true));
        }
        for (String[] mount : mounts()) {
            int separator = List.of(mount).indexOf("-");
            if (mount[separator + 1].equals("cgroup")
                    && List.of(mount[separator + 3].split(",")).contains(controller)) {
                return Optional.of(new Hierarchy(Path.of(unescape(mount[4])), false));
            }
        }
        return Optional.empty();
    }

    /** Where cgroup v2 is mounted, if it is. */
    public static Optional<Path> v2MountPoint() {
        for (String[] mount : mounts()) {
            if (mount[List.of(mount).indexOf("-") + 1].equals("cgroup2")) {
                return Optional.of(Path.of(unescape(mount[4])));
            }
        }
        return Optional.empty();
    }

    /** The lines of /proc/self/mountinfo, split into fields. */
    private static List<String[]> mounts() {
        List<String[]> mounts = new ArrayList<>();
        for (String line : lines(Path.of("/proc/self/mountinfo"))) {
            mounts.add(line.split(" "));
        }
        return mounts;
    }

    /** The controllers the root of a v2 hierarchy offers. */
    public static List<String> controllers(Path v2MountPoint) {
        List<String> lines = lines(v2MountPoint.resolve("cgroup.controllers"));
        return lines.isEmpty() || lines.get(0).isBlank() ? List.of()
                : List.of(lines.get(0).trim().split(" "));
    }

    /** Undoes the {@code \ooo} octal escapes mountinfo uses for blanks and backslashes. */
    static String unescape(String field) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '\\' && i + 3 < field.length()) {
                text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                text.append(field.charAt(i));
            }
        }
        return text.toString();
    }

    /** Lines end at '\n' alone; a cgroup's name may hold any other byte. */
    private static List<String> lines(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
