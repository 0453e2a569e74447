package nl.heerlen.energiemonitor.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of hostile payloads of contract v1 (broken JSON, wrong types, NaN and infinities, huge and
 * negative numbers, timestamps far away, unknown meters, channels and units, deep nesting, odd Unicode with NUL and
 * lone surrogates, SQL in every string, bodies over the size limit), each with exactly one reading or none readable,
 * so that each counts once: accepted, duplicate, conflict or rejected with a reason.
 */
final class HostilePayloads {
    /** meter: the meter the payload is for (MQTT topic / HTTP "meter"); valid: a reading that must be stored. */
    record Case(String kind, String meter, byte[] body, boolean valid) {
        /** Contract v1 JSON plus "meter" for HTTP; bodies that are not such JSON go as they are. */
        byte[] httpBody() {
            String prefix = "{\"readings\"";
            if (!new String(body, StandardCharsets.ISO_8859_1).startsWith(prefix)) {
                return body;
            }
            String escaped = meter.replace("\\", "\\\\").replace("\"", "\\\"");
            byte[] head = ("{\"meter\":\"" + escaped + "\",").getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[head.length + body.length - 1];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(body, 1, out, head.length, body.length - 1);
            return out;
        }
    }

    private static final Instant VALID_BASE = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant HOSTILE_BASE = Instant.parse("2020-01-01T00:00:00Z");
    private static final String[] SQL = {"'; drop table reading; --", "\" or 1=1 --", "x'); delete from meter; --",
        "1; select pg_sleep(10)", "$$; truncate rejected_reading; $$", "\\'; copy reading to '/tmp/x'; --"};
    private static final String[] ODD = {"\\u0000", "\\ud800", "\\udfff", "\\u202e", "\\ufeff", "😀", "ä\\u0301",
        "\\u0000pv_energy", "pv_energy\\u0000", "\\uffff", "𝕡𝕧"};
    private static final String[] TS = {"1900-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z",
        "1970-01-01T00:00:00Z", "2026-13-45T25:61:61Z", "2026-06-01T12:00:00", "", "now", "0", "-1"};
    private static final String[] NUMBERS = {"NaN", "Infinity", "-Infinity", "1e309", "-1e400", "1e99999999",
        "123456789012345678901234567890123456789e300", "0x10", "01", "+1", ".5", "1.", "--1", "\"NaN\"", "\"1\"",
        "true", "null", "{}", "[]", "[1]", "4.9e-325"};

    private final Random random;
    private final String validMeter;
    private final String hostileMeter;
    private final int maxBytes;
    private int bigLeft;
    private int validSeq;
    private int hostileSeq;

    HostilePayloads(long seed, String validMeter, String hostileMeter, int maxBytes, int bigBodies) {
        this.random = new Random(seed);
        this.validMeter = validMeter;
        this.hostileMeter = hostileMeter;
        this.maxBytes = maxBytes;
        this.bigLeft = bigBodies;
    }

    /** Every fifth case is a valid reading, the rest hostile. */
    Case next() {
        if (random.nextInt(5) == 0) {
            return valid();
        }
        int kind = random.nextInt(12);
        return switch (kind) {
            case 0 -> hostile("truncated", truncate(reading(ts(), "pv_energy", "1.5", "kWh")));
            case 1 -> hostile("random-bytes", randomBytes());
            case 2 -> hostile("wrong-types", wrongTypes());
            case 3 -> hostile("numbers", reading(ts(), "pv_energy", pick(NUMBERS), "kWh"));
            case 4 -> hostile("huge-negative", reading(ts(), "pv_energy",
                    (random.nextBoolean() ? "-" : "") + (random.nextInt(9) + 1) + "e" + random.nextInt(320), pick("kWh", "MWh", "GWh", "Wh")));
            case 5 -> hostile("far-timestamps", reading(pick(TS), "pv_energy", "1.0", "kWh"));
            case 6 -> unknownMeterOrChannel();
            case 7 -> hostile("deep-nesting", deepNesting());
            case 8 -> hostile("odd-unicode", reading(odd(ts()), odd("pv_energy"), "1.0", odd("kWh")));
            case 9 -> hostile("sql", reading(pick(SQL), pick(SQL), random.nextBoolean() ? pick(SQL) : "1.0", pick(SQL)));
            case 10 -> bigLeft-- > 0 ? hostile("oversized", oversized()) : sqlMeter();
            default -> hostile("invalid-utf8", invalidUtf8());
        };
    }

