// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.internal.service.CovNotification;
import io.objectbus.bacnet.internal.service.ReadPropertyMultiple;
import io.objectbus.bacnet.internal.service.WriteProperty;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.support.SimulatedSite;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Random, truncated and mutated datagrams fed to the receive path of a live device: none may throw, hang, or stop
 * the device, and each one that is dropped is logged with a reason.
 */
class DatagramFuzzTest {
    private static final InetSocketAddress FUZZER = new InetSocketAddress("127.0.0.1", 9);
    private static final int ITERATIONS = 4000;

    @Test
    void noDatagramEscapesTheTransportAndTheDeviceStillAnswers() throws Exception {
        try (SimulatedSite site = SimulatedSite.start(4242)) {
            Map<String, AtomicInteger> reasons = new ConcurrentHashMap<>();
            AtomicInteger rejected = new AtomicInteger();
            site.device.device().stack().transport().setRejectListener((from, reason) -> {
                rejected.incrementAndGet();
                assertFalse(reason == null || reason.isBlank(), "a reason");
                reasons.computeIfAbsent(reason.replaceAll("[0-9]+", "N"), r -> new AtomicInteger())
                        .incrementAndGet();
            });
            Random random = new Random(20260101L);
            List<byte[]> seeds = validDatagrams();

            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < ITERATIONS; i++) {
                    site.device.device().stack().transport().onDatagram(fuzz(random, seeds), FUZZER);
                }
            });

            assertTrue(rejected.get() > ITERATIONS / 4, "most fuzzed datagrams are refused: " + rejected);
            assertTrue(reasons.size() > 10, "with varied reasons: " + reasons.keySet());
            Object value = await(site.client.readProperty(
                            site.deviceAddress, new ObjectIdentifier(0, 1), PropertyIdentifier.PRESENT_VALUE, null))
                    .value();
            assertEquals(21.0f, value);
        }
    }

    @Test
    void truncationsOfValidDatagramsAreRefusedWithAReasonAndNeverThrowAnythingElse() {
        int prefixes = 0;
        List<String> reasons = new ArrayList<>();
        for (byte[] datagram : validDatagrams()) {
            for (int length = 4; length < datagram.length; length++) {
                prefixes++;
                decodeAll(withBvlcLength(Arrays.copyOf(datagram, length)), reasons);
            }
        }
        // Two prefixes are complete messages: Who-Is without its range, WriteProperty without its priority.
        assertEquals(prefixes - 2, reasons.size(), String.join("\n", reasons));
        assertTrue(reasons.stream().noneMatch(String::isBlank));
    }

    /** Decodes down to the service parameters, as the transport and the device do; records refusals. */
    private static void decodeAll(byte[] datagram, List<String> reasons) {
        try {
            Bvlc.OriginalUnicastNpdu unicast = (Bvlc.OriginalUnicastNpdu) Bvlc.Serializer.decode(datagram);
            Apdu apdu = Apdu.Serializer.decode(
                    Npdu.Serializer.decode(unicast.npdu()).payload());
            if (apdu instanceof Apdu.ConfirmedRequest request && request.serviceChoice() == 14) {
                ReadPropertyMultiple.Serializer.decode(request.service());
            } else if (apdu instanceof Apdu.ConfirmedRequest request) {
                WriteProperty.Serializer.decode(request.service());
            } else if (apdu instanceof Apdu.UnconfirmedRequest request && request.serviceChoice() == 2) {
                CovNotification.Serializer.decode(request.service());
            } else if (apdu instanceof Apdu.UnconfirmedRequest request) {
                io.objectbus.bacnet.internal.service.WhoIs.Serializer.decode(request.service());
            }
        } catch (DecodeException e) {
            reasons.add(e.getMessage());
        }
    }

    private static byte[] fuzz(Random random, List<byte[]> seeds) {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        return switch (random.nextInt(4)) {
            case 0 -> randomBytes(random);
            case 1 -> Arrays.copyOf(seed, random.nextInt(seed.length));
            case 2 -> flip(random, seed.clone());
            default -> withBvlcLength(flip(random, seed.clone()));
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] data = new byte[random.nextInt(64)];
        random.nextBytes(data);
        if (data.length > 1 && random.nextBoolean()) {
            data[0] = (byte) 0x81;
        }
        return data;
    }

    private static byte[] flip(Random random, byte[] data) {
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            data[random.nextInt(data.length)] = (byte) random.nextInt(256);
        }
        return data;
    }

    /** Keeps the BVLC header consistent so the mutation reaches the NPDU, APDU and service decoders. */
    private static byte[] withBvlcLength(byte[] data) {
        data[0] = (byte) 0x81;
        data[1] = 0x0A;
        data[2] = (byte) (data.length >>> 8);
        data[3] = (byte) data.length;
        return data;
    }

    private static List<byte[]> validDatagrams() {
        ObjectIdentifier ai1 = new ObjectIdentifier(0, 1);
        List<byte[]> apdus = List.of(
                Apdu.Serializer.encode(Apdu.ConfirmedRequest.of(
                        1,
                        1476,
                        14,
                        ReadPropertyMultiple.Serializer.encode(
                                new ReadPropertyMultiple(List.of(new ReadPropertyMultiple.Spec(
                                        ai1, List.of(new ReadPropertyMultiple.Reference(8, null)))))))),
                Apdu.Serializer.encode(Apdu.ConfirmedRequest.of(
                        2,
                        1476,
                        15,
                        WriteProperty.Serializer.encode(new WriteProperty(
                                new ObjectIdentifier(1, 1), 85, null, List.of(new BacnetValue.RealValue(5f)), 8)))),
                Apdu.Serializer.encode(new Apdu.UnconfirmedRequest(
                        2,
                        CovNotification.Serializer.encode(new CovNotification(
                                1,
                                ObjectIdentifier.device(1),
                                ai1,
                                60,
                                List.of(CovNotification.Value.of(85, new BacnetValue.RealValue(1f))))))),
                TagsTest.hex("10 08 0903 1903"));
        List<byte[]> datagrams = new ArrayList<>();
        for (byte[] apdu : apdus) {
            datagrams.add(Bvlc.Serializer.encode(
                    new Bvlc.OriginalUnicastNpdu(Npdu.Serializer.encode(Npdu.local(apdu, true)))));
        }
        return datagrams;
    }
}
