package sigbench.conformance.verdict;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that settles claims. The test takes a {@link Finding} and records a verdict for
 * each claim named here; a test that ends without one fails. {@link VerdictExtension}, found
 * by the JUnit extension auto-detection this module turns on, does the bookkeeping.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Settles {

    Claim[] value();
}
