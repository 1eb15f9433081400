// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.bench.jmh.HotPathBenchmarks;
import io.objectbus.bench.jmh.LorawanBenchmarks;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH benchmarks, short enough for the suite: one fork, two warm-up and three measured seconds each. */
final class Jmh {

    private Jmh() {}

    /** Nanoseconds per operation by benchmark name. */
    static Map<String, Double> run() throws Exception {
        return run(HotPathBenchmarks.class, LorawanBenchmarks.class);
    }

    /** Nanoseconds per operation of the given benchmark classes' benchmarks, by name. */
    static Map<String, Double> run(Class<?>... benchmarks) throws Exception {
        OptionsBuilder builder = new OptionsBuilder();
        for (Class<?> benchmark : benchmarks) {
            builder.include(benchmark.getName());
        }
        Options options = builder.forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xmx512m")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> nanos = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            nanos.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getScore());
        }
        return nanos;
    }
}
