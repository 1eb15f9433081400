// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.service.IAm;
import io.objectbus.bacnet.internal.service.IHave;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.internal.service.WhoHas;
import io.objectbus.bacnet.internal.service.WhoIs;
import io.objectbus.bacnet.internal.transport.ConfirmedHandler;
import io.objectbus.bacnet.internal.transport.UnconfirmedListener;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.stack.BacnetStack;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A BACnet device served on a {@link BacnetStack}: answers Who-Is with I-Am and Who-Has with I-Have, serves
 * ReadProperty, ReadPropertyMultiple, WriteProperty (with priority arrays) and SubscribeCOV over an {@link
 * ObjectStore}, and sends COV notifications. Used by the simulated device and by a node that serves its points.
 */
public final class LocalDevice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDevice.class);

    private final BacnetStack stack;
    private final DeviceConfig config;
    private final ObjectStore store;
    private final DeviceObject deviceObject;
    private final FaultPlan faults = new FaultPlan();
    private final ObjectServices services;
    private final CovService cov = new CovService(this);
    private final Consumer<ObjectIdentifier> changeListener = cov::onChange;
    private final UnconfirmedListener unconfirmed = this::onUnconfirmed;
    private final Map<Integer, ConfirmedHandler> handlers;

    public LocalDevice(BacnetStack stack, DeviceConfig config, ObjectStore store) {
        this.stack = stack;
        this.config = config;
        this.store = store;
        this.deviceObject = new DeviceObject(config, stack.config(), store);
        this.services = new ObjectServices(this);
        this.handlers = Map.of(
                ServiceChoice.READ_PROPERTY,
                guarded(request -> services.readProperty(request)),
                ServiceChoice.READ_PROPERTY_MULTIPLE,
                guarded(request -> services.readPropertyMultiple(request)),
                ServiceChoice.WRITE_PROPERTY,
                (source, request) -> guard(request, () -> services.writeProperty(source, request)),
                ServiceChoice.SUBSCRIBE_COV,
                (source, request) -> guard(request, () -> cov.subscribe(source, request)));
    }

    /** Starts serving and announces the device with a broadcast I-Am. */
    public LocalDevice start() {
        handlers.forEach(stack::handleConfirmed);
        stack.addUnconfirmedListener(unconfirmed);
        store.addChangeListener(changeListener);
        announce();
        return this;
    }

    /**
     * Starts again as after a power cycle: COV subscriptions are gone, and the device says I-Am (unless it is silent).
     * What the objects keep is the store's business.
     */
    public void restart() {
        cov.clear();
        if (!faults.isSilent()) {
            announce();
        }
    }

    /** Broadcasts I-Am (clause 16.10.2), as a device does when it starts. */
    public void announce() {
        try {
            stack.broadcastUnconfirmed(ServiceChoice.I_AM, iAm(), false);
        } catch (IOException e) {
            LOG.warn("I-Am broadcast of device {} failed: {}", config.instance(), e.toString());
        }
    }

    public ObjectIdentifier id() {
        return deviceObject.id();
    }

    public DeviceConfig config() {
        return config;
    }

    public ObjectStore store() {
        return store;
    }

    public BacnetStack stack() {
        return stack;
    }

    /** Misbehaviour on request (silence, dropped requests, Error/Reject/Abort answers). */
    public FaultPlan faults() {
        return faults;
    }

    /** COV subscriptions in force. */
    public int covSubscriptionCount() {
        return cov.activeCount();
    }

    /** Confirmed COV notifications the subscribers acknowledged with a SimpleACK. */
    public long acknowledgedCovNotifications() {
        return cov.acknowledgedNotifications();
    }

    /** The object {@code id}: the Device object (also by the wildcard instance 4194303) or one of the store. */
    BacnetObject object(ObjectIdentifier id) {
        if (id.type() == ObjectType.DEVICE
                && (id.instance() == config.instance() || id.instance() == ObjectIdentifier.MAX_INSTANCE)) {
            return deviceObject;
        }
        Optional<BacnetObject> object = store.find(id);
        return object.orElseThrow(PropertyException::unknownObject);
    }

    private interface Service {
        Apdu serve(Apdu.ConfirmedRequest request);
    }

    private ConfirmedHandler guarded(Service service) {
        return (source, request) -> guard(request, () -> service.serve(request));
    }

    private Apdu guard(Apdu.ConfirmedRequest request, java.util.function.Supplier<Apdu> answer) {
        if (faults.dropConfirmed()) {
            return null;
        }
        Fault fault = faults.faultFor(request.serviceChoice());
        return fault != null ? fault.toApdu(request) : answer.get();
    }

    private void onUnconfirmed(BacnetAddress source, Apdu.UnconfirmedRequest request) {
        if (faults.isSilent()) {
            return;
        }
        try {
            if (request.serviceChoice() == ServiceChoice.WHO_IS
                    && WhoIs.Serializer.decode(request.service()).matches(config.instance())) {
                // Answered to the asker: on one host each process has its own port, so a broadcast would miss it.
                stack.sendUnconfirmed(source, ServiceChoice.I_AM, iAm());
            } else if (request.serviceChoice() == ServiceChoice.WHO_HAS) {
                answerWhoHas(source, WhoHas.Serializer.decode(request.service()));
            }
        } catch (IOException e) {
            LOG.warn("Answer to {} not sent: {}", source, e.toString());
        }
    }

    private void answerWhoHas(BacnetAddress source, WhoHas whoHas) throws IOException {
        if (!whoHas.matchesDevice(config.instance())) {
            return;
        }
        Optional<BacnetObject> found = whoHas.objectId() != null
                ? Optional.ofNullable(lookup(whoHas.objectId()))
                : store.objects().stream()
                        .filter(o -> o.name().equals(whoHas.objectName()))
                        .findFirst();
        if (found.isPresent()) {
            IHave iHave = new IHave(id(), found.get().id(), found.get().name());
            stack.sendUnconfirmed(source, ServiceChoice.I_HAVE, IHave.Serializer.encode(iHave));
        }
    }

    private BacnetObject lookup(ObjectIdentifier id) {
        try {
            return object(id);
        } catch (PropertyException e) {
            return null;
        }
    }

    private byte[] iAm() {
        return IAm.Serializer.encode(new IAm(id(), stack.config().maxApdu(), IAm.SEGMENTATION_NONE, config.vendorId()));
    }

    @Override
    public void close() {
        handlers.forEach(stack::removeConfirmedHandler);
        stack.removeUnconfirmedListener(unconfirmed);
        store.removeChangeListener(changeListener);
    }
}
