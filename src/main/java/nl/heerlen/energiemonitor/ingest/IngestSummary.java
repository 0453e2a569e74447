package nl.heerlen.energiemonitor.ingest;

import java.util.List;

/**
 * What happened to an upload: counts, and the first rejections with their reasons (all are kept and listed at
 * {@code /api/v1/installers/me/rejections}).
 */
record IngestSummary(String jobId, String state, long lines, long accepted, long duplicates, long conflicts,
                     long rejected, List<RejectionView> firstRejections) {
    static final int FIRST_REJECTIONS = 20;

    record RejectionView(Long line, String reason, String detail, String raw) {
        static RejectionView of(Long line, Rejection r) {
            String raw = r.raw() == null || r.raw().length() <= 500 ? r.raw() : r.raw().substring(0, 500) + "…";
            return new RejectionView(line, r.reason().tag(), r.detail(), raw);
        }
    }
}
