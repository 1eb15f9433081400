// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import java.util.Optional;

/**
 * A teach-in telegram, whatever its kind (EEP 2.6, clause 3): a 4BS teach-in (with the profile in variation 2), a
 * 1BS teach-in (always D5-00-01, the only 1BS profile), or a UTE query of a VLD device.
 */
public final class TeachInRequest {

    /** The kind of teach-in. */
    public enum Kind {
        FOUR_BS,
        ONE_BS,
        UTE
    }

    private static final EepId CONTACT = new EepId(Rorg.BS1, 0x00, 0x01);

    private final Kind kind;
    private final EepId eep;
    private final int manufacturer;
    private final FourBsTeachIn fourBs;
    private final UteTeachIn ute;

    private TeachInRequest(Kind kind, EepId eep, int manufacturer, FourBsTeachIn fourBs, UteTeachIn ute) {
        this.kind = kind;
        this.eep = eep;
        this.manufacturer = manufacturer;
        this.fourBs = fourBs;
        this.ute = ute;
    }

    /** The teach-in in a telegram; empty for data telegrams, teach-in responses and anything unreadable. */
    public static Optional<TeachInRequest> of(Erp1Telegram t) {
        byte[] data = t.userData();
        return switch (t.rorg()) {
            case Rorg.UTE -> UteTeachIn.Serializer.decode(data).map(TeachInRequest::ute);
            case Rorg.BS4 ->
                FourBsTeachIn.Serializer.decode(data)
                        .filter(q -> !q.response())
                        .map(q -> new TeachInRequest(Kind.FOUR_BS, q.eep().orElse(null), q.manufacturer(), q, null));
            case Rorg.BS1 ->
                TeachIn.isTeachIn(Rorg.BS1, data)
                        ? Optional.of(new TeachInRequest(Kind.ONE_BS, CONTACT, 0, null, null))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static TeachInRequest ute(UteTeachIn q) {
        return new TeachInRequest(Kind.UTE, q.eep(), q.manufacturer(), null, q);
    }

    public Kind kind() {
        return kind;
    }

    /** The profile the device announced; empty for a 4BS teach-in without one (variation 1). */
    public Optional<EepId> eep() {
        return Optional.ofNullable(eep);
    }

    /** The manufacturer ID, or null where the telegram has none. */
    public Integer manufacturer() {
        return kind == Kind.ONE_BS ? null : manufacturer;
    }

    /** The channels a UTE query asks for, or null for all channels and for other kinds. */
    public Integer channels() {
        return ute == null || ute.channels() == 0xFF || ute.channels() == 0 ? null : ute.channels();
    }

    /** Whether a UTE query asks to delete the teach-in rather than to teach in. */
    public boolean deletion() {
        return ute != null && ute.request() == UteTeachIn.Request.DELETION;
    }

    /**
     * The answer the device waits for: a UTE response where the query expects one, a 4BS teach-in response for
     * bidirectional 4BS actuators (A5-20 valves); empty where the device expects none.
     *
     * @param supported whether the profile is supported and the device was taught in (or deleted)
     */
    public Optional<EepData> answer(boolean supported) {
        if (ute != null && ute.responseExpected()) {
            UteResponse.Result result = !supported
                    ? UteResponse.Result.EEP_NOT_SUPPORTED
                    : deletion() ? UteResponse.Result.DELETION_ACCEPTED : UteResponse.Result.TEACH_IN_ACCEPTED;
            return Optional.of(UteResponse.Serializer.encode(ute.respond(result)));
        }
        if (fourBs != null && eep != null && DeviceKinds.isValve(eep)) {
            return Optional.of(FourBsTeachIn.Serializer.encode(fourBs.respond(supported)));
        }
        return Optional.empty();
    }
}
