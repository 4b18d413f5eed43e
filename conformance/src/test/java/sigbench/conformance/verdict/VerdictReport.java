package sigbench.conformance.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the verdicts of one run and writes them when the run ends, to
 * {@code target/conformance.json} and {@code target/claims.md}. A claim no test settled in
 * the run is written as not testable here, saying so.
 */
final class VerdictReport implements AutoCloseable {

    private final Map<Claim, List<Entry>> entries = new EnumMap<>(Claim.class);

    synchronized void add(Claim claim, Verdict verdict, String evidence, String test) {
        entries.computeIfAbsent(claim, unused -> new ArrayList<>())
                .add(new Entry(verdict, evidence, test));
    }

    @Override
    public synchronized void close() throws IOException {
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        Files.createDirectories(target);
        List<Row> rows = rows();
        List<JdkFacts.Fact> facts = JdkFacts.all();
        Files.writeString(target.resolve("conformance.json"), Json.of(rows, facts, jdk(),
                kernel()));
        Files.writeString(target.resolve("claims.md"), Markdown.of(rows, facts, jdk(),
                kernel()));
    }

    /** One row per claim: the findings of all tests that settled it, taken together. */
    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Claim claim : Claim.values()) {
            List<Entry> found = entries.getOrDefault(claim, List.of());
            if (found.isEmpty()) {
                rows.add(new Row(claim, Verdict.NOT_TESTABLE_HERE,
                        "no test settled it in this run", ""));
                continue;
            }
            Verdict verdict = found.get(0).verdict();
            List<String> evidence = new ArrayList<>();
            List<String> tests = new ArrayList<>();
            for (Entry entry : found) {
                verdict = verdict.and(entry.verdict());
                evidence.add(entry.evidence());
                tests.add(entry.test());
            }
            rows.add(new Row(claim, verdict, String.join("; ", evidence),
                    String.join("; ", tests)));
        }
        return rows;
    }

    static String jdk() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version");
    }

    static String kernel() {
        try {
            return "Linux " + Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip()
                    + " " + System.getProperty("os.arch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Entry(Verdict verdict, String evidence, String test) {
    }

    record Row(Claim claim, Verdict verdict, String evidence, String test) {
    }
}
