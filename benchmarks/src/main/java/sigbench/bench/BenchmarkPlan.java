package sigbench.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Which benchmark runs the main job asks JMH for: every {@code @Benchmark} method of the chosen
 * classes with every combination of their {@code @Param} values, narrowed by the user's
 * selection. The plan knows each parameter's legal values, so a misspelt value is refused
 * before anything runs, and it knows what to expect, so a run that failed is reported as not
 * measured instead of silently missing.
 */
public final class BenchmarkPlan {

    private final List<Class<?>> classes;
    private final Map<String, List<String>> selection;

    /**
     * @param selection parameter name to the values to run; a parameter not named runs all of
     *     its declared values
     * @throws IllegalArgumentException naming a parameter or value no benchmark declares
     */
    BenchmarkPlan(List<Class<?>> classes, Map<String, List<String>> selection) {
        this.classes = classes;
        this.selection = selection;
        Map<String, Set<String>> known = declaredValues(classes);
        selection.forEach((name, values) -> {
            Set<String> legal = known.get(name);
            if (legal == null) {
                throw new IllegalArgumentException("unknown benchmark parameter '" + name
                        + "'; known: " + known.keySet());
            }
            for (String value : values) {
                if (!legal.contains(value)) {
                    throw new IllegalArgumentException("unknown " + name + " '" + value
                            + "'; known: " + legal);
                }
            }
        });
    }

    /**
     * Parses {@code "channel=a,b placement=c"} as JMH's {@code -p} options read: a name given
     * twice gets the values of both, a value given twice runs once, an empty value is refused.
     */
    public static Map<String, List<String>> parseSelection(String text) {
        Map<String, Set<String>> selection = new LinkedHashMap<>();
        for (String item : text.trim().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            int equals = item.indexOf('=');
            String[] values = item.substring(equals + 1).split(",", -1);
            if (equals <= 0 || List.of(values).contains("")) {
                throw new IllegalArgumentException("a parameter selection reads name=v1,v2"
                        + " with no empty value; got '" + item + "'");
            }
            selection.computeIfAbsent(item.substring(0, equals), name -> new LinkedHashSet<>())
                    .addAll(List.of(values));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        selection.forEach((name, values) -> lists.put(name, new ArrayList<>(values)));
        return lists;
    }

    /** The values {@code param} will run with. */
    List<String> values(String param) {
        Set<String> all = declaredValues(classes).getOrDefault(param, Set.of());
        return selection.getOrDefault(param, new ArrayList<>(all));
    }

    /** Every parameter the chosen classes declare. */
    Set<String> parameters() {
        return declaredValues(classes).keySet();
    }

    /** One key per benchmark run the plan expects, as {@link #key(BenchmarkParams)} makes. */
    List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (Class<?> type : classes) {
            Map<String, List<String>> params = new TreeMap<>();
            for (Field field : type.getFields()) {
                Param param = field.getAnnotation(Param.class);
                if (param != null) {
                    params.put(field.getName(), selection.getOrDefault(field.getName(),
                            List.of(param.value())));
                }
            }
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Benchmark.class)) {
                    expand(type.getName() + "." + method.getName(), params, keys);
                }
            }
        }
        return keys;
    }

    /** The key of one run JMH made: benchmark name and parameters, sorted by name. */
    static String key(BenchmarkParams run) {
        StringBuilder key = new StringBuilder(run.getBenchmark());
        for (String name : new TreeMap<String, String>(paramsOf(run)).keySet()) {
            key.append(' ').append(name).append('=').append(run.getParam(name));
        }
        return key.toString();
    }

    private static Map<String, String> paramsOf(BenchmarkParams run) {
        Map<String, String> params = new TreeMap<>();
        for (Object name : run.getParamsKeys()) {
            params.put((String) name, run.getParam((String) name));
        }
        return params;
    }

    private static void expand(String prefix, Map<String, List<String>> params,
            List<String> keys) {
        List<String> partial = List.of(prefix);
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            List<String> longer = new ArrayList<>();
            for (String start : partial) {
                for (String value : param.getValue()) {
                    longer.add(start + " " + param.getKey() + "=" + value);
                }
            }
            partial = longer;
        }
        keys.addAll(partial);
    }

    private static Map<String, Set<String>> declaredValues(List<Class<?>> classes) {
        Map<String, Set<String>> known = new TreeMap<>();
        for (Class<?> type : classes) {
            for (Field field : type.getFields()) {
                Param param = field.getAnnotation(Param.class);
                if (param != null) {
                    known.computeIfAbsent(field.getName(), name -> new LinkedHashSet<>())
                            .addAll(List.of(param.value()));
                }
            }
        }
        return known;
    }
}
