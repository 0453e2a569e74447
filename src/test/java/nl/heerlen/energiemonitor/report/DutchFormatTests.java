package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DutchFormatTests {
    @Test
    void formatsTheDutchWay() {
        assertThat(DutchFormat.kwh(1234.54)).isEqualTo("1.234,5 kWh");
        assertThat(DutchFormat.euro(new BigDecimal("12345"))).isEqualTo("€\u00a012.345,00");
        assertThat(DutchFormat.percent(0.934)).isEqualTo("93,4 %");
        assertThat(DutchFormat.number(-0.01, 1)).isEqualTo("0,0");
        assertThat(DutchFormat.kwh(null)).isEqualTo(DutchFormat.MISSING);
    }
}
