package nl.heerlen.energiemonitor.simulator;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How devices misbehave as in the field, under {@code energiemonitor.simulator.field}; all of it
 * drawn from each meter's seeded noise, so a seed gives the same faults at the same moments in
 * live and backfill mode. Off unless {@code enabled}; each behaviour is off at a share or rate of 0.
 *
 * @param enabled               switches all of the behaviour below on
 * @param gatewayShare          share of meters behind a cellular gateway that uploads its buffer a few times a day
 * @param gatewayUploadsPerDay  how often a gateway uploads (must divide a day into whole seconds)
 * @param outagesPerMeterYear   how often a device is down (records nothing) for up to {@code maxOutage}
 * @param maxOutage             longest outage, at most a day
 * @param maxClockSkew          each device's clock is off by up to this much, either way (its timestamps shift)
 * @param duplicateShare        share of messages sent twice (a lost acknowledgement, a gateway retry)
 * @param resetsPerMeterYear    register resets to zero (firmware restart), unannounced
 * @param exchangesPerMeterYear meter exchanges: the register continues from a new meter's start reading,
 *                              announced through {@link ExchangeReporting}
 * @param breakdownsPerPvYear   PV devices that stop producing (zero output in sunshine) for 3 to 28 days until
 *                              the installer replaces them, which is an exchange
 */
public record FieldBehaviour(
        boolean enabled,
        @DefaultValue("0.25") double gatewayShare,
        @DefaultValue("4") int gatewayUploadsPerDay,
        @DefaultValue("4") double outagesPerMeterYear,
        @DefaultValue("12h") Duration maxOutage,
        @DefaultValue("5s") Duration maxClockSkew,
        @DefaultValue("0.01") double duplicateShare,
        @DefaultValue("0.05") double resetsPerMeterYear,
        @DefaultValue("0.05") double exchangesPerMeterYear,
        @DefaultValue("0.1") double breakdownsPerPvYear) {

    /** Devices that behave perfectly. */
    static final FieldBehaviour OFF = new FieldBehaviour(false, 0, 4, 0, Duration.ofHours(1), Duration.ZERO, 0, 0, 0, 0);

    public FieldBehaviour {
        maxOutage = maxOutage == null ? Duration.ofHours(12) : maxOutage;
        maxClockSkew = maxClockSkew == null ? Duration.ofSeconds(5) : maxClockSkew;
        share("gateway-share", gatewayShare);
        share("duplicate-share", duplicateShare);
        if (gatewayUploadsPerDay < 1 || 86_400 % gatewayUploadsPerDay != 0) {
            throw new IllegalArgumentException("energiemonitor.simulator.field.gateway-uploads-per-day must divide a day");
        }
        if (maxOutage.compareTo(Duration.ofMinutes(15)) < 0 || maxOutage.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("energiemonitor.simulator.field.max-outage must be 15m to 1d");
        }
        if (maxClockSkew.isNegative() || maxClockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("energiemonitor.simulator.field.max-clock-skew must be 0 to 5m");
        }
        if (outagesPerMeterYear < 0 || outagesPerMeterYear > 365) {
            throw new IllegalArgumentException("energiemonitor.simulator.field.outages-per-meter-year must be 0 to 365");
        }
        if (resetsPerMeterYear < 0 || exchangesPerMeterYear < 0 || breakdownsPerPvYear < 0
                || resetsPerMeterYear + exchangesPerMeterYear + breakdownsPerPvYear > 12) {
            throw new IllegalArgumentException("energiemonitor.simulator.field: resets, exchanges and breakdowns "
                    + "per year must be non-negative and at most 12 together");
        }
    }

    private static void share(String name, double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("energiemonitor.simulator.field." + name + " must be between 0 and 1");
        }
    }
}
