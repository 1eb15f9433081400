// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.broker.CurrentStateSource;
import io.objectbus.bus.BusNode;
import io.objectbus.bus.BusSettings;
import io.objectbus.bus.BusTransport;
import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.bus.Json;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Quality;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import io.objectbus.transforms.enocean.EepProfile;
import io.objectbus.transforms.enocean.EepRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The codecs and transforms every value passes through, one operation each. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HotPathBenchmarks {

    /** ASHRAE 135 Annex F.3.5: ReadProperty-ACK, analog-input 5 present-value 72.3. */
    private static final byte[] READ_PROPERTY_ACK = HexFormat.of().parseHex("30010C0C0000000519553E444290999A3F");

    private static final byte[] SET_REQUEST =
            "{\"v\":22.5,\"p\":8,\"owner\":\"bms\",\"ttl\":3600}".getBytes(StandardCharsets.UTF_8);

    private BusNode bus;
    /** The same bus with a view watching every value, as the node's OPC UA and BACnet servers do. */
    private BusNode watched;

    private long seen;
    private byte[] esp3Frame;
    private EepProfile temperatureHumidity;
    private byte[] eepData;
    private long counter;

    @Setup
    public void setUp() {
        bus = benchBus();
        watched = benchBus();
        watched.view().watch(BusView.Selection.ALL, new BusView.Listener() {
            @Override
            public void described(String node, ObjectDescriptor object) {}

            @Override
            public void removed(String node, String objectId) {}

            @Override
            public void value(BusValue value) {
                seen += value.sequence();
            }
        });
        Erp1Telegram telegram = Erp1Telegram.outgoing(0xA5, new byte[] {0x00, (byte) 0x8C, 0x66, 0x0A}, 0x01A2B3C4);
        esp3Frame = Esp3Packet.Serializer.encode(Erp1Telegram.Serializer.encode(telegram));
        temperatureHumidity = EepRegistry.standard().find("A5-04-01").orElseThrow();
        eepData = telegram.userData();
    }

    private static BusNode benchBus() {
        BusNode node = new BusNode(BusSettings.defaults("bench"), new DiscardingTransport(), Clock.systemUTC());
        node.describe(new ObjectDescriptor(
                "o-1",
                "o",
                "bench",
                "bench",
                null,
                null,
                List.of(),
                Map.of("temperature", ResourceDescriptor.number("Cel")),
                0));
        return node;
    }

    @TearDown
    public void tearDown() {
        bus.close();
        watched.close();
    }

    /** Coercion, COV decision, JSON encoding and hand-over to the transport of one changed value. */
    @Benchmark
    public boolean busReportChangedValue() {
        return bus.report("o-1", "temperature", Sample.good(20.0 + (counter++ % 100) / 10.0, Instant.now()));
    }

    /** As {@link #busReportChangedValue}, with a bus view's watch told of every value. */
    @Benchmark
    public boolean busReportChangedValueWatched() {
        return watched.report("o-1", "temperature", Sample.good(20.0 + (counter++ % 100) / 10.0, Instant.now()));
    }

    @Benchmark
    public byte[] busValueJsonEncode() {
        return Json.value(21.5, "Cel", Instant.now(), Quality.GOOD, null, counter++);
    }

    @Benchmark
    public JsonNode busSetRequestJsonDecode() throws Exception {
        return Json.parse(SET_REQUEST);
    }

    @Benchmark
    public Object esp3FrameDecode() throws Exception {
        return Erp1Telegram.Serializer.decode(Esp3Packet.Serializer.decode(esp3Frame));
    }

    @Benchmark
    public Object eepA50401Decode() {
        return temperatureHumidity.decode(eepData, 0);
    }

    @Benchmark
    public Apdu bacnetApduDecode() {
        return Apdu.Serializer.decode(READ_PROPERTY_ACK);
    }

    /** A transport that drops what it is given, so that only the bus's own work is timed. */
    static final class DiscardingTransport implements BusTransport {
        @Override
        public void publish(String topic, byte[] payload, int qos) {}

        @Override
        public void reply(String topic, byte[] payload, byte[] correlationData) {}

        @Override
        public Subscription subscribe(String name, List<String> topicFilters, boolean durable, Handler handler) {
            return new Subscription() {
                @Override
                public List<String> queues() {
                    return List.of();
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public void serveCurrentState(CurrentStateSource source) {}

        @Override
        public void close() {}
    }
}
