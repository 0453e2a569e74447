package nl.heerlen.energiemonitor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The expansions match those of Grafana's macros.go for a data source without the TimescaleDB option. */
class GrafanaMacrosTests {
    private final GrafanaMacros macros = new GrafanaMacros(Instant.parse("2017-07-18T11:15:52Z"),
            Instant.parse("2017-07-18T11:25:52.999Z"), Duration.ofMinutes(5));

    @Test
    void timeFilterAndBoundsAreQuotedRfc3339InstantsInUtc() {
        assertThat(macros.expand("where $__timeFilter(ts)"))
                .isEqualTo("where ts BETWEEN '2017-07-18T11:15:52Z' AND '2017-07-18T11:25:52.999Z'");
        assertThat(macros.expand("$__timeFrom() and $__timeTo()"))
                .isEqualTo("'2017-07-18T11:15:52Z' and '2017-07-18T11:25:52.999Z'");
    }

    @Test
    void timeGroupIsEpochFlooringAndTheAliasNamesItTime() {
        assertThat(macros.expand("group by $__timeGroup(dateColumn,'5m')"))
                .isEqualTo("group by floor(extract(epoch from dateColumn)/300)*300");
        assertThat(macros.expand("select $__timeGroupAlias(ts, $__interval), 1"))
                .isEqualTo("select floor(extract(epoch from ts)/300)*300 AS \"time\", 1");
        // The pre-5.3 spelling: a comma right after the macro adds the alias.
        assertThat(macros.expand("select $__timeGroup(ts, '1h'), v"))
                .isEqualTo("select floor(extract(epoch from ts)/3600)*3600 AS \"time\", v");
    }

    @Test
    void intervalVariablesAndEpochFilters() {
        assertThat(macros.expand("$__interval_ms $__interval")).isEqualTo("300000 5m");
        assertThat(macros.expand("$__unixEpochFilter(t)")).isEqualTo("t >= 1500376552 AND t <= 1500377152");
        assertThat(GrafanaMacros.formatInterval(Duration.ofHours(25))).isEqualTo("1d");
        assertThat(GrafanaMacros.goFloat(0.5)).isEqualTo("0.5");
    }

    @Test
    void unknownMacroIsAnErrorAsInGrafana() {
        assertThatThrownBy(() -> macros.expand("$__timeGroupp(ts)")).hasMessageContaining("unknown macro");
    }
}
