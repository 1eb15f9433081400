// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.model.Sample;

/** One value for one resource, read out of a message body. */
record ValueReport(String object, String resource, Sample sample) {}
