package nl.heerlen.energiemonitor.registry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** The insert-if-absent statement for each seed file, binding its columns. */
enum SeedStatements {
    INSTALLER("""
            insert into installer (id, name, contact_email) values (:id, :name, :contact_email)
            on conflict (id) do nothing""") {
        @Override
        GenericExecuteSpec bind(DatabaseClient db, Map<String, String> row) {
            return text(text(db.sql(sql).bind("id", new InstallerId(row.get("id")).value()), "name", row), "contact_email", row);
        }
    },
    SITE("""
            insert into site (id, name, kind, municipality, address, measure_code, household, latitude, longitude)
            values (:id, :name, :kind, coalesce(:municipality, 'Heerlen'), :address, :measure_code,
                    coalesce(:household, false), :latitude, :longitude)
            on conflict (id) do nothing""") {
        @Override
        GenericExecuteSpec bind(DatabaseClient db, Map<String, String> row) {
            var spec = db.sql(sql);
            for (String column : new String[] {"id", "name", "kind", "municipality", "address", "measure_code"}) {
                spec = text(spec, column, row);
            }
            spec = nullable(spec, "household", row.get("household") == null ? null : Boolean.valueOf(row.get("household")), Boolean.class);
            spec = nullable(spec, "latitude", number(row.get("latitude")), Double.class);
            return nullable(spec, "longitude", number(row.get("longitude")), Double.class);
        }
    },
    METER("""
            insert into meter (id, kind, installer_id, site_id, capacity_kwp, panel_count, commissioned_on,
                               decommissioned_on, azimuth_deg, tilt_deg, reporting_interval)
            values (:id, :kind, :installer_id, :site_id, :capacity_kwp, :panel_count, :commissioned_on,
                    :decommissioned_on, :azimuth_deg, :tilt_deg, make_interval(secs => :reporting_seconds))
            on conflict (id) do nothing""") {
        @Override
        GenericExecuteSpec bind(DatabaseClient db, Map<String, String> row) {
            var spec = db.sql(sql).bind("id", new MeterId(row.get("id")).value())
                    .bind("kind", MeterKind.fromWireName(row.get("kind"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown meter kind " + row.get("kind")))
                            .wireName())
                    .bind("installer_id", row.get("installer_id"));
            spec = text(spec, "site_id", row);
            spec = nullable(spec, "capacity_kwp", number(row.get("capacity_kwp")), Double.class);
            spec = nullable(spec, "panel_count", row.get("panel_count") == null ? null : Integer.valueOf(row.get("panel_count")), Integer.class);
            spec = nullable(spec, "commissioned_on", SeedLoader.date(row.get("commissioned_on")), LocalDate.class);
            spec = nullable(spec, "decommissioned_on", SeedLoader.date(row.get("decommissioned_on")), LocalDate.class);
            spec = nullable(spec, "azimuth_deg", number(row.get("azimuth_deg")), Double.class);
            spec = nullable(spec, "tilt_deg", number(row.get("tilt_deg")), Double.class);
            Duration interval = SeedLoader.duration(row.get("reporting_interval"), Duration.ofMinutes(15));
            return spec.bind("reporting_seconds", (double) interval.toSeconds());
        }
    };

    final String sql;

    SeedStatements(String sql) {
        this.sql = sql;
    }

    abstract GenericExecuteSpec bind(DatabaseClient db, Map<String, String> row);

    static GenericExecuteSpec text(GenericExecuteSpec spec, String column, Map<String, String> row) {
        return nullable(spec, column, row.get(column), String.class);
    }

    static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    static Double number(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
