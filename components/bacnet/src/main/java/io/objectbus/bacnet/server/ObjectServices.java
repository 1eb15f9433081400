// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.service.ReadProperty;
import io.objectbus.bacnet.internal.service.ReadPropertyAck;
import io.objectbus.bacnet.internal.service.ReadPropertyMultiple;
import io.objectbus.bacnet.internal.service.ReadPropertyMultipleAck;
import io.objectbus.bacnet.internal.service.ReadPropertyMultipleAck.Result;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.internal.service.WriteProperty;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.ArrayList;
import java.util.List;

/** ReadProperty (15.5), ReadPropertyMultiple (15.7) and WriteProperty (15.9) served from the objects. */
final class ObjectServices {
    private final LocalDevice device;
    private final DeferredAnswers deferredWrites;

    ObjectServices(LocalDevice device) {
        this.device = device;
        this.deferredWrites = new DeferredAnswers(device.stack());
    }

    Apdu readProperty(Apdu.ConfirmedRequest request) {
        ReadProperty read = ReadProperty.Serializer.decode(request.service());
        try {
            BacnetObject object = device.object(read.objectId());
            List<BacnetValue> value = read(object, read.property(), read.arrayIndex());
            byte[] ack = ReadPropertyAck.Serializer.encode(
                    new ReadPropertyAck(object.id(), read.property(), read.arrayIndex(), value));
            return Apdu.ComplexAck.of(request.invokeId(), ServiceChoice.READ_PROPERTY, ack);
        } catch (PropertyException e) {
            return error(request, e);
        }
    }

    Apdu readPropertyMultiple(Apdu.ConfirmedRequest request) {
        ReadPropertyMultiple rpm = ReadPropertyMultiple.Serializer.decode(request.service());
        List<ReadPropertyMultipleAck.ObjectResult> results = new ArrayList<>();
        for (ReadPropertyMultiple.Spec spec : rpm.specs()) {
            results.add(readSpec(spec));
        }
        byte[] ack = ReadPropertyMultipleAck.Serializer.encode(new ReadPropertyMultipleAck(results));
        return Apdu.ComplexAck.of(request.invokeId(), ServiceChoice.READ_PROPERTY_MULTIPLE, ack);
    }

    private ReadPropertyMultipleAck.ObjectResult readSpec(ReadPropertyMultiple.Spec spec) {
        List<Result> results = new ArrayList<>();
        BacnetObject object;
        try {
            object = device.object(spec.objectId());
        } catch (PropertyException e) {
            spec.references().forEach(ref -> results.add(Result.error(ref.property(), ref.arrayIndex(), e.error())));
            return new ReadPropertyMultipleAck.ObjectResult(spec.objectId(), results);
        }
        for (ReadPropertyMultiple.Reference reference : spec.references()) {
            for (int property : expand(object, reference.property())) {
                results.add(readOne(object, property, reference.arrayIndex()));
            }
        }
        return new ReadPropertyMultipleAck.ObjectResult(object.id(), results);
    }

    /** ALL and REQUIRED stand for every property the object has; OPTIONAL for none beyond them (15.7.3.1.1). */
    private static List<Integer> expand(BacnetObject object, int property) {
        return switch (property) {
            case PropertyIdentifier.ALL, PropertyIdentifier.REQUIRED -> object.propertyIds();
            case PropertyIdentifier.OPTIONAL -> List.of();
            default -> List.of(property);
        };
    }

    private static Result readOne(BacnetObject object, int property, Integer arrayIndex) {
        try {
            return Result.value(property, arrayIndex, read(object, property, arrayIndex));
        } catch (PropertyException e) {
            return Result.error(property, arrayIndex, e.error());
        }
    }

    /** A whole property, or one array element; index 0 is the array's length (clause 12.1). */
    static List<BacnetValue> read(BacnetObject object, int property, Integer arrayIndex) {
        Property value = object.read(property);
        if (arrayIndex == null) {
            return value.elements();
        }
        if (!value.array()) {
            throw PropertyException.notAnArray();
        }
        if (arrayIndex == 0) {
            return List.of(new UnsignedValue(value.elements().size()));
        }
        if (arrayIndex < 0 || arrayIndex > value.elements().size()) {
            throw PropertyException.invalidArrayIndex();
        }
        return List.of(value.elements().get(arrayIndex - 1));
    }

    Apdu writeProperty(BacnetAddress source, Apdu.ConfirmedRequest request) {
        WriteProperty write = WriteProperty.Serializer.decode(request.service());
        try {
            int priority = write.priority() == null ? 16 : write.priority();
            if (priority < 1 || priority > 16) {
                throw PropertyException.valueOutOfRange();
            }
            if (write.value().size() != 1) {
                throw PropertyException.invalidDataType();
            }
            BacnetObject object = device.object(write.objectId());
            if (object instanceof DeferredWrite deferred) {
                return deferredWrites.start(
                        source,
                        request,
                        () -> deferred.writeLater(
                                write.property(),
                                write.arrayIndex(),
                                write.value().get(0),
                                priority));
            }
            object.write(write.property(), write.arrayIndex(), write.value().get(0), priority);
            return new Apdu.SimpleAck(request.invokeId(), ServiceChoice.WRITE_PROPERTY);
        } catch (PropertyException e) {
            return error(request, e);
        }
    }

    static Apdu error(Apdu.ConfirmedRequest request, PropertyException e) {
        return new Apdu.Error(
                request.invokeId(),
                request.serviceChoice(),
                e.error().errorClass(),
                e.error().errorCode());
    }
}