    private Case valid() {
        int i = validSeq++;
        String ts = VALID_BASE.plus(i, ChronoUnit.MINUTES).toString();
        return new Case("valid", validMeter,
                reading(ts, "pv_energy", Double.toString(i / 10.0), "kWh").getBytes(StandardCharsets.UTF_8), true);
    }

    private Case hostile(String kind, byte[] body) {
        return new Case(kind, hostileMeter, body, false);
    }

    private Case hostile(String kind, String body) {
        return hostile(kind, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Unique timestamps for hostile readings that may be accepted (negative numbers), so they never collide. */
    private String ts() {
        return HOSTILE_BASE.plus(hostileSeq++, ChronoUnit.MINUTES).toString();
    }

    static String reading(String ts, String channel, String value, String unit) {
        return String.format(Locale.ROOT, "{\"readings\":[{\"ts\":\"%s\",\"channel\":\"%s\",\"value\":%s,\"unit\":\"%s\"}]}",
                ts, channel, value, unit);
    }

    private String truncate(String json) {
        return json.substring(0, random.nextInt(json.length() - 1));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String wrongTypes() {
        String[] values = {"1", "\"x\"", "true", "null", "{}", "[]", "[{}]", "-0"};
        return String.format(Locale.ROOT, "{\"readings\":[{\"ts\":%s,\"channel\":%s,\"value\":%s,\"unit\":%s}]}",
                random.nextBoolean() ? "\"" + ts() + "\"" : pick(values), random.nextBoolean() ? "\"pv_energy\"" : pick(values),
                pick(values), random.nextBoolean() ? "\"kWh\"" : pick(values));
    }

    private Case unknownMeterOrChannel() {
        if (random.nextBoolean()) {
            return new Case("unknown-meter", "no-such-meter-" + random.nextInt(1_000_000),
                    reading(ts(), "pv_energy", "1.0", "kWh").getBytes(StandardCharsets.UTF_8), false);
        }
        return hostile("unknown-channel-unit", random.nextBoolean() ? reading(ts(), "channel_" + random.nextInt(1000), "1.0", "kWh")
                : reading(ts(), "pv_energy", "1.0", "furlong" + random.nextInt(100)));
    }

    private String deepNesting() {
        int depth = 500 + random.nextInt(random.nextBoolean() ? 2_000 : 100_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"readings\":[{\"ts\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}]}";
    }

    private String odd(String text) {
        return random.nextInt(3) == 0 ? text : pick(ODD) + text + (random.nextBoolean() ? pick(ODD) : "");
    }

    private byte[] oversized() {
        byte[] body = new byte[Math.max(maxBytes + 1, 10 * 1024 * 1024)];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] head = reading(ts(), "pv_energy", "1.0", "kWh").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }

    private Case sqlMeter() {
        return new Case("sql-meter", pick("x'--", "a;drop table meter", "m\"or\"1", "ü-meter", "x".repeat(200)),
                reading(ts(), "pv_energy", "1.0", "kWh").getBytes(StandardCharsets.UTF_8), false);
    }

    private byte[] invalidUtf8() {
        String[] parts = reading(ts(), "pv_energy", "1.0", "kWh").split("pv_energy");
        byte[] bad = {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0x80, 0, (byte) 0xFF};
        byte[] a = parts[0].getBytes(StandardCharsets.UTF_8);
        byte[] b = parts[1].getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + bad.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(bad, 0, out, a.length, bad.length);
        System.arraycopy(b, 0, out, a.length + bad.length, b.length);
        return out;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
