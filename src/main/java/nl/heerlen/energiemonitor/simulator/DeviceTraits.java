package nl.heerlen.energiemonitor.simulator;

/**
 * What kind of device a meter is in the field, fixed per meter by its noise: whether it reports
 * through a cellular gateway that uploads its buffer a few times a day (and when), and how far
 * its clock is off.
 *
 * @param gateway             behind a gateway: readings leave in batches at upload times
 * @param uploadPeriodSeconds time between uploads
 * @param uploadOffsetSeconds uploads happen at this many seconds past each multiple of the period (UTC)
 * @param skewSeconds         added to every timestamp the device writes
 */
record DeviceTraits(boolean gateway, long uploadPeriodSeconds, long uploadOffsetSeconds, long skewSeconds) {

    static final DeviceTraits DIRECT = new DeviceTraits(false, 86_400, 0, 0);

    static DeviceTraits of(SeededNoise noise, FieldBehaviour field) {
        if (!field.enabled()) {
            return DIRECT;
        }
        long period = 86_400L / field.gatewayUploadsPerDay();
        boolean gateway = noise.uniform(61, 0) < field.gatewayShare();
        // Whole minutes, so that a fleet's gateways spread their uploads over the period.
        long offset = (long) (noise.uniform(62, 0) * (period / 60)) * 60;
        long maxSkew = field.maxClockSkew().toSeconds();
        long skew = Math.round(noise.signed(63, 0) * maxSkew);
        return new DeviceTraits(gateway, period, offset, skew);
    }

    /** The first upload after the moment: a reading taken exactly at an upload goes with the next one. */
    long uploadAfter(long epochSecond) {
        long since = Math.floorMod(epochSecond - uploadOffsetSeconds, uploadPeriodSeconds);
        return epochSecond - since + uploadPeriodSeconds;
    }
}
