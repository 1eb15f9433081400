// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.Supplier;
import org.jgroups.Header;

/** An ask (the leader's, with its term and when it asked on its own clock) or its confirmation. */
public final class LeaseHeader extends Header {
    boolean ask;
    long term;
    long askedAt;

    public LeaseHeader() {}

    LeaseHeader(boolean ask, long term, long askedAt) {
        this.ask = ask;
        this.term = term;
        this.askedAt = askedAt;
    }

    @Override
    public short getMagicId() {
        return LeaderLease.HEADER_ID;
    }

    @Override
    public Supplier<? extends Header> create() {
        return LeaseHeader::new;
    }

    @Override
    public int serializedSize() {
        return 1 + Long.BYTES + Long.BYTES;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeBoolean(ask);
        out.writeLong(term);
        out.writeLong(askedAt);
    }

    @Override
    public void readFrom(DataInput in) throws IOException {
        ask = in.readBoolean();
        term = in.readLong();
        askedAt = in.readLong();
    }

    @Override
    public String toString() {
        return (ask ? "ask" : "confirm") + " term " + term;
    }
}
