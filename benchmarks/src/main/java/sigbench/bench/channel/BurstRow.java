package sigbench.bench.channel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What arrived of a burst: the sender fired {@code sent} messages without waiting.
 *
 * @param held false if the receiver took messages while they came, true if it took nothing
 *     until the sender had finished
 * @param refused sends the kernel refused with EAGAIN (a full real-time queue)
 * @param firstRefusedAt the 0-based index of the first refused send, or -1
 */
record BurstRow(String channel, String placement, boolean held, long sent, long refused,
        long firstRefusedAt, long delivered, long outOfOrder) {

    double deliveredShare() {
        return sent == 0 ? 0 : (double) delivered / sent;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("channel", channel);
        json.put("placement", placement);
        json.put("receiver", held ? "held" : "taking");
        json.put("sent", sent);
        json.put("refusedEagain", refused);
        json.put("firstRefusedAt", firstRefusedAt);
        json.put("delivered", delivered);
        json.put("outOfOrder", outOfOrder);
        return json;
    }
}
