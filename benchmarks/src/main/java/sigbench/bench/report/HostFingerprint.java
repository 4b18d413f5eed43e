package sigbench.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sigbench.linux.Affinity;
import sigbench.linux.Native;
import sigbench.linux.ProcStatus;

/**
 * What a result depends on besides the code: kernel, CPU, JDK, and the signal state the harness
 * inherited from whatever started it. Take it at the start of the run, before the harness
 * changes anything.
 */
public record HostFingerprint(Map<String, Object> fields) {

    public static HostFingerprint take(Instant date) {
        ProcStatus self = ProcStatus.ofProcess(Native.pid());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("host", hostName());
        fields.put("date", date.toString());
        fields.put("kernel", firstLine(Path.of("/proc/sys/kernel/osrelease")));
        fields.put("arch", System.getProperty("os.arch"));
        fields.put("cpuModel", cpuModel());
        fields.put("onlineCpus", firstLine(Path.of("/sys/devices/system/cpu/online")));
        fields.put("usableCpus", Affinity.processCpus());
        fields.put("jdkVendor", System.getProperty("java.vendor"));
        fields.put("jdkVersion", System.getProperty("java.runtime.version"));
        fields.put("jvm", System.getProperty("java.vm.name"));
        Map<String, Object> signals = new LinkedHashMap<>();
        signals.put("blocked", self.blocked().toString());
        signals.put("blockedHex", self.blocked().hex());
        signals.put("ignored", self.ignored().toString());
        signals.put("ignoredHex", self.ignored().hex());
        fields.put("inheritedSignalState", signals);
        return new HostFingerprint(fields);
    }

    public String host() {
        return (String) fields.get("host");
    }

    public String toJson() {
        return Json.write(fields);
    }

    static String hostName() {
        return firstLine(Path.of("/proc/sys/kernel/hostname"));
    }

    private static String cpuModel() {
        for (String line : readLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static String firstLine(Path file) {
        List<String> lines = readLines(file);
        return lines.isEmpty() ? "unknown" : lines.get(0).trim();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
