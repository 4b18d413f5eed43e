package sigbench.linux;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jnr.ffi.Pointer;

/**
 * A NULL-terminated array of C strings, as argv and envp. The native array holds only raw
 * addresses, so this object keeps the strings' memory reachable: keep it reachable until the
 * call that reads the array has returned.
 */
final class CStringArray {

    private final Pointer array;
    private final Pointer[] strings;

    CStringArray(List<String> values) {
        array = Native.allocate((values.size() + 1) * 8);
        strings = new Pointer[values.size()];
        for (int i = 0; i < values.size(); i++) {
            byte[] bytes = values.get(i).getBytes(StandardCharsets.UTF_8);
            strings[i] = Native.allocate(bytes.length + 1);
            strings[i].put(0, bytes, 0, bytes.length);
            strings[i].putByte(bytes.length, (byte) 0);
            array.putPointer(i * 8L, strings[i]);
        }
        array.putAddress(values.size() * 8L, 0L);
    }

    Pointer pointer() {
        return array;
    }
}
