package sigbench.bench;

import java.nio.file.Path;
import java.util.List;

import org.openjdk.jmh.results.RunResult;

/** One question the benchmarks answer: its JMH classes and its section of the report. */
public interface Suite {

    /** The JMH classes whose results belong to this suite. */
    List<Class<?>> benchmarks();

    /**
     * Appends this suite's section to {@code markdown}, writing any picture or data file it
     * refers to into {@code folder}. {@code results} holds only this suite's results.
     */
    void report(Path folder, List<RunResult> results, StringBuilder markdown);
}
