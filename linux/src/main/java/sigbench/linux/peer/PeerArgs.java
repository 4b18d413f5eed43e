package sigbench.linux.peer;

import sigbench.linux.Affinity;

/** Arguments the peers share. */
final class PeerArgs {

    private PeerArgs() {
    }

    /** Pins the calling thread to the CPU named by {@code cpu}, or leaves it if it is -1. */
    static void pin(String cpu) {
        int number = Integer.parseInt(cpu);
        if (number >= 0) {
            Affinity.pinThisThread(number);
        }
    }
}
