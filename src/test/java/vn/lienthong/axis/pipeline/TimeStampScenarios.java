package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.lienthong.axis.evidence.timestamp.OpenSslTs;
import vn.lienthong.axis.evidence.timestamp.TestTimeStampAuthority;
import vn.lienthong.axis.evidence.timestamp.TestTimeStampAuthority.Mode;
import vn.lienthong.axis.evidence.timestamp.TimeStampAuthority;
import vn.lienthong.axis.support.TestDirs;

/**
 * Checkpoints time-stamped by a real RFC 3161 TSA over HTTP (ADR 028), on the whole application with
 * the checkpoint timer running every second: stamped and verified (admin API, CLI, openssl), refused
 * answers not kept, a TSA outage that never blocks intake and is made up for, a tampered token found.
 */
abstract class TimeStampScenarios extends EvidenceScenarios {
    @Autowired MeterRegistry meters;

    abstract TestTimeStampAuthority tsa();

    abstract Path tsaRoot();

    static void tsaProps(DynamicPropertyRegistry r, TestTimeStampAuthority tsa, Path root) {
        r.add("axis.evidence.tsa.url", () -> tsa.url().toString());
        r.add("axis.evidence.tsa.trust[0]", root::toString);
        r.add("axis.evidence.tsa.timeout", () -> "5s");
        r.add("axis.evidence.checkpoint-period", () -> "1s");
    }

    static Path rootPem(TestTimeStampAuthority tsa) {
        return tsa.writeRootPem(TestDirs.fresh("tsa").resolve("tsa-root.pem"));
    }

    @AfterEach
    void tsaAnswersWell() {
        tsa().mode(Mode.GOOD);
    }

    /** The newest checkpoint once it covers the current chain heads (nothing else moves in these tests). */
    Map<String, Object> checkpointOfTheCurrentHeads() {
        String heads = String.join(";", jdbc.sql("select lane, seq, head_hash from ledger_chain_head order by lane")
                .query((rs, n) -> rs.getInt(1) + ":" + rs.getLong(2) + ":" + rs.getString(3)).list());
        List<Map<String, Object>> rows = jdbc.sql("select id, heads, signed_xml, tsa_token, tsa_time, tsa_attempts,"
                + " tsa_error from ledger_checkpoint order by id desc fetch first 1 rows only").query().listOfRows();
        return rows.isEmpty() || !heads.equals(rows.get(0).get("heads")) ? null : rows.get(0);
    }

    Map<String, Object> awaitCheckpoint(java.util.function.Predicate<Map<String, Object>> until) {
        return await().atMost(WAIT).until(this::checkpointOfTheCurrentHeads, cp -> cp != null && until.test(cp));
    }

    double timestamps(String outcome) {
        return meters.get("axis.evidence.timestamps").tag("outcome", outcome).counter().count();
    }

    @Test
    void givenATsa_thenTheCheckpointIsTimeStamped_andApiCliAndOpensslVerifyTheToken() throws Exception {
        double stamped = timestamps("stamped");
        sendFetchAckAndPush();
        Map<String, Object> cp = awaitCheckpoint(c -> c.get("tsa_time") != null);
        assertThat(timestamps("stamped")).isGreaterThan(stamped);

        JsonNode report = ledgerVerify();
        assertThat(report.path("intact").asBoolean()).as(report.toPrettyString()).isTrue();
        JsonNode stamp = report.path("lastCheckpoint").path("timeStamp");
        assertThat(report.path("lastCheckpoint").path("id").asLong()).isEqualTo(((Number) cp.get("id")).longValue());
        assertThat(stamp.path("trusted").asBoolean()).as(report.toPrettyString()).isTrue();
        assertThat(stamp.path("authority").asText()).contains("TSA - TEST ONLY");
        assertThat(report.path("summary").asText()).contains("time-stamped " + stamp.path("time").asText());

        CliRun cli = cliLedgerVerify("--tsa-trust", tsaRoot().toString());
        assertThat(cli.exit()).as(cli.report().toPrettyString()).isZero();
        assertThat(cli.report().path("lastCheckpoint").path("timeStamp")).isEqualTo(stamp);
        CliRun unanchored = cliLedgerVerify();
        assertThat(unanchored.exit()).isZero();
        assertThat(unanchored.report().path("lastCheckpoint").path("timeStamp").path("trusted").asBoolean()).isFalse();

        OpenSslTs.require();
        Path dir = TestDirs.fresh("checkpoint-token");
        Path xml = Files.writeString(dir.resolve("checkpoint.xml"), (String) cp.get("signed_xml"), StandardCharsets.UTF_8);
        Path token = Files.write(dir.resolve("checkpoint.tst"), Base64.getDecoder().decode((String) cp.get("tsa_token")));
        var openssl = OpenSslTs.verify(xml, token, tsaRoot());
        assertThat(openssl.exit()).as(openssl.output()).isZero();
    }

