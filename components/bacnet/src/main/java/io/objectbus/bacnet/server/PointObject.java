// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import static io.objectbus.bacnet.model.PropertyIdentifier.*;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import java.util.List;
import java.util.function.Consumer;

/**
 * An analog, binary or multi-state input, output or value object (clause 12.2 to 12.8, 12.18 to 12.20). Outputs
 * and values are commandable: their present-value is the effective value of a {@link PriorityArray}. Inputs take
 * their present-value from the process ({@link #updatePresentValue}), and accept writes only when out of service.
 */
public final class PointObject implements BacnetObject {
    private final ObjectIdentifier id;
    private final PointKind kind;
    private final PriorityArray priorityArray;
    private volatile String name;
    private volatile String description = "";
    private volatile int units = 95; // no-units (clause 21, BACnetEngineeringUnits)
    private volatile Float minPresValue;
    private volatile Float maxPresValue;
    private volatile float covIncrement = 0.1f;
    private volatile List<String> stateTexts = List.of("1", "2");
    private volatile String inactiveText;
    private volatile String activeText;
    private volatile boolean outOfService;
    private volatile boolean fault;
    private volatile BacnetValue processValue;
    private volatile Consumer<PointObject> changeListener = point -> {};
    private volatile Consumer<PointObject> commandListener = point -> {};

    public PointObject(ObjectIdentifier id, String name) {
        this.id = id;
        this.name = name;
        this.kind = PointKind.of(id.type());
        this.processValue = kind.initial();
        boolean commandable = id.type() != ObjectType.ANALOG_INPUT
                && id.type() != ObjectType.BINARY_INPUT
                && id.type() != ObjectType.MULTI_STATE_INPUT;
        this.priorityArray = commandable ? new PriorityArray(kind.initial()) : null;
    }

    public static PointObject of(int type, int instance, String name) {
        return new PointObject(new ObjectIdentifier(type, instance), name);
    }

    @Override
    public ObjectIdentifier id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    public boolean isCommandable() {
        return priorityArray != null;
    }

    /** The present value: the process value of an input, the effective priority-array value otherwise. */
    public BacnetValue presentValue() {
        return priorityArray != null && !outOfService ? priorityArray.effective() : processValue;
    }

    /** The priority array of a commandable object; null for inputs. */
    public PriorityArray priorityArray() {
        return priorityArray;
    }

    /**
     * Forgets every command, as a device that does not keep its priority arrays across a restart does: the present
     * value falls back to the relinquish default.
     */
    public void forgetCommands() {
        if (priorityArray != null) {
            priorityArray.clear();
            changed();
        }
    }

    /** Sets the value measured by the process (an input's present-value); checked like a write. */
    public PointObject updatePresentValue(BacnetValue value) {
        kind.check(value, this);
        processValue = value;
        changed();
        return this;
    }

    public PointObject description(String text) {
        this.description = text;
        return this;
    }

    /** Engineering units (BACnetEngineeringUnits, e.g. 62 degrees-Celsius, 98 percent). */
    public PointObject units(int engineeringUnits) {
        this.units = engineeringUnits;
        return this;
    }

    public PointObject limits(Float min, Float max) {
        this.minPresValue = min;
        this.maxPresValue = max;
        return this;
    }

    public PointObject covIncrement(float increment) {
        this.covIncrement = increment;
        return this;
    }

    /** The state texts of a multi-state object; their number is its number-of-states. */
    public PointObject stateTexts(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a multi-state object has at least one state");
        }
        this.stateTexts = List.copyOf(texts);
        return this;
    }

    /** The inactive-text and active-text of a binary object, e.g. Off and On. */
    public PointObject binaryTexts(String inactive, String active) {
        this.inactiveText = inactive;
        this.activeText = active;
        return this;
    }

    public PointObject relinquishDefault(BacnetValue value) {
        kind.check(value, this);
        if (priorityArray != null) {
            priorityArray.setRelinquishDefault(value);
            changed();
        }
        return this;
    }

    /** Marks the object as faulty (status-flags fault, reliability other than no-fault-detected). */
    public PointObject fault(boolean faulty) {
        this.fault = faulty;
        changed();
        return this;
    }

    /** Called after each WriteProperty that may have changed the present value, e.g. to drive the process. */
    public void onCommand(Consumer<PointObject> listener) {
        this.commandListener = listener;
    }

    void onChange(Consumer<PointObject> listener) {
        this.changeListener = listener;
    }

    Float minPresValue() {
        return minPresValue;
    }

    Float maxPresValue() {
        return maxPresValue;
    }

    int numberOfStates() {
        return stateTexts.size();
    }

    PointKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    int units() {
        return units;
    }

    float covIncrementValue() {
        return covIncrement;
    }

    List<String> stateTextList() {
        return stateTexts;
    }

    String inactiveText() {
        return inactiveText;
    }

    String activeText() {
        return activeText;
    }

    boolean outOfService() {
        return outOfService;
    }

    boolean faulty() {
        return fault;
    }

    void setName(String newName) {
        this.name = newName;
    }

    void setOutOfService(boolean value) {
        this.outOfService = value;
        changed();
    }

    void setProcessValue(BacnetValue value) {
        this.processValue = value;
    }

    void changed() {
        changeListener.accept(this);
    }

    void commanded() {
        changed();
        commandListener.accept(this);
    }

    @Override
    public List<Integer> propertyIds() {
        return PointProperties.ids(this);
    }

    @Override
    public Property read(int property) {
        return PointProperties.read(this, property);
    }

    @Override
    public void write(int property, Integer arrayIndex, BacnetValue value, int priority) {
        PointProperties.write(this, property, arrayIndex, value, priority);
    }

    /** The properties every point object has, whatever its kind. */
    static final int[] COMMON = {
        OBJECT_IDENTIFIER,
        OBJECT_NAME,
        OBJECT_TYPE,
        PRESENT_VALUE,
        DESCRIPTION,
        STATUS_FLAGS,
        EVENT_STATE,
        RELIABILITY,
        OUT_OF_SERVICE
    };
}
