package sigbench.conformance.verdict;

/** What the host showed about a claim. */
public enum Verdict {

    CONFIRMED("confirmed"),
    REFUTED("refuted"),
    /** True under conditions the evidence names, false under others. */
    PARTLY("partly"),
    /** The host lacks a feature or a privilege the test needs; the evidence says which. */
    NOT_TESTABLE_HERE("not-testable-here");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict for a claim that is true exactly when {@code held}. */
    public static Verdict of(boolean held) {
        return held ? CONFIRMED : REFUTED;
    }

    /**
     * Two findings about one claim taken together: agreeing ones stand, disagreeing ones make
     * it partly true, and one that could not be tested gives way to one that could.
     */
    Verdict and(Verdict other) {
        if (this == other || other == NOT_TESTABLE_HERE) {
            return this;
        }
        return this == NOT_TESTABLE_HERE ? other : PARTLY;
    }
}
