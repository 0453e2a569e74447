package nl.heerlen.energiemonitor.registry;

import java.util.Set;

/** A site as an admin registers or edits it; {@link #validate} checks every field. */
record SiteRegistration(String id, String name, String kind, String municipality, String address, String measureCode,
                        Boolean household, Double latitude, Double longitude) {
    /** The seven Parkstad municipalities (domain notes, "Parkstad today"). */
    static final Set<String> PARKSTAD = Set.of("Beekdaelen", "Brunssum", "Heerlen", "Kerkrade", "Landgraaf",
            "Simpelveld", "Voerendaal");
    static final Set<String> KINDS = Set.of("school", "centre_building", "mijnwater_building", "home", "municipal",
            "commercial", "institutional");

    SiteRegistration validate(String pathId) {
        String siteId = pathId != null ? pathId : id;
        if (siteId == null || !siteId.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("site id must match [a-z0-9][a-z0-9._-]{0,63}");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name is required (at most 200 characters)");
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS);
        }
        String place = municipality == null ? "Heerlen" : municipality;
        if (!PARKSTAD.contains(place)) {
            throw new IllegalArgumentException("municipality must be one of the Parkstad municipalities " + PARKSTAD);
        }
        if (latitude != null && (latitude < -90 || latitude > 90) || longitude != null && (longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("latitude/longitude out of range");
        }
        return new SiteRegistration(siteId, name, kind, place, address, measureCode, household != null && household,
                latitude, longitude);
    }
}
