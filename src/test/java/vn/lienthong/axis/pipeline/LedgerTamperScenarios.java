package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.chain.LedgerChain;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.ledger.chain.ChainContent;

/**
 * Someone with database access edits, deletes and inserts ledger rows directly; {@code GET
 * /admin/api/v1/ledger/verify} and {@code ledger verify} on the command line find each one, and the
 * chain is intact again once the row is put back.
 */
abstract class LedgerTamperScenarios extends EvidenceScenarios {
    @Autowired TransactionTemplate tx;
    @Autowired LedgerRepository ledger;

    void assertIntactOnApiAndCli(long checkpoint) throws Exception {
        JsonNode report = ledgerVerify();
        assertThat(report.path("intact").asBoolean()).as(report.toPrettyString()).isTrue();
        assertThat(report.path("lastCheckpoint").path("id").asLong()).isGreaterThanOrEqualTo(checkpoint);
        CliRun cli = cliLedgerVerify();
        assertThat(cli.exit()).as(cli.report().toPrettyString()).isZero();
        assertThat(cli.report().path("intact").asBoolean()).isTrue();
    }

    /** Both the admin API and the CLI name {@code kind} at {@code eventId} as the first problem. */
    void assertFirstProblem(String kind, long eventId) throws Exception {
        JsonNode report = ledgerVerify();
        assertThat(report.path("intact").asBoolean()).isFalse();
        assertThat(report.path("firstProblem").path("kind").asText()).as(report.toPrettyString()).isEqualTo(kind);
        assertThat(report.path("firstProblem").path("eventId").asLong()).as(report.toPrettyString()).isEqualTo(eventId);
        CliRun cli = cliLedgerVerify();
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.report().path("firstProblem")).isEqualTo(report.path("firstProblem"));
    }

    @Test
    void givenAnUntouchedLedger_thenIntactUpToTheLastSignedCheckpoint() throws Exception {
        sendFetchAckAndPush();
        long cp = checkpoint();
        assertThat(cp).isPositive();
        JsonNode report = ledgerVerify();
        assertThat(report.path("intact").asBoolean()).as(report.toPrettyString()).isTrue();
        assertThat(report.path("summary").asText()).startsWith("chain intact up to checkpoint " + cp);
        assertThat(report.path("lastCheckpoint").path("signer").asText()).contains("axis-1 signing");
        assertThat(report.path("lastCheckpoint").path("entries").asLong()).isEqualTo(report.path("entries").asLong());
        assertIntactOnApiAndCli(cp);
    }

    @Test
    void givenAnEventRowEdited_thenVerifyNamesItAsChanged() throws Exception {
        Sent sent = sendFetchAckAndPush();
        long cp = checkpoint();
        long id = eventId(sent.axisId(), "acknowledged", B);
        String detail = jdbc.sql("select detail from event where id = ?").param(id).query(String.class).single();

        jdbc.sql("update event set detail = ? where id = ?").params("acknowledged as failed: never received", id).update();
        try {
            assertFirstProblem("changed", id);
        } finally {
            jdbc.sql("update event set detail = ? where id = ?").params(detail, id).update();
        }
        assertIntactOnApiAndCli(cp);
    }

    @Test
    void givenThePackageHashEdited_thenTheAcceptanceEntryIsChanged() throws Exception {
        Sent sent = sendFetchAckAndPush();
        long cp = checkpoint();
        String sha = sha256(sent.bytes());

        jdbc.sql("update package set sha256 = ? where axis_id = ?").params("0".repeat(64), sent.axisId()).update();
        try {
            assertFirstProblem("changed", eventId(sent.axisId(), "accepted", null));
        } finally {
            jdbc.sql("update package set sha256 = ? where axis_id = ?").params(sha, sent.axisId()).update();
        }
        assertIntactOnApiAndCli(cp);
    }

    @Test
    void givenAnEventRowDeleted_thenVerifyNamesItAsRemoved() throws Exception {
        Sent sent = sendFetchAckAndPush();
        long cp = checkpoint();
        long id = eventId(sent.axisId(), "fetched", B);
        Map<String, Object> row = jdbc.sql("select axis_id, delivery_id, at, type, state, detail from event where id = ?")
                .param(id).query().singleRow();
        OffsetDateTime at = jdbc.sql("select at from event where id = ?").param(id).query(OffsetDateTime.class).single();

        jdbc.sql("delete from event where id = ?").param(id).update();
        try {
            assertFirstProblem("removed", id);
        } finally {
            jdbc.sql("insert into event (id, axis_id, delivery_id, at, type, state, detail) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, row.get("axis_id"), row.get("delivery_id"), at, row.get("type"), row.get("state"),
                            row.get("detail")).update();
        }
        assertIntactOnApiAndCli(cp);
    }

    @Test
    void givenAnEventRowInserted_thenVerifyNamesItAsInserted() throws Exception {
        Sent sent = sendFetchAckAndPush();
        long cp = checkpoint();
        long deliveryToC = jdbc.sql("select id from delivery where axis_id = ? and recipient_code = ?")
                .params(sent.axisId(), C).query(Long.class).single();

        jdbc.sql("insert into event (axis_id, delivery_id, at, type, state, detail) values (?, ?, ?, ?, ?, ?)")
                .params(sent.axisId(), deliveryToC, OffsetDateTime.now(), "acknowledged", "ACKED", "backdated ack").update();
        long inserted = jdbc.sql("select max(id) from event where detail = 'backdated ack'").query(Long.class).single();
        try {
            assertFirstProblem("inserted", inserted);
        } finally {
            jdbc.sql("delete from event where id = ?").param(inserted).update();
        }
        assertIntactOnApiAndCli(cp);
    }

    @Test
    void givenAnEventEditedAndItsChainRewritten_thenTheSignedCheckpointStillGivesItAway() throws Exception {
        Sent sent = sendFetchAckAndPush();
        long cp = checkpoint();
        long id = eventId(sent.axisId(), "delivered", C);
        String detail = jdbc.sql("select detail from event where id = ?").param(id).query(String.class).single();
        int lane = jdbc.sql("select lane from ledger_chain where event_id = ?").param(id).query(Integer.class).single();

        rewrite(id, "attempt 1: the endpoint answered HTTP 500");
        try {
            JsonNode report = ledgerVerify();
            assertThat(report.path("intact").asBoolean()).isFalse();
            assertThat(report.path("problems")).as(report.toPrettyString())
                    .allSatisfy(p -> assertThat(p.path("kind").asText()).isEqualTo("checkpoint-mismatch"))
                    .anySatisfy(p -> assertThat(p.path("lane").asInt()).isEqualTo(lane));
            assertThat(cliLedgerVerify().exit()).isEqualTo(1);
        } finally {
            rewrite(id, detail);
        }
        assertIntactOnApiAndCli(cp);
    }

    @Test
    void givenTwoNodesWritingAtOnce_thenEveryEventIsChainedExactlyOnceAndTheChainIsIntact() throws Exception {
        Sent sent = sendFetchAckAndPush();
        HikariDataSource app = (HikariDataSource) dataSource;
        try (HikariDataSource otherNode = new HikariDataSource()) {
            otherNode.setJdbcUrl(app.getJdbcUrl());
            otherNode.setUsername(app.getUsername());
            otherNode.setPassword(app.getPassword());
            otherNode.setMaximumPoolSize(4);
            LedgerRepository node2 = new LedgerRepository(JdbcClient.create(otherNode),
                    new LedgerChain(new JdbcTemplate(otherNode), 4),
                    new TransactionTemplate(new DataSourceTransactionManager(otherNode)));
            long before = jdbc.sql("select count(*) from event").query(Long.class).single();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                LedgerRepository repo = w % 2 == 0 ? ledger : node2;
                TransactionTemplate t = w % 2 == 0 ? tx : new TransactionTemplate(new DataSourceTransactionManager(otherNode));
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String words = "writer " + writer + " event " + i;
                        if (i % 5 == 0) {
                            t.executeWithoutResult(s -> {
                                repo.insertEvent(sent.axisId(), null, "note", null, words + "a");
                                repo.insertEvent(sent.axisId(), null, "note", null, words + "b");
                            });
                        } else {
                            repo.insertEvent(sent.axisId(), null, "note", null, words);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            long after = jdbc.sql("select count(*) from event").query(Long.class).single();
            assertThat(after - before).isGreaterThanOrEqualTo(8 * 30);
        }
        assertThat(jdbc.sql("select count(*) from event e where not exists (select 1 from ledger_chain c"
                + " where c.event_id = e.id)").query(Long.class).single()).isZero();
        long cp = checkpoint();
        assertIntactOnApiAndCli(cp);
    }

    /** What a careful forger does: edit the row and re-hash its lane from that entry to the head. */
    void rewrite(long eventId, String detail) {
        tx.executeWithoutResult(s -> {
            Map<String, Object> link = jdbc.sql("select lane, seq from ledger_chain where event_id = ?").param(eventId)
                    .query().singleRow();
            int lane = ((Number) link.get("lane")).intValue();
            long from = ((Number) link.get("seq")).longValue();
            jdbc.sql("select seq from ledger_chain_head where lane = ? for update").param(lane).query(Long.class).single();
            jdbc.sql("update event set detail = ? where id = ?").params(detail, eventId).update();
            String prev = from == 1 ? ChainContent.GENESIS : jdbc.sql("select entry_hash from ledger_chain where lane = ?"
                    + " and seq = ?").params(lane, from - 1).query(String.class).single();
            List<Object[]> entries = jdbc.sql("select c.seq, " + ChainContent.COLUMNS + " from ledger_chain c join event e"
                            + " on e.id = c.event_id" + ChainContent.JOINS + " where c.lane = ? and c.seq >= ? order by c.seq")
                    .params(lane, from).query((rs, n) -> new Object[] {rs.getLong(1), ChainContent.contentHash(rs, 2)})
                    .list();
            for (Object[] e : entries) {
                prev = ChainContent.entryHash(prev, lane, (Long) e[0], (String) e[1]);
                jdbc.sql("update ledger_chain set entry_hash = ? where lane = ? and seq = ?").params(prev, lane, e[0]).update();
            }
            jdbc.sql("update ledger_chain_head set head_hash = ? where lane = ?").params(prev, lane).update();
        });
    }
}
