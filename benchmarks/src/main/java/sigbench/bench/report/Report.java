package sigbench.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import sigbench.bench.Suite;

/** Writes {@code report.md} into a run folder: each suite's section, the host, conformance. */
public final class Report {

    private Report() {
    }

    /**
     * @param results each suite's results, in report order
     * @param missing what was asked for and produced no result, with the reason
     * @param claims the conformance verdict table in markdown, or null if there is none
     */
    public static Path write(Path folder, HostFingerprint host, boolean quick,
            Map<Suite, List<RunResult>> results, List<String> missing, String claims) {
        StringBuilder md = new StringBuilder();
        md.append("# sigbench report ").append(folder.getFileName()).append("\n\n");
        md.append(quick
                ? "A quick run: short iterations, for smoke tests. Read the figures as rough.\n\n"
                : "A full run.\n\n");
        Map<String, Object> f = host.fields();
        md.append(String.format("Taken %s on `%s`: kernel %s, %s, CPUs online %s, JDK %s %s.%n%n",
                f.get("date"), f.get("host"), f.get("kernel"), f.get("cpuModel"),
                f.get("onlineCpus"), f.get("jdkVendor"), f.get("jdkVersion")));
        results.forEach((suite, suiteResults) -> suite.report(folder, suiteResults, md));
        if (!missing.isEmpty()) {
            md.append("## Not measured\n\n");
            for (String entry : missing) {
                md.append("- ").append(entry).append('\n');
            }
            md.append('\n');
        }
        md.append("## Host\n\nFrom `host.json`.\n\n| field | value |\n|---|---|\n");
        f.forEach((name, value) -> md.append("| ").append(name).append(" | `").append(value)
                .append("` |\n"));
        md.append("\n## Conformance\n\n");
        md.append(claims == null ? "No conformance verdicts were found for this run.\n"
                : claims);
        Path report = folder.resolve("report.md");
        writeFile(report, md.toString());
        return report;
    }

    public static void writeFile(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }
}
