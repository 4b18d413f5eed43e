package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.Native;
import sigbench.linux.ProcStatus;
import sigbench.linux.ScopedDisposition;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify what exec does to dispositions: SIG_IGN stays, a handler cannot survive the program
 * it belonged to and becomes SIG_DFL. The handlers are this JVM's own, read from /proc first.
 */
@DisplayName("Signal dispositions across exec")
class DispositionsAcrossExecTest {

    @Test
    @Timeout(30)
    @Settles(Claim.C02)
    @DisplayName("exec keeps an ignored signal ignored and resets a caught signal to its default"
            + " action")
    void ignoredStaysCaughtResets(Finding finding) {
        ProcStatus parent = ProcStatus.ofProcess(Native.pid());
        SignalSet caught = parent.caught();
        assumeFalse(caught.isEmpty(), "this JVM catches no signal, so none can be seen reset");
        int unused = unusedSignal(parent);

        try (ScopedDisposition ignored = ScopedDisposition.ignore(unused);
                ChildProcess child = Programs.sleep().start()) {
            ProcStatus status = ProcStatus.ofProcess(child.pid());

            finding.verdict(Verdict.of(status.caught().containsAll(caught)), "parent caught "
                    + caught + "; after exec the child catches " + status.caught()
                    + " and ignores " + status.ignored());
            assertTrue(status.ignored().contains(unused), Signals.name(unused)
                    + " ignored by the parent is ignored by " + child + ": " + status.ignored());
            assertEquals(SignalSet.EMPTY, status.caught(), "signals " + child + " catches");
            assertEquals(SignalSet.EMPTY, status.ignored().minus(parent.ignored())
                    .minus(SignalSet.of(unused)).minus(glibcInternal()),
                    "signals " + child + " ignores that the parent did not");
        }
    }

    /** A real-time signal this JVM neither catches nor ignores, to ignore for a moment. */
    static int unusedSignal(ProcStatus status) {
        for (int signal = Signals.SIGRTMIN + 4; signal <= Signals.SIGRTMAX; signal++) {
            if (!status.caught().contains(signal) && !status.ignored().contains(signal)) {
                return signal;
            }
        }
        throw new IllegalStateException("every real-time signal is in use: " + status);
    }

    /**
     * glibc's posix_spawn sets its two internal signals (32 and 33, below SIGRTMIN) to
     * SIG_IGN in the child before exec, so a spawned program may show them ignored.
     */
    static SignalSet glibcInternal() {
        return SignalSet.of(32, 33);
    }
}
