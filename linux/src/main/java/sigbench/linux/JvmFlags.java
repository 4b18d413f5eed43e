package sigbench.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command-line flags for a JVM that loads jffi, by the JDK it runs on. */
public final class JvmFlags {

    private static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    private static final String UNSAFE_ACCESS_OPTION = "--sun-misc-unsafe-memory-access";
    private static final String UNSAFE_ACCESS = UNSAFE_ACCESS_OPTION + "=allow";
    private static final int UNSAFE_FLAG_SINCE = 23;
    private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JvmFlags() {
    }

    /**
     * Lets jffi call native code without a warning. JDK 23 and later also warn about its use
     * of {@code sun.misc.Unsafe} unless told to allow it; JDK 17 rejects that flag.
     */
    public static List<String> nativeAccess() {
        return nativeAccess(Runtime.version().feature());
    }

    /** As {@link #nativeAccess()}, for a JDK of feature release {@code feature}. */
    public static List<String> nativeAccess(int feature) {
        return feature >= UNSAFE_FLAG_SINCE
                ? List.of(NATIVE_ACCESS, UNSAFE_ACCESS)
                : List.of(NATIVE_ACCESS);
    }

    /** Whether a JDK of feature release {@code feature} accepts {@code flag}. */
    public static boolean knows(int feature, String flag) {
        return !flag.startsWith(UNSAFE_ACCESS_OPTION) || feature >= UNSAFE_FLAG_SINCE;
    }

    /**
     * The feature release of the JDK whose launcher is {@code javaLauncher}, read from the
     * {@code release} file of its home; this JVM's own if that file cannot be read.
     */
    public static int featureOf(String javaLauncher) {
        Path bin = Path.of(javaLauncher).toAbsolutePath().getParent();
        Path release = bin.resolveSibling("release");
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(release));
            if (version.find()) {
                return Integer.parseInt(version.group(1));
            }
        } catch (IOException | RuntimeException unreadable) {
            // Fall back to this JVM's release below.
        }
        return Runtime.version().feature();
    }

    /** The java launcher of the JDK this JVM runs on. */
    public static String javaLauncher() {
        return System.getProperty("java.home") + "/bin/java";
    }
}
