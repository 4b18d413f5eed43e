package sigbench.bench.channel;

/**
 * What the article this project started from claims for its two channels (claim C21):
 * averages over 1000 loops moving 1 MB, with no CPU placement stated. These are the claims the
 * report sets this host's figures against, not results.
 */
final class ArticleFigures {

    static final double SOCKETPAIR_LATENCY_MICROS = 8.2;
    static final double SOCKETPAIR_MEGABYTES_PER_SECOND = 1120;
    static final double SOCKETPAIR_LOSS_PERCENT = 0;
    static final double KILL_SIGWAIT_LATENCY_MICROS = 147.6;
    static final double KILL_SIGWAIT_MEGABYTES_PER_SECOND = 68;
    static final double KILL_SIGWAIT_LOSS_PERCENT = 2.3;

    private ArticleFigures() {
    }

    /** The article's figures for {@code channel} as a table cell, or a dash if it has none. */
    static String cell(String channel) {
        return switch (channel) {
            case Channels.SOCKETPAIR -> String.format(java.util.Locale.ROOT,
                    "%.1f µs, %.0f MB/s, %.1f%% lost", SOCKETPAIR_LATENCY_MICROS,
                    SOCKETPAIR_MEGABYTES_PER_SECOND, SOCKETPAIR_LOSS_PERCENT);
            case Channels.KILL_SIGWAITINFO -> String.format(java.util.Locale.ROOT,
                    "%.1f µs, %.0f MB/s, %.1f%% lost", KILL_SIGWAIT_LATENCY_MICROS,
                    KILL_SIGWAIT_MEGABYTES_PER_SECOND, KILL_SIGWAIT_LOSS_PERCENT);
            default -> "";
        };
    }
}
