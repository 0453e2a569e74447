package nl.heerlen.energiemonitor.ingest;

import java.util.List;
import nl.heerlen.energiemonitor.readings.Reading;

/** A message split into the readings to store and the rejections to record. */
record ValidatedMessage(InboundMessage message, List<Reading> readings, List<Rejection> rejections) {
}
