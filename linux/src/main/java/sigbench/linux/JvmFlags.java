package sigbench.linux;

import java.util.List;

/** Command-line flags for a JVM that loads jffi, for the JDK this JVM runs on. */
public final class JvmFlags {

    private JvmFlags() {
    }

    /**
     * Lets jffi call native code without a warning. JDK 23 and later also warn about its use
     * of {@code sun.misc.Unsafe} unless told to allow it; JDK 17 rejects that flag.
     */
    public static List<String> nativeAccess() {
        return Runtime.version().feature() >= 23
                ? List.of("--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow")
                : List.of("--enable-native-access=ALL-UNNAMED");
    }

    /** The java launcher of the JDK this JVM runs on. */
    public static String javaLauncher() {
        return System.getProperty("java.home") + "/bin/java";
    }
}
