package sigbench.conformance.verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts about the JVM the suite runs on, recorded beside the verdicts. They are not claims:
 * they say what this JDK does, so two runs on two JDKs can be compared.
 */
public final class JdkFacts {

    private static final List<Fact> FACTS = new ArrayList<>();

    private JdkFacts() {
    }

    /** Records that, on this JDK, {@code subject} showed {@code observed}. */
    public static synchronized void record(String subject, String observed) {
        FACTS.add(new Fact(subject, observed));
    }

    static synchronized List<Fact> all() {
        return List.copyOf(FACTS);
    }

    record Fact(String subject, String observed) {
    }
}
