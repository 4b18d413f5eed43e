package sigbench.conformance.verdict;

import java.util.List;

/** The verdicts as a markdown table, then the JDK facts as a second one. */
final class Markdown {

    private Markdown() {
    }

    static String of(List<VerdictReport.Row> rows, List<JdkFacts.Fact> facts, String jdk,
            String kernel) {
        StringBuilder md = new StringBuilder();
        md.append("Verdicts on ").append(kernel).append(", ").append(jdk).append(".\n\n")
                .append("| id | claim | verdict | evidence |\n")
                .append("|----|-------|---------|----------|\n");
        for (VerdictReport.Row row : rows) {
            md.append("| ").append(row.claim().name())
                    .append(" | ").append(cell(row.claim().text()))
                    .append(" | ").append(row.verdict().label())
                    .append(" | ").append(cell(row.evidence())).append(" |\n");
        }
        if (!facts.isEmpty()) {
            md.append("\nWhat this JDK does:\n\n| subject | observed |\n|---------|----------|\n");
            for (JdkFacts.Fact fact : facts) {
                md.append("| ").append(cell(fact.subject()))
                        .append(" | ").append(cell(fact.observed())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Text that stays inside one table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ")
                .replace("\n", " ");
    }
}
