package sigbench.bench;

import java.util.List;

import sigbench.bench.channel.ControlChannelSuite;
import sigbench.bench.exit.ChildExitSuite;

/** Every suite the main job runs, in report order. */
final class Suites {

    static final List<Suite> ALL = List.of(new ControlChannelSuite(), new ChildExitSuite());

    private Suites() {
    }
}
