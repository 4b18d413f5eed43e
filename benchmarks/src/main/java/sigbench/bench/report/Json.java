package sigbench.bench.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), out, indent, '{', '}', true);
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), out, indent, '[', ']', false);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            quote(value.toString(), out);
        }
    }

    private static void writeEntries(Iterator<?> entries, StringBuilder out, String indent,
            char open, char close, boolean named) {
        out.append(open);
        String inner = indent + "  ";
        boolean first = true;
        while (entries.hasNext()) {
            out.append(first ? "\n" : ",\n").append(inner);
            first = false;
            Object entry = entries.next();
            if (named) {
                Map.Entry<?, ?> pair = (Map.Entry<?, ?>) entry;
                quote(pair.getKey().toString(), out);
                out.append(": ");
                write(pair.getValue(), out, inner);
            } else {
                write(entry, out, inner);
            }
        }
        out.append(first ? "" : "\n" + indent).append(close);
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
