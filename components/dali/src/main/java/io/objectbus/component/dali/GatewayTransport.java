// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One way to reach a DALI bus: a gateway speaking its own protocol (daliserver, HelvarNet, Lunatone). The bus's
 * command queue calls it from one thread, one frame at a time, and keeps the DALI timing rules itself.
 */
public interface GatewayTransport extends AutoCloseable {

    /** Connects; throws when the gateway cannot be reached. */
    void open() throws IOException;

    /**
     * Puts one forward frame on the bus and gives what came back: the answer, none, or a collision. A frame that is
     * not answered by design gives {@link BackwardFrame#none()}. Throws when the gateway is lost or answers garbage;
     * the caller then closes and reopens it.
     */
    BackwardFrame transmit(ForwardFrame frame) throws IOException;

    /** Hands frames the gateway reported meanwhile to the bus-frame listener; called while the queue is idle. */
    default void pollBusFrames() throws IOException {}

    /** Frames the gateway saw on the bus that were not ours (input devices' event messages), where it reports them. */
    void onBusFrame(Consumer<ForwardFrame> listener);

    /** Where it goes, for logs and connection reasons. */
    String describe();

    @Override
    void close();
}
