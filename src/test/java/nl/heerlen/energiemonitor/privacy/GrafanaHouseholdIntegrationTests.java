package nl.heerlen.energiemonitor.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import nl.heerlen.energiemonitor.support.TestDatabase;
import nl.heerlen.energiemonitor.support.TestMeters;
import nl.heerlen.energiemonitor.support.TestSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only Grafana role sees household meters only in groups of at least N homes, never one by one. */
@IntegrationTest
class GrafanaHouseholdIntegrationTests extends IntegrationTestSupport {
    static Homes.Neighbourhood twelve;
    static Homes.Neighbourhood six;

    @BeforeEach
    void neighbourhoods() {
        if (twelve != null) {
            return;
        }
        twelve = Homes.of(12, LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 1));
        six = Homes.of(6, LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 1));
    }

    @Test
    void theRoleCannotSelectHouseholdRowsFromTheRawTables() {
        for (String table : List.of("reading", "energy_day", "energy_month", "energy_quarter_hour",
                "measurement_quarter_hour", "meter", "site", "household_access_log")) {
            assertThatThrownBy(() -> asReader("select * from public." + table + " limit 1"))
                    .as(table).hasMessageContaining("permission denied");
        }
    }

    @Test
    void thePerMeterViewsLeaveHomesOut() {
        String home = twelve.heatMeters().get(0);
        for (String view : List.of("meter_info", "energy_day", "energy_month", "energy_quarter_hour",
                "measurement_quarter_hour")) {
            assertThat(asReader("select meter_id from grafana." + view + " where meter_id = '" + home + "'")).as(view).isEmpty();
        }
        assertThat(asReader("select count(*) from grafana.meter_info where household")).containsExactly("0");
        assertThat(asReader("select count(*) from grafana.energy_series('2031-01-01', '2031-02-01') where meter_id = '"
                + home + "'")).containsExactly("0");
        // Over a year the series and the span read the month rollups: homes stay out of those too.
        assertThat(TestSql.count("select count(*) from energy_month where meter_id = ?", home)).isPositive();
        assertThat(asReader("select count(*) from grafana.energy_series('2031-01-01', '2032-01-01') where meter_id = '"
                + home + "'")).containsExactly("0");
        assertThat(asReader("select count(*) from grafana.energy_span('2031-01-01', '2032-01-01') where meter_id = '"
                + home + "'")).containsExactly("0");
    }

    @Test
    void homesAppearOnlyAsTotalsOfAtLeastNHomes() {
        assertThat(asReader("select homes || ':' || energy from grafana.household_energy_day where measure_code = '"
                + twelve.measure() + "' order by day")).containsExactly("12:120", "12:120", "12:120");
        assertThat(asReader("select count(*) from grafana.household_energy_day where measure_code = '" + six.measure() + "'"))
                .containsExactly("0");
        assertThat(asReader("select count(*) from grafana.homes_off_gas('2031-06-01')")).containsExactly("1");
    }

    @Test
    void rejectionsOfAHomesMeterDoNotNameTheMeter() {
        String home = twelve.heatMeters().get(0);
        String school = TestMeters.onSite(TestMeters.site(), "heat_meter", null);
        for (String meter : List.of(home, school)) {
            TestSql.update("insert into rejected_reading (source, topic, installer_id, meter_id, reason, raw_payload) "
                    + "values ('mqtt', ?, 'test-installer', ?, 'invalid_value', '{}')", "meters/" + meter, meter);
        }
        assertThat(asReader("select meter_id from grafana.rejected_reading where meter_id = '" + home + "'")).isEmpty();
        assertThat(asReader("select meter_id from grafana.rejected_reading where meter_id = '" + school + "'"))
                .containsExactly(school);
        assertThat(asReader("select count(*) from grafana.rejected_reading where meter_id = 'woning'"))
                .singleElement().satisfies(n -> assertThat(Long.parseLong(n)).isPositive());
        assertThat(asReader("select string_agg(column_name, ',') from information_schema.columns "
                + "where table_schema = 'grafana' and table_name = 'rejected_reading'"))
                .singleElement().satisfies(columns -> assertThat(columns).doesNotContain("topic", "payload", "detail"));
    }

    static List<String> asReader(String sql) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(TestDatabase.NAME), TestDatabase.USER, "");
             Statement s = c.createStatement()) {
            s.execute("set role grafana_reader");
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
