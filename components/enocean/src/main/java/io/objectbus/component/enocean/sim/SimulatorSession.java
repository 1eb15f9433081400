// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.BaseIdInfo;
import io.objectbus.component.enocean.frame.CommonCommand;
import io.objectbus.component.enocean.frame.CommonCommandCode;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.LearnModeInfo;
import io.objectbus.component.enocean.frame.PacketType;
import io.objectbus.component.enocean.frame.Response;
import io.objectbus.component.enocean.frame.ReturnCode;
import io.objectbus.component.enocean.frame.VersionInfo;
import io.objectbus.component.enocean.internal.Esp3StreamParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One client of the simulator: reads its packets, answers each with a RESPONSE, and receives the radio stream. */
final class SimulatorSession implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorSession.class);

    private final Socket socket;
    private final GatewaySimulator simulator;
    private final OutputStream out;

    SimulatorSession(Socket socket, GatewaySimulator simulator) throws IOException {
        this.socket = socket;
        this.simulator = simulator;
        this.out = socket.getOutputStream();
    }

    @Override
    public void run() {
        Esp3StreamParser parser = new Esp3StreamParser();
        byte[] chunk = new byte[512];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                parser.feed(chunk, 0, n).packets().forEach(this::handle);
            }
        } catch (IOException e) {
            LOG.debug("Simulator client gone: {}", e.getMessage());
        } finally {
            simulator.remove(this);
            close();
        }
    }

    /** Writes pieces of the stream, each flushed on its own so split frames really leave split. */
    synchronized void write(List<byte[]> pieces) {
        try {
            for (byte[] piece : pieces) {
                out.write(piece);
                out.flush();
            }
        } catch (IOException e) {
            close();
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Simulator client close failed", e);
        }
    }

    private void handle(Esp3Packet packet) {
        simulator.record(packet);
        try {
            if (packet.is(PacketType.COMMON_COMMAND)) {
                respond(answer(CommonCommand.Serializer.decode(packet)));
            } else if (packet.is(PacketType.RADIO_ERP1)) {
                Erp1Telegram telegram = Erp1Telegram.Serializer.decode(packet);
                if (simulator.faults().refusesTelegrams()) {
                    respond(Response.of(ReturnCode.RET_ERROR));
                    return;
                }
                respond(Response.of(ReturnCode.RET_OK));
                simulator.transmit(telegram);
            } else {
                respond(Response.of(ReturnCode.RET_NOT_SUPPORTED));
            }
        } catch (FrameException e) {
            respond(Response.of(ReturnCode.RET_WRONG_PARAM));
        }
    }

    private Response answer(CommonCommand command) {
        CommonCommandCode code = CommonCommandCode.of(command.code()).orElse(null);
        if (code == null) {
            return Response.of(ReturnCode.RET_NOT_SUPPORTED);
        }
        return switch (code) {
            case CO_RD_VERSION -> VersionInfo.Serializer.encode(simulator.version());
            case CO_RD_IDBASE -> BaseIdInfo.Serializer.encode(new BaseIdInfo(simulator.baseId(), 10));
            case CO_RD_LEARNMODE -> LearnModeInfo.Serializer.encode(new LearnModeInfo(simulator.learnMode(), -1));
            case CO_WR_LEARNMODE -> writeLearnMode(command.parameters());
            case CO_WR_RESET -> Response.of(ReturnCode.RET_OK);
            default -> Response.of(ReturnCode.RET_NOT_SUPPORTED);
        };
    }

    private Response writeLearnMode(byte[] parameters) {
        if (parameters.length < 5) {
            return Response.of(ReturnCode.RET_WRONG_PARAM);
        }
        simulator.learnMode(parameters[0] != 0);
        return Response.of(ReturnCode.RET_OK);
    }

    private void respond(Response response) {
        write(List.of(Esp3Packet.Serializer.encode(Response.Serializer.encode(response))));
    }
}
