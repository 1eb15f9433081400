// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/**
 * An input device's event message, IEC 62386-103 clause 9.6.2 (Table 3): a 24-bit forward frame with bit 16 clear.
 * Bits 23..17 and 15..10 say who sent it, in one of five schemes; bits 9..0 carry the event information, whose
 * meaning the instance type defines (part 301 push button, 303 occupancy, 304 light sensor).
 *
 * <pre>
 * 0AAAAAA0 0TTTTTEE EEEEEEEE  device:          short address A, instance type T
 * 0AAAAAA0 1NNNNNEE EEEEEEEE  device/instance: short address A, instance number N
 * 10GGGGG0 0TTTTTEE EEEEEEEE  device group:    device group G, instance type T
 * 10TTTTT0 1NNNNNEE EEEEEEEE  instance:        instance type T, instance number N
 * 11GGGGG0 0TTTTTEE EEEEEEEE  instance group:  instance group G, instance type T
 * </pre>
 *
 * @param scheme which of the five forms
 * @param shortAddress the sender's short address, or -1 when the scheme does not carry it
 * @param instanceType the instance type 0..31, or -1 when the scheme does not carry it
 * @param instanceNumber the instance number 0..31, or -1
 * @param group the device or instance group 0..31, or -1
 * @param info the 10-bit event information
 */
public record EventMessage(Scheme scheme, int shortAddress, int instanceType, int instanceNumber, int group, int info) {

    /** The five event source schemes of 103 Table 3 (the event scheme numbers 1, 2, 3, 0 and 4). */
    public enum Scheme {
        DEVICE,
        DEVICE_INSTANCE,
        DEVICE_GROUP,
        INSTANCE,
        INSTANCE_GROUP
    }

    /** Instance types of 103 Table 4 this component interprets. */
    public static final int PUSH_BUTTON = 1;

    public static final int OCCUPANCY_SENSOR = 3;
    public static final int LIGHT_SENSOR = 4;

    /** The event of a 24-bit frame, or an exception when the frame is a command or a reserved form. */
    public static final class Serializer {

        private Serializer() {}

        public static EventMessage decode(ForwardFrame frame) throws FrameException {
            if (!frame.isEvent()) {
                throw new FrameException("frame " + frame + " is not an event message (103 clause 9.6)");
            }
            int d = frame.data();
            int high = d >> 17 & 0x3F;
            int low = d >> 10 & 0x1F;
            boolean b15 = (d & 0x8000) != 0;
            int info = d & 0x3FF;
            if ((d & 0x800000) == 0) {
                return b15
                        ? new EventMessage(Scheme.DEVICE_INSTANCE, high, -1, low, -1, info)
                        : new EventMessage(Scheme.DEVICE, high, low, -1, -1, info);
            }
            int g = high & 0x1F;
            boolean b22 = (d & 0x400000) != 0;
            if (!b22) {
                return b15
                        ? new EventMessage(Scheme.INSTANCE, -1, g, low, -1, info)
                        : new EventMessage(Scheme.DEVICE_GROUP, -1, low, -1, g, info);
            }
            if (b15) {
                throw new FrameException("frame " + frame + " is a reserved event form (103 Table 3)");
            }
            return new EventMessage(Scheme.INSTANCE_GROUP, -1, low, -1, g, info);
        }

        public static ForwardFrame encode(EventMessage e) {
            int data =
                    switch (e.scheme) {
                        case DEVICE -> e.shortAddress << 17 | e.instanceType << 10;
                        case DEVICE_INSTANCE -> e.shortAddress << 17 | 0x8000 | e.instanceNumber << 10;
                        case DEVICE_GROUP -> 0x800000 | e.group << 17 | e.instanceType << 10;
                        case INSTANCE -> 0x800000 | e.instanceType << 17 | 0x8000 | e.instanceNumber << 10;
                        case INSTANCE_GROUP -> 0xC00000 | e.group << 17 | e.instanceType << 10;
                    };
            return new ForwardFrame(24, data | e.info & 0x3FF, false, false);
        }
    }
}
