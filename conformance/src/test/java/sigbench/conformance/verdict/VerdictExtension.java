package sigbench.conformance.verdict;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Runs around every test of the module, registered by auto-detection: the report it keeps is
 * written when the whole run ends, with the JDK facts any test recorded.
 *
 * <p>Gives a {@link Settles} test its {@link Finding} and, once the test has run, hands the
 * outcome to the {@link VerdictReport}. A test skipped by an assumption settles its claims as
 * not testable here, the assumption's message being the evidence; a test that failed leaves
 * no verdict but says so.
 */
public final class VerdictExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(VerdictExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Finding.class;
    }

    @Override
    public Finding resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(Finding.class,
                unused -> new Finding(claimsOf(context)), Finding.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        // The root store closes the report once every test has run: that writes the files.
        VerdictReport report = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(VerdictReport.class);
        Finding finding = context.getStore(NAMESPACE).get(Finding.class, Finding.class);
        Map<Claim, Finding.Outcome> outcomes = finding == null ? Map.of() : finding.outcomes();
        Optional<Throwable> thrown = context.getExecutionException();
        String test = context.getDisplayName();
        for (Claim claim : claimsOf(context)) {
            Finding.Outcome outcome = outcomes.get(claim);
            if (outcome != null) {
                report.add(claim, outcome.verdict(), outcome.evidence(), test);
            } else if (thrown.isPresent()) {
                report.add(claim, Verdict.NOT_TESTABLE_HERE, reasonOf(thrown.get()), test);
            } else {
                throw new IllegalStateException(
                        "the test ended without a verdict for " + claim + ": call Finding.verdict");
            }
        }
    }

    private static String reasonOf(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage());
        if (thrown instanceof TestAbortedException) {
            return message.replaceFirst("^Assumption failed: ", "");
        }
        return "the test failed, so no verdict: " + message;
    }

    private static EnumSet<Claim> claimsOf(ExtensionContext context) {
        Settles settles = context.getRequiredTestMethod().getAnnotation(Settles.class);
        return settles == null ? EnumSet.noneOf(Claim.class)
                : EnumSet.copyOf(List.of(settles.value()));
    }
}
