package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.console.AuditQuery;
import vn.lienthong.axis.console.PackageSearch;
import vn.lienthong.axis.console.PackageSearch.Filter;
import vn.lienthong.axis.support.Api;

/**
 * Console search by agency (the union of the sender's packages and the recipients' copies, V26) on the
 * application's database: sent and received packages both found, newest first; a package to two of the matched
 * agencies once; pages by cursor that neither repeat nor skip; the date range and the other filters applied.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePackageSearchIT extends ConsoleTestBase {
    private static final String X = "000.00.61.H99";
    private static final String Y = "000.00.62.H99";
    private static final String Z = "000.00.63.H99";
    private static final LocalDate DAY = LocalDate.of(2020, 3, 10);
    @Autowired PackageSearch search;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void ledger() {
        Api api = new Api(port);
        for (String[] a : List.of(new String[] {X, "Sở Thử Tìm Một"}, new String[] {Y, "Sở Thử Tìm Hai"},
                new String[] {Z, "Sở Thử Tìm Ba"})) {
            assertThat(api.postJson("/admin/api/v1/agencies", ADMIN_TOKEN, null, "{\"code\":\"" + a[0]
                    + "\",\"name\":\"" + a[1] + "\"}").statusCode()).isEqualTo(201);
        }
        pkg("search-1", "document", X, DAY.minusDays(3), 9, Y);
        pkg("search-2", "document", Y, DAY.minusDays(2), 9, X);
        pkg("search-3", "document", Z, DAY.minusDays(2), 15, X, Y);
        pkg("search-4", "document", Z, DAY.minusDays(1), 9, Y);
        pkg("search-5", "status", Y, DAY, 9, Z);
        pkg("search-6", "document", X, DAY, 10, Z);
    }

    @Test
    void givenAnAgency_thenItsSentAndReceivedPackagesNewestFirst() {
        assertThat(ids(all(new Filter(null, "Sở Thử Tìm Một", null, null, null, null, null, 50))))
                .containsExactly("search-6", "search-3", "search-2", "search-1");
        assertThat(ids(all(new Filter(null, X, null, null, null, null, null, 50))))
                .as("by code").containsExactly("search-6", "search-3", "search-2", "search-1");
    }

    @Test
    void givenSeveralAgenciesAndPagesOfOne_thenEveryPackageOnceInOrder() {
        assertThat(ids(all(new Filter(null, "so thu tim", null, null, null, null, null, 1))))
                .containsExactly("search-6", "search-5", "search-4", "search-3", "search-2", "search-1");
        assertThat(ids(all(new Filter(null, "so thu tim", null, null, null, null, null, 2))))
                .containsExactly("search-6", "search-5", "search-4", "search-3", "search-2", "search-1");
    }

    @Test
    void givenADateRangeKindOrState_thenOnlyThoseInIt() {
        assertThat(ids(all(new Filter(null, "so thu tim", DAY.minusDays(2), DAY.minusDays(1), null, null, null, 1))))
                .containsExactly("search-4", "search-3", "search-2");
        assertThat(ids(all(new Filter(null, Z, null, null, "status", null, null, 1)))).containsExactly("search-5");
        assertThat(ids(all(new Filter(null, Y, null, null, null, "acked", null, 1)))).containsExactly("search-3");
        assertThat(ids(all(new Filter("search-2", "so thu tim", null, null, null, null, null, 5))))
                .containsExactly("search-2");
    }

    private List<PackageSearch.Row> all(Filter first) {
        List<PackageSearch.Row> rows = new ArrayList<>();
        PackageSearch.Page page = search.search(first);
        rows.addAll(page.rows());
        while (page.next() != null) {
            assertThat(rows).hasSizeLessThan(20);
            page = search.search(new Filter(first.id(), first.agency(), first.from(), first.to(), first.kind(),
                    first.state(), page.next(), first.limit()));
            rows.addAll(page.rows());
        }
        return rows;
    }

    private static List<String> ids(List<PackageSearch.Row> rows) {
        return rows.stream().map(PackageSearch.Row::documentId).toList();
    }

    private void pkg(String documentId, String kind, String from, LocalDate day, int hour, String... to) {
        String axisId = java.util.UUID.randomUUID().toString();
        OffsetDateTime at = day.atTime(hour, 0).atZone(AuditQuery.VIETNAM).toOffsetDateTime();
        jdbc.sql("insert into package (axis_id, kind, from_code, document_id, sha256, size_bytes, blob_key, api,"
                + " received_at) values (?, ?, ?, ?, ?, 1, ?, 'rest', ?)")
                .params(axisId, kind, from, documentId, "0".repeat(64), "none", at).update();
        for (String r : to) {
            String state = r.equals(Y) && documentId.equals("search-3") ? "ACKED" : "AVAILABLE";
            jdbc.sql("insert into delivery (axis_id, recipient_code, route, state, created_at, updated_at)"
                    + " values (?, ?, 'local-pull', ?, ?, ?)").params(axisId, r, state, at, at).update();
        }
    }
}
