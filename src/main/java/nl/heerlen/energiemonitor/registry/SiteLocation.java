package nl.heerlen.energiemonitor.registry;

/** Where a site is, for calculations that depend on the place (the sun's position); either may be unknown. */
public record SiteLocation(String siteId, Double latitude, Double longitude) {
    public boolean known() {
        return latitude != null && longitude != null;
    }
}
