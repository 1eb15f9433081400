// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.service.IAm;
import io.objectbus.bacnet.internal.service.IHave;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.model.BacnetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The table of devices that announced themselves with I-Am, and the listeners for I-Am and I-Have. */
final class Discovery {
    private final Map<Integer, DeviceInfo> devices = new ConcurrentHashMap<>();
    private final List<Consumer<DeviceInfo>> deviceListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ObjectHolder>> holderListeners = new CopyOnWriteArrayList<>();

    void onUnconfirmed(BacnetAddress source, Apdu.UnconfirmedRequest request) {
        if (request.serviceChoice() == ServiceChoice.I_AM) {
            IAm iAm = IAm.Serializer.decode(request.service());
            DeviceInfo device =
                    new DeviceInfo(iAm.device().instance(), source, iAm.maxApdu(), iAm.segmentation(), iAm.vendorId());
            devices.put(device.instance(), device);
            deviceListeners.forEach(listener -> listener.accept(device));
        } else if (request.serviceChoice() == ServiceChoice.I_HAVE) {
            IHave iHave = IHave.Serializer.decode(request.service());
            ObjectHolder holder =
                    new ObjectHolder(iHave.device().instance(), source, iHave.objectId(), iHave.objectName());
            holderListeners.forEach(listener -> listener.accept(holder));
        }
    }

    DeviceInfo device(int instance) {
        return devices.get(instance);
    }

    Map<Integer, DeviceInfo> devices() {
        return Map.copyOf(devices);
    }

    void addDeviceListener(Consumer<DeviceInfo> listener) {
        deviceListeners.add(listener);
    }

    void removeDeviceListener(Consumer<DeviceInfo> listener) {
        deviceListeners.remove(listener);
    }

    void addHolderListener(Consumer<ObjectHolder> listener) {
        holderListeners.add(listener);
    }

    void removeHolderListener(Consumer<ObjectHolder> listener) {
        holderListeners.remove(listener);
    }
}
