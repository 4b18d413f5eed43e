package sigbench.conformance.verdict;

import java.util.List;

/** The verdicts as JSON: an object with the run's JDK and kernel, the claims and JDK facts. */
final class Json {

    private Json() {
    }

    static String of(List<VerdictReport.Row> rows, List<JdkFacts.Fact> facts, String jdk,
            String kernel) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"jdk\": ").append(quote(jdk))
                .append(",\n  \"kernel\": ").append(quote(kernel))
                .append(",\n  \"claims\": [");
        for (int i = 0; i < rows.size(); i++) {
            VerdictReport.Row row = rows.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"id\": ").append(quote(row.claim().name()))
                    .append(", \"claim\": ").append(quote(row.claim().text()))
                    .append(", \"verdict\": ").append(quote(row.verdict().label()))
                    .append(", \"evidence\": ").append(quote(row.evidence()))
                    .append(", \"test\": ").append(quote(row.test()))
                    .append(", \"jdk\": ").append(quote(jdk))
                    .append(", \"kernel\": ").append(quote(kernel)).append('}');
        }
        json.append("\n  ],\n  \"jdkFacts\": [");
        for (int i = 0; i < facts.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"subject\": ").append(quote(facts.get(i).subject()))
                    .append(", \"observed\": ").append(quote(facts.get(i).observed()))
                    .append('}');
        }
        return json.append("\n  ]\n}\n").toString();
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
