// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.Event;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.PacketType;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.internal.ConnectionState;
import io.objectbus.component.enocean.internal.ConnectionStateListener;
import io.objectbus.component.enocean.internal.GatewayConnection;
import io.objectbus.component.enocean.internal.PacketListener;
import io.objectbus.component.enocean.internal.TelegramDeduplicator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits one exchange per received radio telegram, body an {@link Erp1Telegram}, with the sender, RORG and radio
 * details as headers; with {@code includeEvents} also the gateway's EVENT packets, body an {@link Event}; with
 * {@code connectionEvents} also the state of the connection to the gateway, body and header
 * {@link EnoceanConstants#CONNECTION} connecting, up or down. Exchanges are processed on the gateway's dispatcher thread, in arrival order, so a route may send through the same gateway.
 */
public class EnoceanConsumer extends DefaultConsumer implements PacketListener, ConnectionStateListener {

    private static final Logger LOG = LoggerFactory.getLogger(EnoceanConsumer.class);

    private final EnoceanConfiguration configuration;
    private final TelegramDeduplicator deduplicator;
    private GatewayConnection connection;

    public EnoceanConsumer(EnoceanEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.deduplicator = new TelegramDeduplicator(configuration.getDedupWindow());
    }

    @Override
    public EnoceanEndpoint getEndpoint() {
        return (EnoceanEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection = getEndpoint().acquireConnection();
        connection.addListener(this);
        if (configuration.isConnectionEvents()) {
            connection.addStateListener(this);
        }
        connection.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (connection != null) {
            connection.removeListener(this);
            connection.removeStateListener(this);
            getEndpoint().releaseConnection();
            connection = null;
        }
        super.doStop();
    }

    @Override
    public void onPacket(Esp3Packet packet) {
        try {
            if (packet.is(PacketType.RADIO_ERP1)) {
                onTelegram(Erp1Telegram.Serializer.decode(packet));
            } else if (packet.is(PacketType.EVENT) && configuration.isIncludeEvents()) {
                onEvent(Event.Serializer.decode(packet));
            }
        } catch (FrameException e) {
            LOG.warn("Dropped undecodable packet {}: {}", packet, e.getMessage());
        }
    }

    private void onTelegram(Erp1Telegram telegram) {
        if (configuration.isDeduplicate() && !deduplicator.accept(telegram, System.nanoTime())) {
            LOG.debug("Dropped repeated telegram {}", telegram);
            return;
        }
        Exchange exchange = createExchange(true);
        Message in = exchange.getIn();
        in.setBody(telegram);
        in.setHeader(EnoceanConstants.PACKET_TYPE, PacketType.RADIO_ERP1.name());
        in.setHeader(EnoceanConstants.SENDER_ID, EnoceanIds.toHex(telegram.senderId()));
        in.setHeader(EnoceanConstants.RORG, String.format("%02X", telegram.rorg()));
        in.setHeader(EnoceanConstants.STATUS, telegram.status());
        in.setHeader(EnoceanConstants.REPEATER_COUNT, telegram.repeaterCount());
        in.setHeader(EnoceanConstants.SUB_TELEGRAM_COUNT, telegram.subTelegramCount());
        in.setHeader(EnoceanConstants.DESTINATION_ID, EnoceanIds.toHex(telegram.destinationId()));
        in.setHeader(EnoceanConstants.SECURITY_LEVEL, telegram.securityLevel());
        if (telegram.hasDbm()) {
            in.setHeader(EnoceanConstants.DBM, telegram.dbm());
        }
        LOG.trace("Received {} telegram {}", Rorg.name(telegram.rorg()), telegram);
        process(exchange);
    }

    private void onEvent(Event event) {
        Exchange exchange = createExchange(true);
        exchange.getIn().setBody(event);
        exchange.getIn().setHeader(EnoceanConstants.PACKET_TYPE, PacketType.EVENT.name());
        exchange.getIn()
                .setHeader(EnoceanConstants.EVENT_CODE, event.eventCode().name());
        process(exchange);
    }

    @Override
    public void onConnectionState(ConnectionState state) {
        Exchange exchange = createExchange(true);
        exchange.getIn().setBody(state.state());
        exchange.getIn().setHeader(EnoceanConstants.CONNECTION, state.state());
        if (state.reason() != null) {
            exchange.getIn().setHeader(EnoceanConstants.REASON, state.reason());
        }
        process(exchange);
    }

    private void process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException("Error processing EnOcean exchange", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
