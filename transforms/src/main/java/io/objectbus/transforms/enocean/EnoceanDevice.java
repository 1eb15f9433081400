// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.objectbus.component.enocean.frame.EnoceanIds;
import java.util.Locale;

/**
 * A device a gateway knows, as configured or taught in, and as kept in the device file.
 *
 * @param sender       the device's sender ID, 8 hex digits ({@code 01810002})
 * @param eep          its profile, {@code A5-04-01}
 * @param name         a readable name, or null for one made from the profile
 * @param location     where it is, or null
 * @param channels     output channels of a D2-01 device, or null for the profile's default
 * @param manufacturer manufacturer ID from the teach-in, or null
 * @param interval     seconds between two reports of an idle device, or null for the profile's default; 0 = it only
 *                     reports on events and never turns stale
 * @param senderOffset for actuators: the gateway sends to this device from base ID + offset (1..127)
 * @param dimTimer     for D2-01 dimmers: the dim timer of set-output commands (0 = switch at once, 1..3), or null
 * @param source       {@link #CONFIG} or {@link #TEACH_IN}
 * @param added        when the device was taught in (ISO-8601), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnoceanDevice(
        String sender,
        String eep,
        String name,
        String location,
        Integer channels,
        Integer manufacturer,
        Long interval,
        Integer senderOffset,
        Integer dimTimer,
        String source,
        String added) {

    public static final String CONFIG = "config";
    public static final String TEACH_IN = "teach-in";

    /** Normalises the sender to 8 upper-case hex digits and the profile to {@code RR-FF-TT}. */
    public EnoceanDevice {
        if (sender == null || eep == null) {
            throw new IllegalArgumentException("a device needs a sender ID and an EEP");
        }
        sender = EnoceanIds.toHex(EnoceanIds.parse(sender));
        eep = EepId.parse(eep).toString();
        if (senderOffset != null && (senderOffset < 1 || senderOffset > 127)) {
            throw new IllegalArgumentException("sender offset of " + sender + " outside 1..127: " + senderOffset);
        }
        if (dimTimer != null && (dimTimer < 0 || dimTimer > 3)) {
            throw new IllegalArgumentException("dim timer of " + sender + " outside 0..3: " + dimTimer);
        }
        if (channels != null && (channels < 1 || channels > 30)) {
            throw new IllegalArgumentException("channels of " + sender + " outside 1..30: " + channels);
        }
        if (interval != null && interval < 0) {
            throw new IllegalArgumentException("interval of " + sender + " is negative: " + interval);
        }
    }

    /** A device taught in now, with what its teach-in telegram said. */
    public static EnoceanDevice taughtIn(int senderId, EepId eep, Integer manufacturer, Integer channels, String at) {
        return new EnoceanDevice(
                EnoceanIds.toHex(senderId),
                eep.toString(),
                null,
                null,
                channels,
                manufacturer,
                null,
                null,
                null,
                TEACH_IN,
                at);
    }

    @JsonIgnore
    public int senderId() {
        return EnoceanIds.parse(sender);
    }

    @JsonIgnore
    public EepId eepId() {
        return EepId.parse(eep);
    }

    /** The bus object id: {@code enocean-} and the sender ID in lower case. */
    @JsonIgnore
    public String objectId() {
        return objectId(senderId());
    }

    public static String objectId(int senderId) {
        return "enocean-" + EnoceanIds.toHex(senderId).toLowerCase(Locale.ROOT);
    }

    /** The expected seconds between two reports: the configured interval, else the profile's. */
    @JsonIgnore
    public long expectedInterval() {
        return interval != null ? interval : DeviceKinds.defaultInterval(eepId());
    }

    /** Output channels: configured or taught in, else by the D2-01 type. */
    @JsonIgnore
    public int channelCount() {
        return channels != null ? channels : DeviceKinds.defaultChannels(eepId());
    }

    public EnoceanDevice withSenderOffset(Integer offset) {
        return new EnoceanDevice(
                sender, eep, name, location, channels, manufacturer, interval, offset, dimTimer, source, added);
    }
}
