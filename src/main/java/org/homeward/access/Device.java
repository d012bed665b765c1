package org.homeward.access;

/**
 * The device a request came from, by the name an administrator gave its key when issuing it: a phone pointed at its
 * own URL ({@code {base}/openrosa/key/{token}}) is told apart from its user's other devices by it.
 */
public record Device(String name) {
}
