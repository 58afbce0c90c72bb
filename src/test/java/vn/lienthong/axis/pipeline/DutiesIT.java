package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.duties.CalendarDays;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.StoredPackage;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.TestDirs;

/**
 * Legal duties on the whole application (issue 13 §4): the real flow (submit, fetch, status 01) for
 * today's copy, and a 2026 timeline written through {@link LedgerRepository} at chosen times (the
 * ledger's clock cannot be shifted): copies before, during and after working hours, across a weekend,
 * Hùng Kings (Sunday 26 April, Monday in lieu) and 30 April–1 May, statuses on time and late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DutiesIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("duties");
    static final String ADMIN = "sample-admin-token";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.duties.metrics-refresh", () -> "1s");
    }

    @Autowired LedgerRepository repo;
    @Autowired CalendarDays calendar;

    @Test
    void givenCopiesAroundWeekendsAndHolidays_thenTheReportMatchesToTheMinute() throws Exception {
        String sender = A;
        String unit = D;
        // 1: Thursday 10:00, everything on time.
        Copy c1 = copy(sender, unit, "2026-04-23T10:00", null);
        fetched(c1, "2026-04-23T10:05");
        status(c1, "01", "2026-04-23T10:30");
        status(c1, "03", "2026-04-23T16:59");
        // 2: Friday 17:30 before the Hùng Kings weekend (Sun 26 + Mon 27 in lieu): due Tuesday 28 17:00.
        Copy c2 = copy(sender, unit, "2026-04-24T17:30", "2026/05/06");
        fetched(c2, "2026-04-27T09:00");
        status(c2, "01", "2026-04-28T16:00");
        status(c2, "03", "2026-04-29T08:15");
        status(c2, "06", "2026-05-06T17:45");
        // 3: Wednesday 06:45, before working hours: due the same day 17:00.
        Copy c3 = copy(sender, unit, "2026-04-29T06:45", null);
        fetched(c3, "2026-04-29T07:00");
        status(c3, "01", "2026-04-29T17:20");
        // 4: Wednesday 17:05, after hours before 30 April, 1 May and the weekend: due Monday 4 May 17:00; never fetched.
        Copy c4 = copy(sender, unit, "2026-04-29T17:05", null);
        // 5: Saturday 11:00: due Monday 11 May 17:00; everything a few minutes late.
        Copy c5 = copy(sender, unit, "2026-05-09T11:00", null);
        fetched(c5, "2026-05-11T17:01");
        status(c5, "01", "2026-05-11T17:02");
        status(c5, "03", "2026-05-11T17:02");
        // a status from another unit about the same document does not discharge D's duty
        status(new Copy(c4.axisId, c4.documentId, B, 0), "03", "2026-04-29T18:00");

        String query = "/admin/api/v1/duties?from=2026-04-20&to=2026-05-16&agency=" + unit;
        HttpResponse<String> r = api.get(query, ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = Api.json(r);
        Instant asOf = Instant.parse(report.path("asOf").asText());
        JsonNode d = report.path("agencies").get(0);
        assertThat(d.path("agency").asText()).isEqualTo(unit);
        assertThat(report.path("agencies")).hasSize(1);
        long c4Overdue = Duration.between(vn("2026-05-04T17:00"), asOf).toSeconds();
        tally(d.path("duties").path("received"), 3, 1, 0, 1, 60 + c4Overdue);
        tally(d.path("duties").path("arrived"), 2, 2, 0, 1, 20 * 60 + 2 * 60 + c4Overdue);
        long c3Overdue = Duration.between(vn("2026-04-29T17:00"), asOf).toSeconds();
        tally(d.path("duties").path("registered"), 1, 2, 0, 2, (15 * 60 + 15) * 60 + 120 + c3Overdue + c4Overdue);
        tally(d.path("duties").path("completed"), 0, 1, 0, 0, 45 * 60);
        assertThat(report.path("overall").toString()).isEqualTo(d.path("duties").toString());

        JsonNode c2Registered = item(report.path("late"), c2.axisId, "registered");
        assertThat(c2Registered.path("outcome").asText()).isEqualTo("late");
        assertThat(c2Registered.path("due").asText()).isEqualTo(vn("2026-04-28T17:00").toString());
        assertThat(c2Registered.path("doneAt").asText()).isEqualTo(vn("2026-04-29T08:15").toString());
        assertThat(c2Registered.path("late").asText()).isEqualTo("PT15H15M");
        assertThat(item(report.path("late"), c2.axisId, "completed").path("due").asText())
                .isEqualTo(vn("2026-05-06T17:00").toString());
        assertThat(item(report.path("open"), c4.axisId, "received").path("outcome").asText()).isEqualTo("overdue");
        assertThat(item(report.path("late"), c3.axisId, "arrived").path("lateSeconds").asLong()).isEqualTo(20 * 60);
        assertThat(item(report.path("late"), c5.axisId, "received").path("lateSeconds").asLong()).isEqualTo(60);
        assertThat(report.path("open")).hasSize(4); // c3 registered, c4 received/arrived/registered
        assertThat(report.path("late")).hasSize(10);

        // the sender sees the same in its trace, per recipient; the recipient does not get the sender's trace
        JsonNode c2Duties = recipientDuties(c2.axisId, unit);
        assertThat(duty(c2Duties, "registered").toString()).isEqualTo(Api.JSON.createObjectNode()
                .put("duty", "registered").put("due", c2Registered.path("due").asText())
                .put("doneAt", c2Registered.path("doneAt").asText()).put("outcome", "late").put("late", "PT15H15M")
                .put("lateSeconds", (15 * 60 + 15) * 60).toString());
        assertThat(duty(c2Duties, "registered").path("late").asText()).isEqualTo("PT15H15M");
        assertThat(duty(c2Duties, "completed").path("due").asText()).isEqualTo(vn("2026-05-06T17:00").toString());
        assertThat(duty(c2Duties, "received").path("outcome").asText()).isEqualTo("met");
        assertThat(duty(recipientDuties(c4.axisId, unit), "received").path("outcome").asText()).isEqualTo("overdue");
        assertThat(api.get("/api/v1/packages/" + c2.axisId + "/trace", tokenD, null).statusCode()).isEqualTo(404);

        HttpResponse<String> csv = api.send(api.request(query, ADMIN, null).header("Accept", "text/csv").GET().build());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 5 * 3 + 1)
                .contains(unit + ",\"" + c2.documentId + "\"," + sender + "," + c2.axisId + ",registered,"
                        + vn("2026-04-24T17:30") + "," + vn("2026-04-28T17:00") + "," + vn("2026-04-29T08:15")
                        + ",late," + ((15 * 60 + 15) * 60));
        // overdue seconds run to each request's own time: compare the rest
        assertThat(api.get(query + "&format=csv", ADMIN, null).body().replaceAll(",overdue,\\d+", ",overdue,"))
                .isEqualTo(csv.body().replaceAll(",overdue,\\d+", ",overdue,"));

        // an operator makes Saturday 9 May a working day: c5 was then due that Saturday 17:00
        HttpResponse<String> put = api.send(api.request("/admin/api/v1/calendar/days/2026-05-09", ADMIN, null)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"dayOff\":false,\"note\":\"làm bù\"}")).build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode shifted = Api.json(api.get(query, ADMIN, null));
        assertThat(item(shifted.path("late"), c5.axisId, "received").path("lateSeconds").asLong())
                .isEqualTo(Duration.between(vn("2026-05-09T17:00"), vn("2026-05-11T17:01")).toSeconds());
        assertThat(api.send(api.request("/admin/api/v1/calendar/days/2026-05-09", ADMIN, null).DELETE().build())
                .statusCode()).isEqualTo(204);
        assertThat(item(Api.json(api.get(query, ADMIN, null)).path("late"), c5.axisId, "received")
                .path("lateSeconds").asLong()).isEqualTo(60);
    }

    @Test
    void givenTheRealFlow_thenFetchAndStatus01AreMetAndRegistrationIsOpen() {
        String docId = newDocumentId(A);
        String axisId = submitted(EdxmlSamples.document(A, docId, "V/v nghĩa vụ", B), tokenA, 202).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).statusCode()).isEqualTo(200);
        submitted(EdxmlSamples.status(B, "01", docId, A, "Đã đến"), tokenB, 202);

        String from = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString();
        HttpResponse<String> r = api.get("/admin/api/v1/duties?agency=" + B + "&from=" + from.replace("+", "%2B"),
                ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = Api.json(r);
        JsonNode received = item(report.path("open"), axisId, "registered");
        Instant available = Instant.parse(received.path("availableAt").asText());
        assertThat(received.path("due").asText()).isEqualTo(calendar.calendar().endOfWorkingDay(available).toString());
        assertThat(report.path("overall").path("received").path("met").asLong()).isEqualTo(1);
        assertThat(report.path("overall").path("arrived").path("met").asLong()).isEqualTo(1);
        assertThat(report.path("overall").path("registered").path("open").asLong()).isEqualTo(1);
        JsonNode inTrace = recipientDuties(axisId, B);
        assertThat(duty(inTrace, "received").path("outcome").asText()).isEqualTo("met");
        assertThat(duty(inTrace, "arrived").path("outcome").asText()).isEqualTo("met");
        assertThat(duty(inTrace, "registered").path("outcome").asText()).isEqualTo("open");
        assertThat(duty(inTrace, "registered").path("due").asText()).isEqualTo(received.path("due").asText());
        assertThat(inTrace).hasSize(3); // no DueDate: no completed duty
        // the gauges are recounted in the background (every second here): a scrape shows the open duty
        // (another test's copy may be counted first: wait for a count that includes this flow's fetch)
        await().atMost(WAIT).until(() -> gauge("registered", "open") >= 1 && gauge("received", "met") >= 1);
    }

    @Test
    void givenADueDateInTheSpecFormat_thenItIsKeptInTheRowAndTheCompletedDutyIsOpen() {
        java.time.LocalDate dueDay = java.time.LocalDate.now(VN).plusDays(20);
        String docId = newDocumentId(A);
        String axisId = submitted(EdxmlSamples.documentDue(A, docId, "V/v có hạn xử lý",
                dueDay.format(vn.lienthong.axis.edxml.DocumentId.DATE), B), tokenA, 202).path("axisId").asText();
        assertThat(jdbc.sql("select due_date, due_date_read from package where axis_id = ?").param(axisId)
                .query((rs, n) -> rs.getObject(1, java.time.LocalDate.class) + "|" + rs.getBoolean(2)).single())
                .isEqualTo(dueDay + "|true");
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        JsonNode completed = duty(recipientDuties(axisId, B), "completed");
        assertThat(completed.path("outcome").asText()).isEqualTo("open");
        assertThat(completed.path("due").asText()).isEqualTo(calendar.calendar().endOf(dueDay).toString());
    }

    @Test
    void givenBadParametersOrNoAdminToken_thenRefused() {
        assertThat(api.get("/admin/api/v1/duties?from=2026-05-16&to=2026-04-20", ADMIN, null).statusCode()).isEqualTo(400);
        assertThat(api.get("/admin/api/v1/duties?from=yesterday", ADMIN, null).statusCode()).isEqualTo(400);
        assertThat(api.get("/admin/api/v1/duties?agency=a%27--", ADMIN, null).statusCode()).isEqualTo(400);
        assertThat(api.get("/admin/api/v1/duties", tokenA, null).statusCode()).isIn(401, 403);
        assertThat(api.get("/admin/api/v1/duties", null, null).statusCode()).isEqualTo(401);
    }

    record Copy(String axisId, String documentId, String recipient, long deliveryId) {}

    private Copy copy(String from, String to, String availableVn, String dueDate) throws Exception {
        String docId = from + ",2026/04/20," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
        byte[] bytes = EdxmlSamples.document(from, docId, "V/v lịch làm việc", to);
        if (dueDate != null) {
            bytes = new String(bytes, StandardCharsets.UTF_8).replace("</edXML:MessageHeader>",
                    "<edXML:DueDate>" + dueDate + "</edXML:DueDate></edXML:MessageHeader>").getBytes(StandardCharsets.UTF_8);
        }
        Path file = Files.write(DATA.resolve(UUID.randomUUID() + ".xml"), bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String key = blobs.store(file, sha);
        OffsetDateTime at = OffsetDateTime.ofInstant(vn(availableVn), ZoneOffset.UTC);
        String axisId = UUID.randomUUID().toString();
        repo.insertPackage(new StoredPackage(axisId, PackageKind.DOCUMENT, from, docId, 0, null, null, null, null,
                "V/v lịch làm việc", sha, bytes.length, key, "rest", null, at,
                dueDate == null ? null : java.time.LocalDate.parse(dueDate, vn.lienthong.axis.edxml.DocumentId.DATE)));
        long id = repo.insertDelivery(axisId, to, DeliveryRoute.LOCAL_PULL, DeliveryState.AVAILABLE, at);
        return new Copy(axisId, docId, to, id);
    }

    private void fetched(Copy c, String atVn) {
        repo.markFetched(c.deliveryId, OffsetDateTime.ofInstant(vn(atVn), ZoneOffset.UTC));
    }

    private void status(Copy c, String code, String atVn) {
        StoredPackage doc = repo.findPackage(c.axisId).orElseThrow();
        repo.insertPackage(new StoredPackage(UUID.randomUUID().toString(), PackageKind.STATUS, c.recipient, null, 0,
                code, c.documentId, doc.from(), c.axisId, null, doc.sha256(), doc.size(), doc.blobKey(), "rest", null,
                OffsetDateTime.ofInstant(vn(atVn), ZoneOffset.UTC), null));
    }

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    private static void tally(JsonNode t, long met, long late, long open, long overdue, long lateSecondsTotal) {
        assertThat(t.path("met").asLong()).as("met " + t).isEqualTo(met);
        assertThat(t.path("late").asLong()).as("late " + t).isEqualTo(late);
        assertThat(t.path("open").asLong()).as("open " + t).isEqualTo(open);
        assertThat(t.path("overdue").asLong()).as("overdue " + t).isEqualTo(overdue);
        // overdue durations run to the report's asOf: allow the second the request took
        assertThat(t.path("lateSecondsTotal").asLong()).as("late seconds " + t).isBetween(lateSecondsTotal - 2, lateSecondsTotal + 2);
    }

    private double gauge(String duty, String outcome) {
        return api.get("/actuator/prometheus", "sample-scrape-token", null).body().lines()
                .filter(l -> l.startsWith("axis_duties{") && l.contains("duty=\"" + duty + "\"")
                        && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }

    /** The duties of one recipient's copy in the sender's trace. */
    private JsonNode recipientDuties(String axisId, String recipient) {
        HttpResponse<String> r = api.get("/api/v1/packages/" + axisId + "/trace", tokenA, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode copy : Api.json(r).path("recipients")) {
            if (copy.path("organId").asText().equals(recipient)) {
                return copy.path("duties");
            }
        }
        throw new AssertionError("no copy for " + recipient + " in " + r.body());
    }

    private static JsonNode duty(JsonNode duties, String duty) {
        for (JsonNode d : duties) {
            if (d.path("duty").asText().equals(duty)) {
                return d;
            }
        }
        throw new AssertionError("no duty " + duty + " in " + duties);
    }

    private static JsonNode item(JsonNode list, String axisId, String duty) {
        for (JsonNode i : list) {
            if (i.path("axisId").asText().equals(axisId) && i.path("duty").asText().equals(duty)) {
                return i;
            }
        }
        throw new AssertionError("no " + duty + " item for " + axisId + " in " + list);
    }
}
