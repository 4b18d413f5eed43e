package sigbench.conformance.verdict;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What one test found about the claims it settles. The evidence is built from what the test
 * observed, so the verdict is never a constant.
 */
public final class Finding {

    private final Set<Claim> settles;
    private final Map<Claim, Outcome> outcomes = new EnumMap<>(Claim.class);

    Finding(Set<Claim> settles) {
        this.settles = settles;
    }

    /** Records the verdict for the one claim this test settles. */
    public void verdict(Verdict verdict, String evidence) {
        if (settles.size() != 1) {
            throw new IllegalStateException("this test settles " + settles + ": name the claim");
        }
        verdict(settles.iterator().next(), verdict, evidence);
    }

    public void verdict(Claim claim, Verdict verdict, String evidence) {
        if (!settles.contains(claim)) {
            throw new IllegalStateException(claim + " is not among the claims this test settles,"
                    + " " + settles + ": add it to @Settles");
        }
        outcomes.put(claim, new Outcome(verdict, evidence));
    }

    Map<Claim, Outcome> outcomes() {
        return outcomes;
    }

    record Outcome(Verdict verdict, String evidence) {
    }
}