    @Test
    void givenAStampedCheckpoint_thenTheEvidenceContainerCarriesIt_andEvidenceVerifyChecksItsToken() throws Exception {
        Sent sent = sendFetchAckAndPush();
        awaitCheckpoint(c -> c.get("tsa_time") != null);
        for (String token : List.of(tokenA, tokenB)) {
            var r = api.getBytes("/api/v1/packages/" + sent.axisId() + "/evidence", token, null);
            assertThat(r.statusCode()).isEqualTo(200);
            Path container = Files.write(TestDirs.fresh("tsa-container").resolve(sent.axisId() + ".asice"), r.body());
            JsonNode report = evidenceVerify(container, 0, "--tsa-trust", tsaRoot().toString());
            JsonNode cp = report.path("checkpoint");
            assertThat(cp.path("present").asBoolean()).as(report.toPrettyString()).isTrue();
            assertThat(cp.path("signature").asText()).isEqualTo("VALID");
            assertThat(cp.path("coversReceipts").asBoolean()).isTrue();
            assertThat(cp.path("timeStamp").path("trusted").asBoolean()).isTrue();
            assertThat(cp.path("timeStamp").path("authority").asText()).contains("TSA - TEST ONLY");

            try (TestTimeStampAuthority stranger = new TestTimeStampAuthority("stranger")) {
                Path otherRoot = stranger.writeRootPem(container.resolveSibling("other-root.pem"));
                JsonNode refused = evidenceVerify(container, 1, "--tsa-trust", otherRoot.toString());
                assertThat(refused.path("problems").toString()).contains("ledger/checkpoint.tst");
            }
        }
    }

    JsonNode evidenceVerify(Path container, int expectedExit, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("evidence", "verify", "--trust",
                "certs-sample/sample-axis-signing.pem"));
        args.addAll(List.of(extra));
        args.add(container.toString());
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = vn.lienthong.axis.cli.AxisCli.run(args, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .isEqualTo(expectedExit);
        return vn.lienthong.axis.support.Api.JSON.readTree(out.toByteArray());
    }

    @Test
    void givenTheTsaDown_thenIntakeIsAccepted_andTheCheckpointIsStampedOnceItIsBack() {
        double unavailable = timestamps("unavailable");
        tsa().stop();
        Map<String, Object> cp;
        try {
            sendFetchAckAndPush();   // asserts 202 and the whole delivery: nothing waits for the TSA
            cp = awaitCheckpoint(c -> c.get("tsa_time") == null && ((Number) c.get("tsa_attempts")).intValue() > 0);
            assertThat((String) cp.get("tsa_error")).contains("cannot be reached");
            assertThat(timestamps("unavailable")).isGreaterThan(unavailable);
            assertThat(meters.get("axis.evidence.checkpoints.unstamped").gauge().value()).isPositive();
            JsonNode report = ledgerVerify();
            assertThat(report.path("intact").asBoolean()).as("unstamped is not tampered").isTrue();
            assertThat(report.path("checkpointsWithoutTimeStamp").asLong()).isPositive();
            assertThat(report.path("lastCheckpoint").path("timeStamp").isMissingNode()
                    || report.path("lastCheckpoint").path("timeStamp").isNull()).as(report.toPrettyString()).isTrue();
        } finally {
            tsa().start();
        }
        long id = ((Number) cp.get("id")).longValue();
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from ledger_checkpoint where id = ? and tsa_time"
                + " is not null").param(id).query(Long.class).single() == 1);
        assertThat(ledgerVerify().path("lastCheckpoint").path("timeStamp").path("trusted").asBoolean()).isTrue();
    }

    @Test
    void givenAnswersForAnotherNonceOrImprint_thenNoTokenIsKept_untilAGoodAnswer() {
        double refused = timestamps("refused");
        tsa().mode(Mode.WRONG_NONCE);
        sendFetchAckAndPush();
        Map<String, Object> cp = awaitCheckpoint(c -> c.get("tsa_error") != null
                && ((String) c.get("tsa_error")).contains("nonce"));
        assertThat(cp.get("tsa_token")).isNull();
        tsa().mode(Mode.WRONG_IMPRINT);
        cp = awaitCheckpoint(c -> c.get("tsa_error") != null && ((String) c.get("tsa_error")).contains("imprint"));
        assertThat(cp.get("tsa_token")).isNull();
        assertThat(timestamps("refused")).isGreaterThanOrEqualTo(refused + 2);

        tsa().mode(Mode.GOOD);
        awaitCheckpoint(c -> c.get("tsa_time") != null && c.get("tsa_error") == null);
    }

    @Test
    void givenAStoredTokenReplacedOrAltered_thenLedgerVerifyFindsIt() throws Exception {
        sendFetchAckAndPush();
        Map<String, Object> cp = awaitCheckpoint(c -> c.get("tsa_time") != null);
        long id = ((Number) cp.get("id")).longValue();
        String token = (String) cp.get("tsa_token");
        byte[] otherBytes = "<edXML>a checkpoint the axis never signed</edXML>".getBytes(StandardCharsets.UTF_8);
        byte[] other = new TimeStampAuthority(tsa().url(), Duration.ofSeconds(5), "", List.of(tsa().root()))
                .stamp(otherBytes).token();
        byte[] flipped = Base64.getDecoder().decode(token);
        flipped[flipped.length - 10] ^= 0x01;
        try {
            for (byte[] forged : List.of(other, flipped)) {
                jdbc.sql("update ledger_checkpoint set tsa_token = ? where id = ?")
                        .params(Base64.getEncoder().encodeToString(forged), id).update();
                JsonNode report = ledgerVerify();
                assertThat(report.path("intact").asBoolean()).isFalse();
                assertThat(report.path("firstProblem").path("kind").asText()).as(report.toPrettyString())
                        .isEqualTo("checkpoint-timestamp");
                assertThat(report.path("firstProblem").path("detail").asText()).contains("checkpoint " + id);
                CliRun cli = cliLedgerVerify("--tsa-trust", tsaRoot().toString());
                assertThat(cli.exit()).isEqualTo(1);
                assertThat(cli.report().path("firstProblem").path("kind").asText()).isEqualTo("checkpoint-timestamp");
            }
        } finally {
            jdbc.sql("update ledger_checkpoint set tsa_token = ? where id = ?").params(token, id).update();
        }
        assertThat(ledgerVerify().path("intact").asBoolean()).isTrue();
    }
}
