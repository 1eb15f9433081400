// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench.jmh;

import io.objectbus.component.lorawan.crypto.Aes;
import io.objectbus.component.lorawan.frame.DataFrame;
import io.objectbus.component.lorawan.frame.DataFrames;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.frame.MType;
import io.objectbus.transforms.lorawan.CayenneLpp;
import io.objectbus.transforms.lorawan.Measurement;
import io.objectbus.transforms.lorawan.PayloadException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** What each LoRaWAN uplink costs before the bus: frame decoding, the MIC check, decryption, the LPP codec. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LorawanBenchmarks {

    private static final byte[] NWK = Hex.key("44024241ed4ce9a68c6a8bc055233fd3");
    private static final byte[] APP = Hex.key("ec925802ae430ca77fd3dd73cb2cc588");
    /** Two temperatures and a humidity in Cayenne LPP, 11 bytes: a typical sensor uplink. */
    private static final byte[] UPLINK = DataFrames.seal(
            MType.UNCONFIRMED_DATA_UP, 0x26011bda, 0, 1234, 1, Hex.bytes("03670110056700ff066861"), NWK, APP);

    private final CayenneLpp lpp = new CayenneLpp();
    /** The session's ciphers, made once per device as the server keeps them. */
    private final Aes nwk = Aes.of(NWK);

    private final Aes app = Aes.of(APP);

    /** The MIC (AES-CMAC over B0 and the frame) as the server checks it, with the session's cipher. */
    @Benchmark
    public boolean lorawanMicCheck() throws FrameException {
        return DataFrames.micMatches(DataFrame.Serializer.decode(UPLINK), 1234, nwk);
    }

    /** The same with a cipher made from the key for the frame (the key schedule each time), for comparison. */
    @Benchmark
    public boolean lorawanMicCheckNewCipher() throws FrameException {
        return DataFrames.micMatches(DataFrame.Serializer.decode(UPLINK), 1234, NWK);
    }

    /** The FRMPayload decryption (AES keystream over A_i) with the session's ciphers. */
    @Benchmark
    public byte[] lorawanDecrypt() throws FrameException {
        return DataFrames.open(DataFrame.Serializer.decode(UPLINK), 1234, nwk, app);
    }

    @Benchmark
    public byte[] lorawanDecryptNewCipher() throws FrameException {
        return DataFrames.open(DataFrame.Serializer.decode(UPLINK), 1234, NWK, APP);
    }

    /** Everything the server and the adapter do with a frame's bytes: decode, MIC, decrypt, LPP. */
    @Benchmark
    public List<Measurement> lorawanUplinkToMeasurements() throws FrameException, PayloadException {
        DataFrame frame = DataFrame.Serializer.decode(UPLINK);
        if (!DataFrames.micMatches(frame, 1234, nwk)) {
            throw new IllegalStateException("MIC");
        }
        return lpp.decode(frame.fPort(), DataFrames.open(frame, 1234, nwk, app));
    }
}
