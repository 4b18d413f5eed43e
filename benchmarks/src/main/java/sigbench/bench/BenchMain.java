package sigbench.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The entry point of {@code benchmarks.jar}: JMH's command line, with every fork started
 * masked as {@link MaskedForks} explains. {@code java -jar benchmarks.jar <regex> [options]}
 * takes the options JMH users know.
 */
public final class BenchMain {

    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        try {
            new Runner(MaskedForks.apply(options, launcherFolder())).run();
        } catch (NoBenchmarksException e) {
            System.err.println("No benchmark matches " + options.getIncludes()
                    + "; -l lists them.");
            System.exit(1);
        } catch (RunnerException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The folder of benchmarks.jar, where the fork launcher is kept between runs; a private
     * temporary folder, removed at exit, if that one cannot be written.
     */
    private static Path launcherFolder() throws IOException, URISyntaxException {
        Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path folder = jar.getParent();
        if (folder != null && Files.isWritable(folder)) {
            return folder;
        }
        Path temporary = Files.createTempDirectory("sigbench-");
        temporary.toFile().deleteOnExit();
        return temporary;
    }

    private BenchMain() {
    }
}
