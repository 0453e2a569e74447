package nl.heerlen.energiemonitor.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.heerlen.energiemonitor.readings.Reading;
import nl.heerlen.energiemonitor.registry.Meter;
import nl.heerlen.energiemonitor.registry.MeterId;
import nl.heerlen.energiemonitor.security.CurrentUser;

/** Checks one CSV line: the meter must exist and be the uploader's, then the same rules as every reading. */
final class CsvRowCheck {
    private CsvRowCheck() {
    }

    static void check(CsvRow row, Map<String, Meter> meters, CurrentUser user, Instant latest, UUID jobId,
                      List<Reading> good, List<Rejection> bad) {
        if (!row.complete()) {
            bad.add(rejection(row, user, null, RejectionReason.INVALID_PAYLOAD, "expected 5 fields: meter,ts,channel,value,unit", jobId));
            return;
        }
        Meter meter = meters.get(row.meter());
        if (meter == null) {
            bad.add(rejection(row, user, null, RejectionReason.UNKNOWN_METER,
                    MeterId.isValid(row.meter()) ? "meter is not registered" : "invalid meter id", jobId));
            return;
        }
        if (user.installer() != null && !meter.maintainedBy(new nl.heerlen.energiemonitor.registry.InstallerId(user.installer()))) {
            bad.add(rejection(row, user, meter, RejectionReason.INSTALLER_MISMATCH, "meter is maintained by another installer", jobId));
            return;
        }
        ReadingCheck.Result result = ReadingCheck.check(meter, row.channel(), row.number(), row.unit(), row.ts(), latest);
        if (result.reading() != null) {
            good.add(result.reading());
        } else {
            bad.add(rejection(row, user, meter, result.reason(), result.detail(), jobId));
        }
    }

    private static Rejection rejection(CsvRow row, CurrentUser user, Meter meter, RejectionReason reason, String detail,
                                       UUID jobId) {
        String installer = user.installer() != null ? user.installer() : meter == null ? null : meter.installerId().value();
        String meterId = meter != null ? meter.id().value() : MeterId.isValid(row.meter()) ? row.meter() : null;
        return new Rejection(InboundMessage.HTTP, null, installer, meterId, reason, "line " + row.line() + ": " + detail,
                row.raw(), jobId, row.line(), RejectionKey.forLine(InboundMessage.HTTP, jobId, row.line(), row.raw(), reason));
    }
}
