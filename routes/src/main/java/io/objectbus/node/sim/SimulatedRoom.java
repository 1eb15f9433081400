// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.sim;

import java.util.Random;

/**
 * One simulated room. Temperature follows the setpoint when the heating runs and drifts toward the outside
 * otherwise; CO2 rises with people and falls with ventilation; humidity and light level follow people, lamps and the
 * time of day. Good enough for values that move like a building's.
 */
final class SimulatedRoom {

    final String id;
    final int floor;
    double temperature;
    double humidity;
    double co2 = 420;
    boolean occupied;
    double lightLevel;
    double setpoint = 21.0;
    boolean light;

    SimulatedRoom(String id, int floor, Random random) {
        this.id = id;
        this.floor = floor;
        this.temperature = 19.5 + random.nextDouble() * 2;
        this.humidity = 40 + random.nextDouble() * 10;
    }

    /** Advances the room by {@code seconds} at the given hour of day (0 to 24). */
    void step(double seconds, double hour, Random random) {
        boolean workingHours = hour >= 8 && hour < 18;
        if (random.nextDouble() < seconds / 600) {
            occupied = workingHours ? random.nextDouble() < 0.7 : random.nextDouble() < 0.05;
        }
        double outside = 8 + 6 * Math.sin((hour - 9) / 24 * 2 * Math.PI);
        double target = temperature < setpoint ? setpoint + 0.3 : outside;
        double rate = temperature < setpoint ? 1.0 / 900 : 1.0 / 7200;
        temperature += (target - temperature) * Math.min(1, rate * seconds) + noise(random, 0.02);
        double co2Target = occupied ? 1100 : 420;
        co2 += (co2Target - co2) * Math.min(1, seconds / 1200) + noise(random, 3);
        humidity += ((occupied ? 50 : 42) - humidity) * Math.min(1, seconds / 3600) + noise(random, 0.1);
        double daylight = Math.max(0, Math.sin((hour - 6) / 12 * Math.PI)) * 350;
        lightLevel = Math.max(0, daylight + (light ? 400 : 0) + noise(random, 5));
    }

    private static double noise(Random random, double scale) {
        return random.nextGaussian() * scale;
    }
}
