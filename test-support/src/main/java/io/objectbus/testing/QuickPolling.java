// SPDX-License-Identifier: Apache-2.0
package io.objectbus.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.pollinterval.IterativePollInterval;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Awaitility's defaults for every test JVM that has this module on its class path (a JUnit Platform service): the first
 * check at once and then after 10, 20, 40, 80 ms, then every 100 ms. Awaitility's own default waits 100 ms before the
 * first check, so every wait of the suite cost at least 100 ms even when the answer was already there.
 * A wait without a timeout of its own gives up after 30 s, not Awaitility's 10 s: on two shared cores an OPC UA
 * handshake or a broker's start took longer than 10 s and failed tests that were right. {@code during} is untouched.
 */
public final class QuickPolling implements LauncherSessionListener {

    private static final Duration FIRST = Duration.ofMillis(10);
    private static final Duration MOST = Duration.ofMillis(100);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultTimeout(TIMEOUT);
        Awaitility.setDefaultPollInterval(new IterativePollInterval(QuickPolling::next, FIRST));
    }

    private static Duration next(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(MOST) > 0 ? MOST : doubled;
    }
}
