package vn.lienthong.axis.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The canonical form an entry hashes: unambiguous field boundaries, instants not offsets. */
class ChainContentTest {
    Connection db;

    @BeforeEach
    void tables() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        try (Statement s = db.createStatement()) {
            s.execute("create table event (id bigint primary key, axis_id varchar(36), delivery_id bigint,"
                    + " at timestamp with time zone, type varchar(40), state varchar(20), detail varchar(2000))");
            s.execute("create table delivery (id bigint primary key, recipient_code varchar(35))");
            s.execute("create table package (axis_id varchar(36) primary key, from_code varchar(35), document_id"
                    + " varchar(300), sha256 varchar(64), size_bytes bigint, received_at timestamp with time zone)");
            s.execute("create table verification_report (axis_id varchar(36) primary key, report varchar(200000))");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    String hash(long id, OffsetDateTime at, String type, String detail) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("insert into event values (?, 'a', null, ?, ?, null, ?)")) {
            ps.setLong(1, id);
            ps.setObject(2, at);
            ps.setString(3, type);
            ps.setString(4, detail);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement(ChainContent.SELECT + " where e.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return ChainContent.contentHash(rs, 1);
            }
        }
    }

    @Test
    void givenTextMovedFromOneFieldToTheNext_thenTheContentHashDiffers() throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 6, 6, 0, 0, 123_456_000, ZoneOffset.UTC);
        assertThat(hash(1, at, "fetched;", "by B")).isNotEqualTo(hash(2, at, "fetched", ";by B"));
        assertThat(hash(3, at, "fetched", "by B")).isNotEqualTo(hash(4, at, "fetched", "by B "));
    }

    @Test
    void givenTheSameInstantWrittenWithAnotherOffset_thenTheContentHashIsTheSame_butAnotherMicrosecondIsNot()
            throws Exception {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 6, 6, 0, 0, 123_456_000, ZoneOffset.UTC);
        String a = hash(1, utc, "fetched", "by B");
        try (Statement s = db.createStatement()) {
            s.execute("delete from event");
        }
        assertThat(hash(1, utc.withOffsetSameInstant(ZoneOffset.ofHours(7)), "fetched", "by B")).isEqualTo(a);
        try (Statement s = db.createStatement()) {
            s.execute("delete from event");
        }
        assertThat(hash(1, utc.plusNanos(1_000), "fetched", "by B")).isNotEqualTo(a);
    }

    @Test
    void entryHashCommitsToThePreviousEntryAndThePosition() {
        String c = ChainContent.sha256("content");
        String e = ChainContent.entryHash(ChainContent.GENESIS, 0, 1, c);
        assertThat(ChainContent.entryHash(e, 0, 2, c)).isNotEqualTo(ChainContent.entryHash(ChainContent.GENESIS, 0, 2, c));
        assertThat(ChainContent.entryHash(ChainContent.GENESIS, 1, 1, c)).isNotEqualTo(e);
        assertThat(e).hasSize(64);
    }
}
