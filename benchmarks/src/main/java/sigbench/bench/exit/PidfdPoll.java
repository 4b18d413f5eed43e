package sigbench.bench.exit;

import sigbench.linux.Pidfd;
import sigbench.linux.PollSet;
import sigbench.linux.Reaper;

/**
 * {@code pidfd}: a pidfd per child, opened with pidfd_open before the child ends, all polled
 * at once; a pidfd that polls readable is reaped with waitpid(pid, WNOHANG). Nothing depends
 * on signals or masks, and no other child can be reaped by mistake.
 */
final class PidfdPoll extends NativeDetector {

    private final Reaper reaper = new Reaper();
    private Pidfd[] pidfds = new Pidfd[0];
    private PollSet poll = new PollSet(0);

    @Override
    public void prepare(Brood brood) {
        pidfds = new Pidfd[brood.size()];
        poll = new PollSet(brood.size());
        for (int i = 0; i < pidfds.length; i++) {
            pidfds[i] = Pidfd.open(brood.pid(i));
            poll.watch(i, pidfds[i].fd());
        }
    }

    @Override
    int reap(NativeBrood brood, long deadlineNanos) {
        while (brood.reapedCount() < brood.size()) {
            int leftMillis = Detector.millisLeft(deadlineNanos);
            if (leftMillis == 0) {
                break;
            }
            if (poll.await(leftMillis) == 0) {
                continue;
            }
            for (int i = 0; i < poll.size(); i++) {
                if (poll.isReady(i)) {
                    int pid = brood.pid(i);
                    if (reaper.noHang(pid) == pid) {
                        brood.reaped(pid, reaper.lastStatus());
                        poll.drop(i);
                    }
                }
            }
        }
        return brood.reapedCount();
    }

    @Override
    public void finish(Brood brood) {
        for (Pidfd pidfd : pidfds) {
            if (pidfd != null) {
                pidfd.close();
            }
        }
        pidfds = new Pidfd[0];
    }
}
