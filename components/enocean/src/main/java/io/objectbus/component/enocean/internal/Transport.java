// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;

/** An open byte stream to a gateway, serial or TCP. Closing it unblocks a pending read. */
public interface Transport extends Closeable {

    InputStream input();

    OutputStream output();

    /** Where the transport goes, for logs. */
    String describe();
}
