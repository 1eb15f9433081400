// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

/**
 * The settings of the node's HTTP server.
 *
 * @param host the bind address ({@code objectbus.http.host}); loopback by default
 * @param port the TCP port ({@code objectbus.http.port}); 0 takes a free one
 * @param maxBodyBytes the largest request body accepted ({@code objectbus.http.max-body-bytes})
 */
public record HttpSettings(String host, int port, long maxBodyBytes) {}
