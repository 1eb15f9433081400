// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.broker.Glob;
import io.objectbus.model.ObjectDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The bus as code inside the node sees it, without an MQTT client: the current picture (object descriptors and
 * values of this node and of the nodes routers bring), a watch on its changes, and writes with the semantics and
 * replies of {@code $set}. The node's OPC UA and BACnet servers serve the bus through it. Obtain it with
 * {@code component.getBus().view()}. Described in {@code docs/components/objectbus.md}.
 */
public final class BusView {

    /**
     * Which objects: globs ({@code *}, {@code ?}) of node ids and of object ids.
     *
     * @param nodes a glob of node ids; {@code *} for every node
     * @param objects a glob of object ids; {@code *} for every object
     */
    public record Selection(String nodes, String objects) {

        /** Every object of every node. */
        public static final Selection ALL = new Selection("*", "*");

        /** Every object of one node. */
        public static Selection node(String node) {
            return new Selection(node, "*");
        }

        Predicate<String> nodeMatcher() {
            return matcher(nodes);
        }

        Predicate<String> objectMatcher() {
            return matcher(objects);
        }

        /** {@code *} is the common case, on the value path: no regular expression for it. */
        private static Predicate<String> matcher(String glob) {
            return glob == null || glob.equals("*") ? s -> true : Glob.of(glob);
        }
    }

    /**
     * What a watch is told. Calls come one at a time per watch, on the thread that changed the bus (an adapter's
     * route, a router, the bus's own sweep): return quickly, never block, and hand slow work to a thread of your own.
     */
    public interface Listener {

        /** An object was described, or described again (its descriptor replaces the one before). */
        void described(String node, ObjectDescriptor object);

        /** An object was removed, with its values. */
        void removed(String node, String objectId);

        /** A resource's value was published. */
        void value(BusValue value);
    }

    /** A watch of the bus; closing it ends the calls to its listener. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A write of one resource, as a {@code $set} request carries it.
     *
     * @param value the new value; null relinquishes the priority
     * @param priority 1 (highest) to 16; 0 for the default, 16
     * @param owner who writes, recorded with the level; may be null
     * @param ttl after how long the level relinquishes itself; null for never
     * @param node the node the object belongs to; null for this node
     */
    public record Write(
            String object, String resource, Object value, int priority, String owner, Duration ttl, String node) {

        /** A write of one resource of this node. */
        public Write(String object, String resource, Object value, int priority, String owner, Duration ttl) {
            this(object, resource, value, priority, owner, ttl, null);
        }
    }

    private final Topics topics;
    private final Registry registry;
    private final ViewHub hub;
    private final ViewPicture picture;
    private final ViewWrites writes;
    private final ViewCommands commands;

    BusView(
            Topics topics,
            Registry registry,
            ForeignState foreign,
            ViewHub hub,
            ViewWrites writes,
            ViewCommands commands) {
        this.topics = topics;
        this.registry = registry;
        this.hub = hub;
        this.picture = new ViewPicture(topics, registry, foreign);
        this.writes = writes;
        this.commands = commands;
    }

    /**
     * A command ({@code $cmd}) of an object: {@code node} null or this node's id for this node's objects.
     *
     * @param args the command's arguments, as the object's descriptor lists them
     */
    public record Command(String node, String object, String name, Map<String, Object> args) {
        public Command {
            args = args == null ? Map.of() : args;
        }
    }

    /**
     * Runs an object's command through the bus's {@code $cmd} path (of another node through the routers); every reply
     * ({@code accepted}, {@code progress}, …) goes to {@code replies} as the JSON the bus sends, and the future
     * completes with the final one: {@code done}, {@code failed}, {@code rejected}, or {@code timeout} when none came
     * within the commands' bound. It never fails.
     */
    public CompletableFuture<JsonNode> command(Command command, Consumer<JsonNode> replies) {
        return commands.command(command, replies);
    }

    /** This node's id. */
    public String nodeId() {
        return topics.node();
    }

    /** The descriptors of the selected objects, this node's first. */
    public List<BusObject> objects(Selection selection) {
        List<BusObject> objects = new ArrayList<>();
        picture.deliver(selection, new Collector(objects, null));
        return objects;
    }

    /** The current values of one object's resources; empty for an object the node does not know. */
    public List<BusValue> values(String node, String objectId) {
        List<BusValue> values = new ArrayList<>();
        picture.deliver(new Selection(node, objectId), new Collector(null, values));
        return values;
    }

    /**
     * Watches the selected objects: the listener gets their current picture first (each object's descriptor, then
     * its values), then every change, in order per object and resource. A value may come twice at the start, when
     * it changes while the picture is given. Values of other nodes come as routers bring them.
     */
    public Watch watch(Selection selection, Listener listener) {
        ViewWatch watch = new ViewWatch(selection, topics.node(), listener, hub);
        // Registered and given the picture under the watch's lock: changes made meanwhile wait, then follow it.
        synchronized (watch) {
            hub.add(watch);
            picture.deliver(selection, watch);
        }
        return watch;
    }

    /**
     * Writes a resource through the bus's {@code $set} path: of this node straight to its write dispatcher, of another
     * node as a {@code $set} on the broker, which the routers carry there and whose replies they bring back. The
     * future completes with the final reply ({@code applied}, {@code failed}, {@code timeout}, {@code stored} or
     * {@code rejected}); it never fails.
     */
    public CompletableFuture<WriteReply> write(Write write) {
        return write(write, reply -> {});
    }

    /** As {@link #write(Write)}, and every reply, {@code accepted} included, also goes to {@code replies}. */
    public CompletableFuture<WriteReply> write(Write write, Consumer<WriteReply> replies) {
        return writes.write(write, replies);
    }

    /**
     * The priority array of a writable resource of this node: 16 levels, each null or {@code {v, owner, expires}},
     * as {@code $discover} with {@code detail: full} gives it; empty when the node has no such writable resource.
     */
    public java.util.Optional<List<java.util.Map<String, Object>>> priorities(String objectId, String resourceId) {
        ObjectState object = registry.get(objectId);
        ResourceState resource = object == null ? null : object.resources.get(resourceId);
        return resource == null || resource.priorities == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(resource.priorities.snapshot());
    }

    /** Whether this node has the object. */
    public boolean owns(String objectId) {
        return registry.get(objectId) != null;
    }

    /** Gathers a picture into lists. */
    private record Collector(List<BusObject> objects, List<BusValue> values) implements Listener {

        @Override
        public void described(String node, ObjectDescriptor object) {
            if (objects != null) {
                objects.add(new BusObject(node, object));
            }
        }

        @Override
        public void removed(String node, String objectId) {}

        @Override
        public void value(BusValue value) {
            if (values != null) {
                values.add(value);
            }
        }
    }
}
