// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Tag;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.ObjectIdentifier;

/**
 * SubscribeCOV-Request (clause 13.14.1): subscriber process identifier (context tag 0, Unsigned32), monitored
 * object (context tag 1), issue-confirmed-notifications (context tag 2, BOOLEAN, optional) and lifetime in seconds
 * (context tag 3, Unsigned, optional, 0 = indefinite). Omitting both optional parameters cancels the subscription.
 *
 * @param confirmed null for a cancellation
 * @param lifetime  null for a cancellation or an indefinite subscription
 */
public record SubscribeCov(long processId, ObjectIdentifier objectId, Boolean confirmed, Long lifetime) {

    public boolean isCancellation() {
        return confirmed == null && lifetime == null;
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(SubscribeCov request) {
            ByteWriter out = new ByteWriter();
            ValueCodec.writeUnsigned(out, 0, request.processId());
            ValueCodec.writeObjectId(out, 1, request.objectId());
            if (request.confirmed() != null) {
                ValueCodec.writeBoolean(out, 2, request.confirmed());
            }
            if (request.lifetime() != null) {
                ValueCodec.writeUnsigned(out, 3, request.lifetime());
            }
            return out.toByteArray();
        }

        public static SubscribeCov decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            long process = ValueCodec.readUnsigned(in, 0);
            ObjectIdentifier object = ValueCodec.readObjectId(in, 1);
            Boolean confirmed = ValueCodec.peekIs(in, Tag.Kind.CONTEXT, 2) ? ValueCodec.readBoolean(in, 2) : null;
            Long lifetime = ValueCodec.peekIs(in, Tag.Kind.CONTEXT, 3) ? ValueCodec.readUnsigned(in, 3) : null;
            Checks.end(in, "SubscribeCOV-Request");
            if (confirmed == null && lifetime != null) {
                throw new DecodeException("SubscribeCOV with a lifetime but no issue-confirmed-notifications");
            }
            return new SubscribeCov(process, object, confirmed, lifetime);
        }
    }
}
