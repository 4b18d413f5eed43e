package sigbench.bench.exit;

/** A detector of children started natively, which only it reaps. */
abstract class NativeDetector implements Detector {

    @Override
    public final Brood spawn(int count) {
        return NativeBrood.spawn(count);
    }

    @Override
    public final int reapAll(Brood brood, long deadlineNanos) {
        return reap((NativeBrood) brood, deadlineNanos);
    }

    abstract int reap(NativeBrood brood, long deadlineNanos);
}
