package sigbench.bench.channel;

import java.util.List;
import java.util.Locale;

/**
 * Every figure of one run of the control-channel suite, looked up by channel and placement,
 * and the way the report writes numbers.
 */
final class ChannelFigures {

    static final String[] PLACEMENTS = {"same-cpu", "cross-cpu", "unpinned"};
    static final int LARGEST_PAYLOAD = ChannelCapacity.PAYLOAD_BYTES[
            ChannelCapacity.PAYLOAD_BYTES.length - 1];

    final List<RoundTripFigure> roundTrips;
    final ChannelCapacity capacity;

    ChannelFigures(List<RoundTripFigure> roundTrips, ChannelCapacity capacity) {
        this.roundTrips = roundTrips;
        this.capacity = capacity;
    }

    RoundTripFigure roundTrip(String channel, String placement) {
        for (RoundTripFigure figure : roundTrips) {
            if (figure.channel().equals(channel) && figure.placement().equals(placement)) {
                return figure;
            }
        }
        return null;
    }

    RateRow rate(String channel, String placement, int window, boolean payload) {
        return rate(channel, placement, window, payload, -1);
    }

    /** The row at {@code window}: a bandwidth row of {@code payloadBytes} if {@code payload}. */
    RateRow rate(String channel, String placement, int window, boolean payload,
            int payloadBytes) {
        for (RateRow row : capacity.rates) {
            boolean bandwidth = row.payloadBytes() > 8;
            if (row.channel().equals(channel) && row.placement().equals(placement)
                    && row.window() == window && bandwidth == payload
                    && (!payload || row.payloadBytes() == payloadBytes)) {
                return row;
            }
        }
        return null;
    }

    BurstRow burst(String channel, String placement, boolean held) {
        for (BurstRow row : capacity.burstRows) {
            if (row.channel().equals(channel) && row.placement().equals(placement)
                    && row.held() == held) {
                return row;
            }
        }
        return null;
    }

    String megabytesCell(String channel, String placement) {
        if (channel.equals(Channels.SIGQUEUE_RT)) {
            RateRow row = rate(channel, placement, 256, false);
            return row == null ? "" : megabytes(row.bytesPerSecond());
        }
        RateRow row = rate(channel, placement, ChannelCapacity.BANDWIDTH_WINDOW, true,
                LARGEST_PAYLOAD);
        return row == null ? "" : megabytes(row.bytesPerSecond());
    }

    static boolean isSignal(String channel) {
        return sigbench.linux.peer.ChannelKind.named(channel).isSignal();
    }

    static boolean isSignalWithValue(String channel) {
        return channel.equals(Channels.SIGQUEUE_RT);
    }

    static String share(BurstRow row) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * row.deliveredShare());
    }

    static String micros(double nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000);
    }

    static String megabytes(double bytesPerSecond) {
        return String.format(Locale.ROOT, bytesPerSecond >= 10e6 ? "%.0f" : "%.2f",
                bytesPerSecond / 1e6);
    }

    static String count(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB"
                : bytes >= 1 << 10 ? (bytes >> 10) + " KiB" : bytes + " B";
    }
}
