// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import io.objectbus.component.enocean.frame.BaseIdInfo;
import io.objectbus.component.enocean.frame.CommonCommandCode;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.LearnModeInfo;
import io.objectbus.component.enocean.frame.PacketType;
import io.objectbus.component.enocean.frame.Response;
import io.objectbus.component.enocean.frame.VersionInfo;
import io.objectbus.component.enocean.internal.GatewayConnection;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends an ERP1 telegram or a common command and waits for the gateway's RESPONSE (responseTimeout). The reply body
 * is the parsed answer: {@link VersionInfo} for CO_RD_VERSION, {@link BaseIdInfo} for CO_RD_IDBASE,
 * {@link LearnModeInfo} for CO_RD_LEARNMODE, else the {@link Response}. A return code other than RET_OK fails the
 * exchange with an {@link EnoceanException}.
 */
public class EnoceanProducer extends DefaultProducer {

    private final EnoceanConfiguration configuration;
    private GatewayConnection connection;

    public EnoceanProducer(EnoceanEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public EnoceanEndpoint getEndpoint() {
        return (EnoceanEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection = getEndpoint().acquireConnection();
        connection.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (connection != null) {
            getEndpoint().releaseConnection();
            connection = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        OutgoingRequest request = OutgoingRequest.of(exchange.getIn(), configuration);
        Response response = connection.request(request.packet(), configuration.getResponseTimeout());
        exchange.getMessage()
                .setHeader(EnoceanConstants.RETURN_CODE, response.returnCode().name());
        if (!response.ok()) {
            throw new EnoceanException("gateway answered " + response.returnCode() + " (0x"
                    + Integer.toHexString(response.code()) + ") to " + describe(request));
        }
        exchange.getMessage().setBody(parse(request.command(), response));
    }

    private static Object parse(int command, Response response) throws FrameException {
        if (command == CommonCommandCode.CO_RD_VERSION.code()) {
            return VersionInfo.Serializer.decode(response);
        }
        if (command == CommonCommandCode.CO_RD_IDBASE.code()) {
            return BaseIdInfo.Serializer.decode(response);
        }
        if (command == CommonCommandCode.CO_RD_LEARNMODE.code()) {
            return LearnModeInfo.Serializer.decode(response);
        }
        return response;
    }

    private static String describe(OutgoingRequest request) {
        if (request.packet().is(PacketType.RADIO_ERP1)) {
            return "a radio telegram";
        }
        return request.command() < 0
                ? request.packet().toString()
                : CommonCommandCode.of(request.command()).map(Enum::name).orElse("command " + request.command());
    }
}
