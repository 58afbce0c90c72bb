package vn.lienthong.axis.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.edxml.DocumentId;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.StoredPackage;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;

/**
 * The duty report over the migrated schema (H2 and PostgreSQL), rows written through
 * {@link LedgerRepository} at chosen 2026 times, evaluated at a fixed instant: every count and
 * every lateness to the second.
 */
class DutyLedgerTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";
    static final String D = "000.00.02.H99";
    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir Path dir;

    @Test
    void givenTimelineOnH2_thenReportMatchesToTheSecond() throws Exception {
        timelineMatches("jdbc:h2:mem:duties-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void givenTimelineOnPostgres_thenReportMatchesToTheSecond() throws Exception {
            timelineMatches(Postgres.freshSchemaUrl("axis_duties"), Postgres.USER, Postgres.PASSWORD);
        }
    }

    @Test
    void givenAPushedCopy_thenItIsReceivedWhenThePushSucceeded() throws Exception {
        String url = "jdbc:h2:mem:duties-push-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        LedgerRepository repo = new LedgerRepository(jdbc, null, null);
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        String axisId = copy(repo, blobs, D, "2026-04-23T10:00", null, null);
        String pushed = copy(repo, blobs, B, "2026-04-23T10:00", null, null);
        long queued = repo.insertDelivery(pushed, "000.00.03.H99", DeliveryRoute.LOCAL_PUSH, DeliveryState.QUEUED,
                utc("2026-04-23T10:00"));
        long waiting = repo.insertDelivery(axisId, "000.00.03.H99", DeliveryRoute.LOCAL_PUSH, DeliveryState.QUEUED,
                LedgerRepository.now().minusMinutes(1));
        assertThat(repo.transition(queued, List.of(DeliveryState.QUEUED), DeliveryState.DELIVERED, null)).isTrue();

        Instant now = Instant.now();
        // the delivered copy became available when pushed (now), although accepted in April
        List<CopyFacts> copies = new DutyLedger(jdbc, blobs).copies(now.minusSeconds(600), now.plusSeconds(60),
                "000.00.03.H99");
        assertThat(copies).extracting(CopyFacts::deliveryId).containsExactlyInAnyOrder(queued, waiting);
        assertThat(copies.stream().filter(c -> c.deliveryId() == waiting).findFirst().orElseThrow().receivedAt()).isNull();
        CopyFacts delivered = copies.stream().filter(c -> c.deliveryId() == queued).findFirst().orElseThrow();
        assertThat(delivered.availableAt()).isAfter(now.minusSeconds(600));
        assertThat(delivered.receivedAt()).isEqualTo(delivered.availableAt());
    }

    @Test
    void givenRowsAcceptedBeforeV28_thenDueDateFromTheHeaderUntilBackfilledThenFromTheRow() throws Exception {
        String url = "jdbc:h2:mem:duties-legacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        LedgerRepository repo = new LedgerRepository(jdbc, null, null);
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        String due = copy(repo, blobs, D, "2026-04-24T17:30", "2026/05/06", null);
        String none = copy(repo, blobs, D, "2026-04-24T17:31", null, null);
        String lost = copy(repo, blobs, D, "2026-04-24T17:32", "2026/05/07", null);
        String stuck = copy(repo, blobs, D, "2026-04-24T17:33", "2026/05/08", null);
        String corrupt = copy(repo, blobs, D, "2026-04-24T17:34", "2026/05/09", null);
        jdbc.sql("update package set due_date = null, due_date_read = null").update();
        jdbc.sql("update due_date_backfill set pending = true").update();
        Files.delete(blobs.path(repo.findPackage(lost).orElseThrow().blobKey()));
        Path stuckBlob = blobs.path(repo.findPackage(stuck).orElseThrow().blobKey());
        Files.delete(stuckBlob);
        Files.createDirectory(stuckBlob); // there, but not readable as a file: an I/O error a later start may not meet
        Files.writeString(blobs.path(repo.findPackage(corrupt).orElseThrow().blobKey()), "<edXMLEnvelope><broken");
        Instant from = vn("2026-04-24T00:00");
        Instant to = vn("2026-04-25T00:00");

        assertThat(new DutyLedger(jdbc, blobs).copies(from, to, D)).extracting(CopyFacts::axisId, CopyFacts::dueDate)
                .containsExactly(tuple(due, LocalDate.of(2026, 5, 6)), tuple(none, null), tuple(lost, null),
                        tuple(stuck, null), tuple(corrupt, null));
        DueDateBackfill backfill = backfill(url, blobs);
        assertThat(backfill.pending()).isTrue();
        assertThat(backfill.run()).isEqualTo(2);
        assertThat(backfill.pending()).as("one blob cannot be read now: the next start tries again").isTrue();
        assertThat(jdbc.sql("select axis_id, due_date, due_date_read from package order by received_at")
                .query((rs, n) -> tuple(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3)))
                .list()).as("the lost and the corrupt blob are marked read without a date: no start scans again")
                .containsExactly(tuple(due, LocalDate.of(2026, 5, 6), true), tuple(none, null, true),
                        tuple(lost, null, false), tuple(stuck, null, null), tuple(corrupt, null, false));
        try (var files = Files.walk(dir.resolve("blobs"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
        assertThat(new DutyLedger(jdbc, blobs).copies(from, to, D)).extracting(CopyFacts::dueDate)
                .containsExactly(LocalDate.of(2026, 5, 6), null, null, null, null);
        assertThat(backfill(url, blobs).run()).isZero();
        assertThat(backfill.pending()).isTrue();
        Files.delete(stuckBlob);
        assertThat(backfill.run()).isZero();
        assertThat(jdbc.sql("select due_date_read from package where axis_id = ?").param(stuck).query(Boolean.class)
                .single()).isFalse();
        assertThat(backfill.pending()).as("every row read or gone: no later start looks").isFalse();
    }

    @Test
    void givenALedgerWithPackagesBeforeV28_thenTheBackfillIsPendingAndTheirRowsUnread() {
        String url = "jdbc:h2:mem:duties-upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("27").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        jdbc.sql("insert into package (axis_id, kind, from_code, sha256, size_bytes, blob_key, api, received_at)"
                + " values ('p1', 'document', ?, ?, 1, 'k', 'rest', current_timestamp)").params(A, "0".repeat(64)).update();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        assertThat(backfill(url, new BlobStore(dir.resolve("blobs"))).pending()).isTrue();
        assertThat(jdbc.sql("select count(*) from package where due_date_read is null").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void givenAnEmptyLedgerAtV28_thenNoBackfillIsPending() {
        String url = "jdbc:h2:mem:duties-empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        assertThat(backfill(url, new BlobStore(dir.resolve("blobs"))).pending()).isFalse();
    }

    /** The backfill on {@code url}'s H2 database, committing through a transaction manager as the axis's does. */
    private static DueDateBackfill backfill(String url, BlobStore blobs) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        JdbcClient jdbc = JdbcClient.create(ds);
        return new DueDateBackfill(jdbc, new DutyLedger(jdbc, blobs),
                new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    private void timelineMatches(String url, String user, String password) throws Exception {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        LedgerRepository repo = new LedgerRepository(jdbc, null, null);
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        WorkingCalendar cal = WorkingCalendar.of(defaults(), Map.of());

        String c1 = copy(repo, blobs, D, "2026-04-23T10:00", null, "2026-04-23T10:05");
        status(repo, c1, D, "01", "2026-04-23T10:30");
        status(repo, c1, D, "03", "2026-04-23T16:59");
        String c2 = copy(repo, blobs, D, "2026-04-24T17:30", "2026/05/06", "2026-04-27T09:00");
        status(repo, c2, D, "01", "2026-04-28T16:00");
        status(repo, c2, D, "03", "2026-04-29T08:15");
        status(repo, c2, D, "06", "2026-05-06T17:45");
        String c3 = copy(repo, blobs, D, "2026-04-29T06:45", null, "2026-04-29T07:00");
        status(repo, c3, D, "01", "2026-04-29T17:20");
        String c4 = copy(repo, blobs, D, "2026-04-29T17:05", null, null);
        status(repo, c4, B, "03", "2026-04-29T18:00"); // B has no copy of it: does not count for D
        String c5 = copy(repo, blobs, D, "2026-05-09T11:00", null, "2026-05-11T17:01");
        status(repo, c5, D, "01", "2026-05-11T17:02");
        status(repo, c5, D, "03", "2026-05-11T17:02");
        copy(repo, blobs, B, "2026-04-23T10:00", null, "2026-04-23T11:00"); // another agency, filtered out

        List<CopyFacts> copies = new DutyLedger(jdbc, blobs).copies(vn("2026-04-20T00:00"), vn("2026-05-16T00:00"), D);
        assertThat(copies).extracting(CopyFacts::axisId).containsExactly(c1, c2, c3, c4, c5);
        DutyReport r = DutyReport.of(vn("2026-04-20T00:00"), vn("2026-05-16T00:00"), D, AS_OF, cal, copies);

        long c4Overdue = Duration.between(vn("2026-05-04T17:00"), AS_OF).toSeconds();
        long c3Overdue = Duration.between(vn("2026-04-29T17:00"), AS_OF).toSeconds();
        assertThat(r.overall().get("received")).isEqualTo(new DutyReport.Tally(3, 1, 0, 1, 60 + c4Overdue, c4Overdue));
        assertThat(r.overall().get("arrived")).isEqualTo(new DutyReport.Tally(2, 2, 0, 1, 22 * 60 + c4Overdue, c4Overdue));
        assertThat(r.overall().get("registered")).isEqualTo(new DutyReport.Tally(1, 2, 0, 2,
                (15 * 60 + 15) * 60 + 120 + c3Overdue + c4Overdue, c3Overdue));
        assertThat(r.overall().get("completed")).isEqualTo(new DutyReport.Tally(0, 1, 0, 0, 45 * 60, 45 * 60));
        assertThat(r.agencies()).singleElement().satisfies(a -> assertThat(a.duties()).isEqualTo(r.overall()));
        assertThat(r.open()).hasSize(4);
        assertThat(r.late()).hasSize(10);
        DutyReport.Item c2Registered = r.late().stream()
                .filter(i -> i.axisId().equals(c2) && i.duty().equals("registered")).findFirst().orElseThrow();
        assertThat(c2Registered.due()).isEqualTo(vn("2026-04-28T17:00"));
        assertThat(c2Registered.doneAt()).isEqualTo(vn("2026-04-29T08:15"));
        assertThat(c2Registered.late()).isEqualTo("PT15H15M");

        List<CopyFacts> ofC2 = new DutyLedger(jdbc, blobs).copiesOf(c2);
        assertThat(ofC2).singleElement().isEqualTo(copies.get(1));
        assertThat(new DutyLedger(jdbc, blobs).copiesOf(c4)).singleElement().isEqualTo(copies.get(3));
    }

    static CalendarProperties defaults() {
        return new CalendarProperties(VN, java.time.LocalTime.of(7, 30), java.time.LocalTime.of(17, 0),
                java.util.Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
                java.util.stream.Stream.of("2026-01-01", "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01")
                        .map(java.time.LocalDate::parse).toList());
    }

    private String copy(LedgerRepository repo, BlobStore blobs, String to, String availableVn, String dueDate,
                        String fetchedVn) throws Exception {
        String docId = A + ",2026/04/20," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
        byte[] bytes = EdxmlSamples.document(A, docId, "V/v lịch làm việc", to);
        if (dueDate != null) {
            bytes = new String(bytes, StandardCharsets.UTF_8).replace("</edXML:MessageHeader>",
                    "<edXML:DueDate>" + dueDate + "</edXML:DueDate></edXML:MessageHeader>").getBytes(StandardCharsets.UTF_8);
        }
        Path file = Files.write(dir.resolve(UUID.randomUUID() + ".xml"), bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String key = blobs.store(file, sha);
        String axisId = UUID.randomUUID().toString();
        repo.insertPackage(new StoredPackage(axisId, PackageKind.DOCUMENT, A, docId, 0, null, null, null, null,
                "V/v lịch làm việc", sha, bytes.length, key, "rest", null, utc(availableVn),
                dueDate == null ? null : LocalDate.parse(dueDate, DocumentId.DATE)));
        long id = repo.insertDelivery(axisId, to, DeliveryRoute.LOCAL_PULL, DeliveryState.AVAILABLE, utc(availableVn));
        if (fetchedVn != null) {
            repo.markFetched(id, utc(fetchedVn));
        }
        return axisId;
    }

    private static void status(LedgerRepository repo, String docAxisId, String from, String code, String atVn) {
        StoredPackage doc = repo.findPackage(docAxisId).orElseThrow();
        repo.insertPackage(new StoredPackage(UUID.randomUUID().toString(), PackageKind.STATUS, from, null, 0, code,
                doc.documentId(), doc.from(), docAxisId, null, doc.sha256(), doc.size(), doc.blobKey(), "rest", null,
                utc(atVn), null));
    }

    private static OffsetDateTime utc(String vnLocal) {
        return OffsetDateTime.ofInstant(vn(vnLocal), ZoneOffset.UTC);
    }

    private static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(VN).toInstant();
    }
}
