package sigbench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    @DisplayName("Strings are escaped, numbers and booleans are bare, nesting is indented")
    void writesNestedValues() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("ok", true);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "a \"b\"\n\\c");
        value.put("cpus", List.of(0, 1));
        value.put("inner", inner);
        value.put("none", List.of());

        assertEquals("{\n"
                + "  \"name\": \"a \\\"b\\\"\\n\\\\c\",\n"
                + "  \"cpus\": [\n    0,\n    1\n  ],\n"
                + "  \"inner\": {\n    \"ok\": true\n  },\n"
                + "  \"none\": []\n"
                + "}\n", Json.write(value));
    }
}
