package org.homeward.geography;

/** A country by its ISO 3166-1 alpha-3 code, with its names; refugees come home from host countries. */
public record Country(String code, PlaceNames names) {
}
