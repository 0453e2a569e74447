package nl.heerlen.energiemonitor.report;

import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Published klimaatbegrotingen, frozen as JSON; a row is never changed, a new publication is a new version. */
@Repository
class PublicationRows {
    /** A stored publication: its version, when, and the frozen report as JSON text. */
    record Stored(int year, int version, Instant publishedAt, String json) {
    }

    private final DatabaseClient db;

    PublicationRows(DatabaseClient db) {
        this.db = db;
    }

    /** Stores the next version; the primary key makes two concurrent publishers fail rather than share a version. */
    Mono<Stored> insert(int year, String json, String publishedBy) {
        return db.sql("""
                        insert into klimaatbegroting_publication (year, version, published_by, content)
                        values (:year, (select coalesce(max(version), 0) + 1 from klimaatbegroting_publication where year = :year),
                                :by, :content)
                        returning year, version, published_at, content""")
                .bind("year", year).bind("by", publishedBy == null ? "admin" : publishedBy).bind("content", Json.of(json))
                .map(PublicationRows::toStored).one();
    }

    /** The most recent year that has a published version, if any. */
    Mono<Integer> latestPublishedYear() {
        return db.sql("select max(year) as year from klimaatbegroting_publication")
                .map(row -> Optional.ofNullable(row.get("year", Integer.class))).one().flatMap(Mono::justOrEmpty);
    }

    /** A published version as listed: which and when (not the content). */
    record Listed(int year, int version, Instant publishedAt) {
    }

    Flux<Listed> list(int year) {
        return db.sql("select year, version, published_at from klimaatbegroting_publication where year = :year order by version")
                .bind("year", year).map(r -> new Listed(r.get("year", Integer.class), r.get("version", Integer.class),
                        r.get("published_at", OffsetDateTime.class).toInstant())).all();
    }

    Mono<Stored> version(int year, int version) {
        return db.sql("""
                        select year, version, published_at, content from klimaatbegroting_publication
                        where year = :year and version = :version""")
                .bind("year", year).bind("version", version).map(PublicationRows::toStored).one();
    }

    Mono<Stored> latest(int year) {
        return db.sql("""
                        select year, version, published_at, content from klimaatbegroting_publication
                        where year = :year order by version desc limit 1""")
                .bind("year", year).map(PublicationRows::toStored).one();
    }

    private static Stored toStored(io.r2dbc.spi.Readable row) {
        return new Stored(row.get("year", Integer.class), row.get("version", Integer.class),
                row.get("published_at", OffsetDateTime.class).toInstant(), row.get("content", Json.class).asString());
    }
}
