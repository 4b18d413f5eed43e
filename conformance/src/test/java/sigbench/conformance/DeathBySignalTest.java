package sigbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import sigbench.conformance.verdict.Claim;
import sigbench.conformance.verdict.Finding;
import sigbench.conformance.verdict.Settles;
import sigbench.conformance.verdict.Verdict;
import sigbench.linux.ChildProcess;
import sigbench.linux.ExitStatus;
import sigbench.linux.SignalSet;
import sigbench.linux.Signals;

/**
 * Verify how death by a signal is reported: to waitpid as WIFSIGNALED with the signal's
 * number and no exit code, and by a shell as the status 128 plus that number.
 */
@DisplayName("Death by a signal")
class DeathBySignalTest {

    private static final long EXIT_TIMEOUT_MILLIS = 10_000;
    private static final int SHELL_SIGNAL_BASE = 128;

    @Test
    @Timeout(30)
    @Settles(Claim.C11)
    @DisplayName("SIGUSR1 at its default action kills a process: waitpid reports WTERMSIG"
            + " SIGUSR1, and a shell reports status 128 + SIGUSR1")
    void sigusr1Kills(Finding finding) {
        SignalSet usr1 = SignalSet.of(Signals.SIGUSR1);
        ExitStatus direct;
        try (ChildProcess child = Programs.sleep().defaults(usr1).start()) {
            child.signal(Signals.SIGUSR1);
            direct = child.awaitExit(EXIT_TIMEOUT_MILLIS);
        }
        ExitStatus viaShell;
        try (ChildProcess shell = Programs.shell("/bin/sleep " + Programs.SLEEP_SECONDS
                + " & kill -USR1 $!; wait $!; exit $?").defaults(usr1).start()) {
            viaShell = shell.awaitExit(EXIT_TIMEOUT_MILLIS);
        }

        boolean killed = direct != null && direct.signal() == Signals.SIGUSR1;
        boolean status129 = viaShell != null && viaShell.exitCode() == 129;
        finding.verdict(!killed ? Verdict.REFUTED : status129 ? Verdict.CONFIRMED
                : Verdict.PARTLY, "waitpid: " + direct + "; sh reports $? = "
                + (viaShell == null ? "nothing" : viaShell.exitCode()) + " for its child killed"
                + " by SIGUSR1");
        assertEquals(new ExitStatus(-1, Signals.SIGUSR1), direct, "how sleep ended");
        assertEquals(new ExitStatus(SHELL_SIGNAL_BASE + Signals.SIGUSR1, 0), viaShell,
                "how the shell ended, passing on $?");
    }
}
