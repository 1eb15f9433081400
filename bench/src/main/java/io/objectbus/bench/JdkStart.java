// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./objectbus run} (simulated site, history off) on each JDK given, alternating: seconds from launch to $state
 * online and resident memory after 10 s idle. Usage: JdkStart <runs> <cds on|off> <java home>...; the launcher
 * takes the java of PATH, which is set to each JDK in turn. With class-data sharing on, each JDK runs its block of
 * starts in a row, the first untimed, because the launcher makes its archive again when the JDK changes.
 */
public final class JdkStart {

    private JdkStart() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        if (args[1].equals("variants")) {
            variants(runs);
            return;
        }
        boolean cds = args[1].equals("on");
        List<String> homes = List.of(args).subList(2, args.length);
        if (cds) {
            for (String home : homes) {
                start(home, true); // makes the archive for this JDK
                for (int i = 0; i < runs; i++) {
                    report(home, "cds", start(home, true));
                }
            }
            return;
        }
        for (int i = 0; i < runs; i++) {
            for (String home : homes) {
                report(home, "no-cds", start(home, false));
            }
        }
    }

    /**
     * The bench's node (embedded broker, bus, Camel; no simulated site) of each BENCH_NODES variant, alternating:
     * seconds from launch to ready, and resident memory after 10 s idle.
     */
    private static void variants(int runs) throws Exception {
        for (NodeVariant variant : NodeVariant.fromEnvironment()) {
            train(variant);
        }
        for (int i = 0; i < runs; i++) {
            for (NodeVariant variant : NodeVariant.fromEnvironment()) {
                long started = System.nanoTime();
                try (NodeProcess node = NodeProcess.start(variant, "-Xmx1g", 0, false, false)) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    Thread.sleep(10_000);
                    report(variant.name(), "bench-node", new double[] {seconds, node.rssBytes() >> 20});
                }
            }
        }
    }

    /** For a variant with an ahead-of-time cache that is not there yet: a start that records it, untimed. */
    private static void train(NodeVariant variant) throws Exception {
        NodeVariant training = variant.aotTraining();
        if (training == null) {
            return;
        }
        NodeProcess node = NodeProcess.start(training, "-Xmx1g", 0, false, false);
        node.command("describe", LoadGenerator.describeCommand());
        Thread.sleep(5_000);
        // The JVM writes the cache as it exits on its own (not when stopped by a signal), in a child process it waits
        // for: give it time before closing.
        node.command("exit", "{}");
        node.process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS);
        try {
            node.close();
        } catch (RuntimeException alreadyGone) {
            // its control connection ended with the process
        }
        System.out.println(variant.name() + " AOT cache " + (variant.aotTraining() == null ? "made" : "NOT made"));
    }

    private static void report(String home, String mode, double[] figures) {
        System.out.printf(
                "%s %s seconds %.2f rss-mb %.0f load %s%n", home, mode, figures[0], figures[1], RoundTwo.loadAverage());
    }

    private static double[] start(String home, boolean cds) throws Exception {
        int port = ServerProcess.freePort();
        String data = Files.createTempDirectory("bench-jdk").toString();
        ProcessBuilder launch = new ProcessBuilder(List.of(
                        "./objectbus",
                        "run",
                        "--objectbus.broker.mqtt-port=" + port,
                        "--objectbus.broker.ws-port=0",
                        "--objectbus.broker.data-dir=" + data,
                        "--objectbus.broker.tls-port=0",
                        "--objectbus.broker.client-auth=none",
                        "--objectbus.http.port=0",
                        "--objectbus.sim.bacnet.port=" + ServerProcess.freePort(),
                        "--objectbus.sim.bacnet.adapter-port=" + ServerProcess.freePort(),
                        "--objectbus.history.enabled=false"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        launch.environment().put("PATH", home + "/bin:" + System.getenv("PATH"));
        launch.environment().put("JAVA_HOME", home);
        launch.environment().put("OBJECTBUS_CDS", cds ? "on" : "off");
        String extra = System.getenv("BENCH_NODE_JVM_OPTS");
        launch.environment().put("JAVA_OPTS", "-Xmx512m" + (extra == null ? "" : " " + extra));
        long started = System.nanoTime();
        Process process = launch.start();
        try {
            double online = new ColdStart.Mqtt5Finder().secondsUntilOnline(port, started);
            Thread.sleep(10_000);
            return new double[] {online, ProcStats.rssBytes(process.pid()) >> 20};
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
