package sigbench.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * An SVG picture of round-trip latency: one bar per channel and placement from 0 to p50, with a
 * whisker on to p99, on a logarithmic axis in microseconds, so a 5 µs and a 50 µs figure can
 * both be read.
 */
public final class LatencyChart {

    private static final int LABEL_WIDTH = 250;
    private static final int PLOT_WIDTH = 520;
    private static final int ROW_HEIGHT = 26;
    private static final int TOP = 50;

    private LatencyChart() {
    }

    public static String svg(String title, List<LatencyRow> rows) {
        double lowMicros = 1;
        double highMicros = 10;
        for (LatencyRow row : rows) {
            highMicros = Math.max(highMicros, row.p99Nanos() / 1000);
        }
        highMicros = Math.pow(10, Math.ceil(Math.log10(highMicros)));
        int height = TOP + rows.size() * ROW_HEIGHT + 40;
        int width = LABEL_WIDTH + PLOT_WIDTH + 90;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n",
                width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-size=\"15\">%s"
                + "</text>\n", escape(title)));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"38\" fill=\"#555\">bar: p50,"
                + " whisker: p99, microseconds, logarithmic</text>\n"));
        for (double tick = lowMicros; tick <= highMicros; tick *= 10) {
            double x = x(tick, lowMicros, highMicros);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                    + "y2=\"%d\" stroke=\"#ddd\"/>\n", x, TOP - 5, x,
                    TOP + rows.size() * ROW_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" "
                    + "text-anchor=\"middle\" fill=\"#555\">%s µs</text>\n", x,
                    TOP + rows.size() * ROW_HEIGHT + 16, trim(tick)));
        }
        for (int i = 0; i < rows.size(); i++) {
            LatencyRow row = rows.get(i);
            int y = TOP + i * ROW_HEIGHT;
            double p50 = x(row.p50Nanos() / 1000, lowMicros, highMicros);
            double p99 = x(row.p99Nanos() / 1000, lowMicros, highMicros);
            double start = x(lowMicros, lowMicros, highMicros);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" "
                    + "text-anchor=\"end\">%s, %s</text>\n", LABEL_WIDTH - 8, y + 16,
                    escape(row.label()), escape(row.placement())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                    + "height=\"16\" fill=\"%s\"/>\n", start, y + 4, Math.max(1, p50 - start),
                    colour(row.placement())));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                    + "y2=\"%d\" stroke=\"#333\"/>\n", p50, y + 12, p99, y + 12));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                    + "y2=\"%d\" stroke=\"#333\"/>\n", p99, y + 7, p99, y + 17));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#333\">"
                    + "p50 %.1f</text>\n", p99 + 4, y + 16, row.p50Nanos() / 1000));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double micros, double low, double high) {
        double clamped = Math.max(low, Math.min(high, micros));
        return LABEL_WIDTH + PLOT_WIDTH * Math.log10(clamped / low) / Math.log10(high / low);
    }

    private static String colour(String placement) {
        return switch (placement) {
            case "same-cpu" -> "#4c78a8";
            case "cross-cpu" -> "#f58518";
            default -> "#54a24b";
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
