package nl.heerlen.energiemonitor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PostgresUrlTests {

    @Test
    void derivesTheJdbcUrlOfTheDefault() {
        PostgresUrl url = PostgresUrl.parse("r2dbc:postgresql://127.0.0.1:5432/energiemonitor");

        assertThat(url.host()).isEqualTo("127.0.0.1");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.databaseOr("postgres")).isEqualTo("energiemonitor");
        assertThat(url.jdbcUrl("energiemonitor"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/energiemonitor?ApplicationName=energiemonitor-flyway");
    }

    @Test
    void portDefaultsTo5432AndDatabaseToTheUserName() {
        PostgresUrl url = PostgresUrl.parse("r2dbc:postgresql://db.example.org");

        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.database()).isNull();
        assertThat(url.databaseOr("meter")).isEqualTo("meter");
        assertThat(url.jdbcUrl("meter")).startsWith("jdbc:postgresql://db.example.org/meter?");
    }

    @Test
    void keepsOnlyTheOptionsJdbcUnderstandsUnderTheirJdbcNames() {
        PostgresUrl url = PostgresUrl.parse("r2dbc:pool:postgresql://timescaledb:5433/energiemonitor"
                + "?maxSize=20&sslMode=VERIFY_FULL&sslRootCert=/etc/ca.pem&schema=ingest&applicationName=em"
                + "&connectTimeout=PT3S&initialSize=5");

        assertThat(url.jdbcUrl("energiemonitor")).isEqualTo("jdbc:postgresql://timescaledb:5433/energiemonitor"
                + "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&currentSchema=ingest&ApplicationName=em"
                + "&connectTimeout=3");
    }

    @Test
    void r2dbcsMeansTls() {
        assertThat(PostgresUrl.parse("r2dbcs:postgresql://db:5432/em").jdbcUrl("em")).contains("sslmode=require");
        assertThat(PostgresUrl.parse("r2dbcs:postgresql://db/em?sslMode=verify-ca").jdbcUrl("em"))
                .contains("sslmode=verify-ca").doesNotContain("require");
    }

    @Test
    void takesUserAndPasswordFromTheUrlButNeverPutsThemInTheJdbcUrl() {
        PostgresUrl url = PostgresUrl.parse("r2dbc:postgresql://em%40ops:s3cr%2Ft@db:5432/em");

        assertThat(url.user()).isEqualTo("em@ops");
        assertThat(url.password()).isEqualTo("s3cr/t");
        assertThat(url.jdbcUrl("em")).isEqualTo("jdbc:postgresql://db:5432/em?ApplicationName=energiemonitor-flyway");
    }

    @Test
    void understandsIpv6AndSeveralHosts() {
        PostgresUrl v6 = PostgresUrl.parse("r2dbc:postgresql://[::1]:6543/em");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.port()).isEqualTo(6543);
        assertThat(v6.jdbcUrl("em")).startsWith("jdbc:postgresql://[::1]:6543/em?");

        PostgresUrl many = PostgresUrl.parse("r2dbc:postgresql://a:5432,b:5433/em");
        assertThat(many.host()).isEqualTo("a");
        assertThat(many.jdbcUrl("em")).startsWith("jdbc:postgresql://a:5432,b:5433/em?");
    }

    @Test
    void pointsAtAnEmbeddedServerWithoutUserInfoOrTls() {
        PostgresUrl local = PostgresUrl.parse("r2dbcs:pool:postgresql://u:p@db:5432/em?sslMode=require&maxSize=8")
                .at("127.0.0.1", 54329);

        assertThat(local.r2dbcUrl("em")).isEqualTo("r2dbc:pool:postgresql://127.0.0.1:54329/em?maxSize=8");
        assertThat(local.jdbcUrl("em"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:54329/em?ApplicationName=energiemonitor-flyway");
    }

    @Test
    void encodesDatabaseNames() {
        assertThat(PostgresUrl.parse("r2dbc:postgresql://h/energie%20monitor").jdbcUrl("energie monitor"))
                .startsWith("jdbc:postgresql://h/energie%20monitor?");
    }

    @Test
    void rejectsOtherUrls() {
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresUrl.parse("jdbc:postgresql://h/db"));
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresUrl.parse("r2dbc:mysql://h/db"));
    }
}
