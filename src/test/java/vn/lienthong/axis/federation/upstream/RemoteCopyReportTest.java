package vn.lienthong.axis.federation.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Hop;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Progress;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Row;

/** getSentEdocList rows → the hops recorded on the sender's copy, from JSON alone (no network, no database). */
class RemoteCopyReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String B1 = "000.00.01.H99";
    private static final String N1 = "000.00.00.G22";

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void givenRowsForTwoRecipients_thenEachCopyMatchesItsOwnRowByToCode() throws Exception {
        List<Row> rows = RemoteCopyReport.parse(json("[{'senderDocId':'x','toCode':'000.00.01.h99',"
                + "'sentTime':'2026-11-22T03:00:00.123456Z','receivedTime':'2026-11-22T03:00:05Z',"
                + "'sendStatus':'acked','receiveStatus':'done'},"
                + "{'toCode':'" + N1 + "','sentTime':'2026-11-22T03:00:00Z','receivedTime':null,"
                + "'sendStatus':'available','receiveStatus':'initial'}]"));

        assertThat(rows).hasSize(2);
        Row b1 = RemoteCopyReport.match(rows, B1).orElseThrow();
        assertThat(b1.receivedTime()).isEqualTo(OffsetDateTime.parse("2026-11-22T03:00:05Z"));
        assertThat(RemoteCopyReport.match(rows, N1).orElseThrow().receivedTime()).isNull();
        assertThat(RemoteCopyReport.match(rows, "000.00.09.H99")).isEmpty();
    }

    @Test
    void givenACopyJustSent_andItsRowDone_thenAcceptedThenReceivedWithTheRemoteTimes() throws Exception {
        Row row = RemoteCopyReport.parse(json("[{'toCode':'" + B1 + "','sentTime':'2026-11-22T03:00:00Z',"
                + "'receivedTime':'2026-11-22T10:00:05+07:00','sendStatus':'acked','receiveStatus':'done'}]")).get(0);

        List<Hop> hops = RemoteCopyReport.hops(row, Progress.SENT, "upstream", "the upstream axis", "doc-1");

        assertThat(hops).extracting(Hop::type).containsExactly("upstream-accepted", "upstream-received");
        assertThat(hops.get(0).detail()).isEqualTo("accepted by the upstream axis at 2026-11-22T03:00Z as DocId doc-1"
                + " for " + B1 + " (sendStatus acked)");
        assertThat(hops.get(1).detail()).isEqualTo("received by " + B1 + " at 2026-11-22T03:00:05Z (receiveStatus done)");
        assertThat(hops.get(1).to()).isEqualTo(Progress.RECEIVED);
    }

    @Test
    void givenAnAcceptedCopy_andItsRowStillInitial_thenNothingNew() throws Exception {
        Row row = RemoteCopyReport.parse(json("[{'toCode':'" + B1 + "','sentTime':'2026-11-22T03:00:00Z',"
                + "'sendStatus':'available','receiveStatus':'initial'}]")).get(0);

        assertThat(RemoteCopyReport.hops(row, Progress.ACCEPTED, "upstream", "the upstream axis", "d")).isEmpty();
        assertThat(RemoteCopyReport.hops(row, Progress.SENT, "peer", "peer:hanoi", "d"))
                .extracting(Hop::type).containsExactly("peer-accepted");
    }

    @Test
    void givenAFailedReceipt_thenTheReasonFromReceiveStatusDescIsRecorded() throws Exception {
        Row row = RemoteCopyReport.parse(json("[{'toCode':'" + B1 + "','receivedTime':'22/11/2026 10:00:05',"
                + "'receiveStatus':'FAIL','receiveStatusDesc':'SIGNATURE_INVALID: chữ ký sai'}]")).get(0);

        List<Hop> hops = RemoteCopyReport.hops(row, Progress.ACCEPTED, "upstream", "the upstream axis", "d");

        assertThat(hops).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo("upstream-received");
            assertThat(h.detail()).isEqualTo("refused by " + B1 + " at 2026-11-22T03:00:05Z (receiveStatus fail):"
                    + " SIGNATURE_INVALID: chữ ký sai");
        });
    }

    @Test
    void givenARevokedRow_thenTheCopyIsWithdrawnAndTrackingEnds() throws Exception {
        Row row = RemoteCopyReport.parse(json("[{'toCode':'" + B1 + "','sendStatus':'revoked','receiveStatus':'initial'}]"))
                .get(0);

        assertThat(RemoteCopyReport.hops(row, Progress.ACCEPTED, "upstream", "the upstream axis", "d"))
                .singleElement().satisfies(h -> {
                    assertThat(h.type()).isEqualTo("upstream-revoked");
                    assertThat(h.to()).isEqualTo(Progress.REVOKED);
                });
    }

    @Test
    void givenUnreadableOrMissingTimes_thenTheRowStillCounts_andTheDetailSaysSo() throws Exception {
        Row row = RemoteCopyReport.parse(json("[{'toCode':'" + B1 + "','sentTime':'hôm qua',"
                + "'receiveStatus':'done'}]")).get(0);

        assertThat(row.sentTime()).isNull();
        List<Hop> hops = RemoteCopyReport.hops(row, Progress.SENT, "upstream", "the upstream axis", "d");
        assertThat(hops.get(0).detail()).contains("at an unknown time (unreadable 'hôm qua')");
        assertThat(hops.get(1).detail()).isEqualTo("received by " + B1 + " at an unknown time (receiveStatus done)");
    }

    @Test
    void givenRowsWithoutToCode_orNotObjects_thenTheyAreSkipped() throws Exception {
        List<Row> rows = RemoteCopyReport.parse(json("[{'sentTime':'2026-11-22T03:00:00Z','receiveStatus':'done'},"
                + "{'toCode':'  '},{'toCode':{'x':1}},'" + B1 + "',42,null,{'toCode':'" + N1 + "'}]"));

        assertThat(rows).extracting(Row::toCode).containsExactly(N1);
    }

    @Test
    void givenDataThatIsNotAnArray_thenNoRows() throws Exception {
        assertThat(RemoteCopyReport.parse(json("{'toCode':'" + B1 + "'}"))).isEmpty();
        assertThat(RemoteCopyReport.parse(json("'oops'"))).isEmpty();
        assertThat(RemoteCopyReport.parse(null)).isEmpty();
    }

    @Test
    void givenSeveralRowsForOneRecipient_thenTheOneFurthestAlongIsUsed() throws Exception {
        List<Row> rows = RemoteCopyReport.parse(json("[{'toCode':'" + B1 + "','receiveStatus':'initial'},"
                + "{'toCode':'" + B1 + "','receiveStatus':'done'}]"));

        assertThat(RemoteCopyReport.match(rows, B1).orElseThrow().receiveStatus()).isEqualTo("done");
    }

    @Test
    void givenTheTimeShapesNationalAxesUse_thenEachIsReadAsAnInstant() {
        OffsetDateTime expected = OffsetDateTime.parse("2026-11-22T03:00:05Z");
        assertThat(RemoteCopyReport.time("2026-11-22T03:00:05Z")).isEqualTo(expected);
        assertThat(RemoteCopyReport.time("2026-11-22T10:00:05")).isEqualTo(expected);
        assertThat(RemoteCopyReport.time("2026-11-22 10:00:05")).isEqualTo(expected);
        assertThat(RemoteCopyReport.time("22/11/2026 10:00:05")).isEqualTo(expected);
        assertThat(RemoteCopyReport.time(String.valueOf(expected.toInstant().toEpochMilli()))).isEqualTo(expected);
        assertThat(RemoteCopyReport.time("2026-13-45T99:00:00Z")).isNull();
        assertThat(RemoteCopyReport.time(null)).isNull();
    }
}
