// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import org.apache.camel.CamelException;

/** The gateway refused a telegram or command (a RESPONSE other than RET_OK), or the request was malformed. */
public class EnoceanException extends CamelException {

    private static final long serialVersionUID = 1L;

    public EnoceanException(String message) {
        super(message);
    }
}
