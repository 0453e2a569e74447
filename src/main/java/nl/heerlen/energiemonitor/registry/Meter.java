package nl.heerlen.energiemonitor.registry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** A registered meter as other modules see it. */
public record Meter(
        MeterId id,
        MeterKind kind,
        InstallerId installerId,
        String siteId,
        Double capacityKwp,
        Integer panelCount,
        LocalDate commissionedOn,
        LocalDate decommissionedOn,
        Duration reportingInterval,
        Duration maxGap) {

    public Meter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(installerId, "installerId");
        Objects.requireNonNull(reportingInterval, "reportingInterval");
        Objects.requireNonNull(maxGap, "maxGap");
        if (capacityKwp != null && !(capacityKwp > 0)) {
            throw new IllegalArgumentException("capacity_kwp must be positive");
        }
    }

    public Set<Channel> channels() {
        return kind.channels();
    }

    public boolean maintainedBy(InstallerId installer) {
        return installerId.equals(installer);
    }
}
