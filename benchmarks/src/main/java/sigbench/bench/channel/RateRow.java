package sigbench.bench.channel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One throughput or bandwidth figure: messages sent one way, an acknowledgement after every
 * {@code window} of them.
 *
 * @param payloadBytes bytes per message on a byte channel; for a signal channel, the bytes its
 *     value carries (4 for sigqueue, 0 for the others); 8 for an eventfd counter increment
 * @param outOfOrder messages whose sequence value was not above the one before (sigqueue only)
 */
record RateRow(String channel, String placement, int window, int payloadBytes, long messages,
        double messagesPerSecond, long outOfOrder) {

    double bytesPerSecond() {
        return messagesPerSecond * payloadBytes;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("channel", channel);
        json.put("placement", placement);
        json.put("window", window);
        json.put("payloadBytes", payloadBytes);
        json.put("messages", messages);
        json.put("messagesPerSecond", Math.round(messagesPerSecond));
        json.put("bytesPerSecond", Math.round(bytesPerSecond()));
        json.put("outOfOrder", outOfOrder);
        return json;
    }
}
