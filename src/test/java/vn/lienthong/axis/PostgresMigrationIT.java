package vn.lienthong.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/** The same Flyway migrations and directory code on a real PostgreSQL. */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles("test")
class PostgresMigrationIT {
    static final Path DATA = TestDirs.fresh("pg");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("spring.datasource.url", () -> Postgres.freshSchemaUrl("axis_it"));
        r.add("spring.datasource.username", () -> Postgres.USER);
        r.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }

    @Autowired DataSource dataSource;
    @Autowired Flyway flyway;
    @Autowired AgencyRepository agencies;

    @Test
    void migrationsApplyOnPostgresAndTheSampleDirectoryLoads() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(flyway.info().applied()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(agencies.find("000.00.00.H99")).hasValueSatisfying(a ->
                assertThat(a.name()).isEqualTo("UBND tỉnh Mẫu"));
        assertThat(agencies.search("tỉnh mẫu", 10)).extracting(a -> a.code())
                .contains("000.00.00.H99", "000.00.01.H99", "000.00.02.H99");
    }
}
