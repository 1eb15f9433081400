// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.SpecialCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Gives gear without a short address one, IEC 62386-102 clause 9.14 (the random address allocation): INITIALISE
 * only the unaddressed gear (data 0xFF, so gear that has an address is not disturbed), RANDOMISE, then find every
 * such gear first: the lowest random address by binary search with SEARCHADDRH/M/L and COMPARE (an answer or a
 * collision both mean "some gear is at or below"), WITHDRAW it, search again until nothing answers. Knowing how many
 * there are, give each found random address the next free short address (PROGRAM SHORT ADDRESS, which withdrawn gear
 * still takes, then VERIFY it); TERMINATE in every case. So progress says how many of how many are done.
 */
public final class Commissioning {

    private static final int HIGHEST = 0xFFFFFF;

    private final BusLink link;
    private final Consumer<Progress> progress;
    private final TreeSet<Integer> free = new TreeSet<>();

    /**
     * Where commissioning is: the message, how many gear got an address so far, and how many gear without a short
     * address the search found (while it searches: found so far; from the first address given on: all of them).
     */
    public record Progress(String message, int programmed, int expected) {}

    /** What commissioning did: the short addresses given, and what went wrong on the way. */
    public record Result(List<Integer> programmed, List<String> problems) {}

    public Commissioning(BusLink link, Set<Integer> used, Consumer<Progress> progress) {
        this.link = link;
        this.progress = progress;
        for (int a = 0; a < 64; a++) {
            if (!used.contains(a)) {
                free.add(a);
            }
        }
    }

    public Result run() throws Exception {
        List<Integer> programmed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            link.send(ForwardFrame.special(SpecialCommand.INITIALISE, SpecialCommand.INITIALISE_UNADDRESSED));
            link.send(ForwardFrame.special(SpecialCommand.RANDOMISE, 0));
            progress.accept(new Progress("searching", 0, 0));
            List<Integer> found = search();
            for (int random : found) {
                if (free.isEmpty()) {
                    problems.add("no free short address left for the gear at random address " + hex(random));
                    break;
                }
                program(random, found.size(), programmed, problems);
            }
            done(programmed, problems, found.size());
        } finally {
            link.send(ForwardFrame.special(SpecialCommand.TERMINATE, 0));
        }
        return new Result(List.copyOf(programmed), List.copyOf(problems));
    }

    /** The random addresses of every gear still searching, lowest first; each found one is withdrawn. */
    private List<Integer> search() throws Exception {
        List<Integer> found = new ArrayList<>();
        Integer random;
        while ((random = lowestRandomAddress()) != null) {
            found.add(random);
            link.send(ForwardFrame.special(SpecialCommand.WITHDRAW, 0));
            progress.accept(new Progress("found gear at random address " + hex(random), 0, found.size()));
        }
        return found;
    }

    private void done(List<Integer> programmed, List<String> problems, int found) {
        progress.accept(new Progress(
                "done: " + programmed.size() + " gear addressed"
                        + (problems.isEmpty() ? "" : ", " + problems.size() + " problems"),
                programmed.size(),
                found));
    }

    private void program(int random, int found, List<Integer> programmed, List<String> problems) throws Exception {
        int address = free.first();
        setSearchAddress(random);
        link.send(ForwardFrame.special(SpecialCommand.PROGRAM_SHORT_ADDRESS, address << 1 | 1));
        BackwardFrame verified = link.send(ForwardFrame.special(SpecialCommand.VERIFY_SHORT_ADDRESS, address << 1 | 1));
        if (verified.isAnswer()) {
            free.remove(address);
            programmed.add(address);
            progress.accept(new Progress(
                    "gear at random address " + hex(random) + " is A" + address, programmed.size(), found));
        } else {
            problems.add("the gear at random address " + hex(random) + " did not confirm A" + address + " (" + verified
                    + "): it left the bus or answered together with another");
        }
    }

    /** The lowest random address of the gear still searching, or null when none answers any more. */
    private Integer lowestRandomAddress() throws Exception {
        if (!compareAt(HIGHEST)) {
            return null;
        }
        int low = 0;
        int high = HIGHEST;
        while (low < high) {
            int mid = low + (high - low) / 2;
            if (compareAt(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        setSearchAddress(low);
        return low;
    }

    private boolean compareAt(int searchAddress) throws Exception {
        setSearchAddress(searchAddress);
        return link.send(ForwardFrame.special(SpecialCommand.COMPARE, 0)).somethingAnswered();
    }

    private int[] lastSearch = {-1, -1, -1};

    /** Sends only the bytes of the search address that changed, as the three frames cost a third of the search. */
    private void setSearchAddress(int a) throws Exception {
        SpecialCommand[] commands = {SpecialCommand.SEARCHADDRH, SpecialCommand.SEARCHADDRM, SpecialCommand.SEARCHADDRL
        };
        for (int i = 0; i < 3; i++) {
            int b = a >> (16 - 8 * i) & 0xFF;
            if (lastSearch[i] != b) {
                link.send(ForwardFrame.special(commands[i], b));
                lastSearch[i] = b;
            }
        }
    }

    private static String hex(int random) {
        return String.format("%06X", random);
    }
}
