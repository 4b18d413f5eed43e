package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.Descriptors;
import sigbench.linux.ExitStatus;
import sigbench.linux.NativeCallException;
import sigbench.linux.Ptrace;

/**
 * Verify what a tracer sees of exit_group: a syscall-entry stop with the status as first
 * argument, and no exit stop, since the call never returns; every call that returns gives an
 * entry and an exit stop. The tracee is a shell that reads its input and then exits with 7.
 */
@DisplayName("exit_group under ptrace")
class PtraceExitGroupTest {

    private static final int EPERM = 1;
    private static final int STATUS = 7;
    private static final long TRACE_TIMEOUT_MILLIS = 20_000;

    @Test
    @Timeout(60)
    @Settles(Claim.C26)
    @DisplayName("A tracer sees exit_group at its entry only, with the exit status as its first"
            + " argument, and an entry and an exit stop for each call that returns")
    void exitGroupHasOneStop(Finding finding) throws InterruptedException {
        int[] input = Descriptors.pipe();
        try (ChildProcess shell = Programs.shell("read x; exit " + STATUS)
                .fd(0, input[0]).fd(1, 2).fd(2, 2).start()) {
            Descriptors.close(input[0]);
            Ptrace.Trace trace;
            try {
                trace = Ptrace.untilExit(shell, () -> Descriptors.close(input[1]),
                        TRACE_TIMEOUT_MILLIS);
            } catch (NativeCallException e) {
                assumeTrue(e.errno() != EPERM, "ptrace is not permitted here: " + e.getMessage());
                throw e;
            }
            List<Ptrace.Stop> stops = trace.stops();
            int exitGroup = lastEntryOf(stops, Ptrace.EXIT_GROUP);
            assertTrue(exitGroup >= 0, "no exit_group entry among " + stops.size() + " stops");
            Ptrace.Stop entry = stops.get(exitGroup);
            List<Ptrace.Stop> after = stops.subList(exitGroup + 1, stops.size());
            int unpaired = unpairedEntries(stops.subList(0, exitGroup));

            boolean amd64 = System.getProperty("os.arch").equals("amd64");
            boolean number231 = entry.number() == 231;
            boolean status = entry.argumentOrResult() == STATUS;
            boolean twoStops = !after.isEmpty() && !after.get(0).entry();
            finding.verdict(amd64 && number231 && status && twoStops ? Verdict.CONFIRMED
                    : status && (number231 || !amd64) ? Verdict.PARTLY : Verdict.REFUTED,
                    stops.size() + " syscall stops on " + System.getProperty("os.arch") + ";"
                    + " exit_group was syscall " + entry.number() + " with first argument "
                    + entry.argumentOrResult() + ", followed by " + after.size() + " stops"
                    + " before the tracee ended (" + trace.exit() + "); " + unpaired + " of the"
                    + " calls before it had no exit stop");
            assertEquals(STATUS, entry.argumentOrResult(), "exit_group's first argument");
            assertEquals(List.of(), after, "stops after the entry of exit_group");
            assertEquals(new ExitStatus(STATUS, 0), trace.exit(), "how the shell ended");
            assertEquals(0, unpaired, "calls before exit_group without an exit stop");
        }
    }

    private static int lastEntryOf(List<Ptrace.Stop> stops, long number) {
        for (int i = stops.size() - 1; i >= 0; i--) {
            if (stops.get(i).entry() && stops.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Entry stops not followed by an exit stop. Stops before the first entry are the end of the
     * call the tracee was in when the tracer attached, and are left out.
     */
    private static int unpairedEntries(List<Ptrace.Stop> stops) {
        int unpaired = 0;
        int first = 0;
        while (first < stops.size() && !stops.get(first).entry()) {
            first++;
        }
        for (int i = first; i < stops.size(); i++) {
            if (stops.get(i).entry() && (i + 1 == stops.size() || stops.get(i + 1).entry())) {
                unpaired++;
            }
        }
        return unpaired;
    }
}
