package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sigbench.conformance.peer.ProcessBuilderPeer;
import sigbench.conformance.verdict.JdkFacts;
import sigbench.linux.Peer;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Records what a ProcessBuilder child gets of its parent's signal state, per launch mechanism
 * of the running JDK: the calling thread's mask or an empty one, and the ignored signals. JDKs
 * differ here, so the result is a fact about this JDK; the test fails only on a mask that is
 * neither of the two a JDK is known to give, or on a child that cannot report.
 */
@DisplayName("What a ProcessBuilder child inherits")
class ProcessBuilderInheritanceTest {

    @ParameterizedTest(name = "A ProcessBuilder child started by launch mechanism {0} has either"
            + " its calling thread's mask or an empty one")
    @ValueSource(strings = {"default", "POSIX_SPAWN", "FORK", "VFORK"})
    @Timeout(60)
    void inheritsMaskAndIgnored(String mechanism) {
        SignalSet mask = SignalSet.of(Signals.SIGUSR1, Signals.SIGRTMIN + 3);
        int ignored = Signals.SIGRTMIN + 5;
        String[] report;
        try (Peer peer = Peer.start(ProcessBuilderPeer.class, mask, mechanism,
                Integer.toString(ignored))) {
            report = read(peer).split("\n", 4);
        }
        String jdk = "JDK " + Runtime.version().feature();
        if (!report[0].equals("ok")) {
            JdkFacts.record("ProcessBuilder, launchMechanism=" + mechanism, "fails: " + report[1]);
            assumeTrue(false, jdk + " cannot start a process with " + mechanism + ": "
                    + report[1]);
        }
        SignalSet caller = SignalSet.parseHex(report[1]);
        SignalSet parentIgnored = SignalSet.parseHex(report[2]);
        Map<String, String> status = fields(report[3]);
        SignalSet childBlocked = SignalSet.parseHex(status.get("SigBlk"));
        SignalSet childIgnored = SignalSet.parseHex(status.get("SigIgn"));

        String maskSource = childBlocked.equals(caller) ? "the calling thread's mask"
                : childBlocked.isEmpty() ? "an empty mask" : "a mask of its own";
        JdkFacts.record("ProcessBuilder child, launchMechanism=" + mechanism, maskSource + " "
                + childBlocked + " (the calling thread blocked " + caller + "); ignores "
                + childIgnored + " (the parent ignored " + parentIgnored + ")");
        assertTrue(childBlocked.equals(caller) || childBlocked.isEmpty(), "the child blocks "
                + childBlocked + "; its calling thread blocked " + caller);
    }

    private static String read(Peer peer) {
        PeerAnswers answers = new PeerAnswers(peer);
        return new String(answers.nextBytes(answers.nextInt()), StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(String status) {
        Map<String, String> fields = new HashMap<>();
        for (String line : status.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }
}
