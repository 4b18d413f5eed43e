package sigbench.conformance.verdict;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that settles claims. The test takes a {@link Finding} and records a verdict for
 * each claim named here; a test that ends without one fails.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(VerdictExtension.class)
public @interface Settles {

    Claim[] value();
}
