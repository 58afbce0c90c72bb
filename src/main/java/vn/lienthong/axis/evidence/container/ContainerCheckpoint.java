package vn.lienthong.axis.evidence.container;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.evidence.timestamp.TimeStampTokens;
import vn.lienthong.axis.ledger.chain.CheckpointDocument;

/**
 * The ledger checkpoint in an evidence container (ADR 028): the first signed checkpoint whose heads
 * reach every receipt's ledger entry, and its RFC 3161 token when it has one. Offline it proves that
 * the axis had signed those heads by the TSA's time; that each receipt's entry is chained below its
 * lane's head needs the ledger itself ({@code ledger verify}).
 */
public final class ContainerCheckpoint {
    public static final String XML = "ledger/checkpoint.xml";
    public static final String TOKEN = "ledger/checkpoint.tst";
    private static final Pattern ENTRY = Pattern.compile("<LedgerEntry Lane=\"(\\d+)\" Seq=\"(\\d+)\"");

    private ContainerCheckpoint() {}

    /** The highest ledger entry (seq) per lane that the receipts name. */
    public static Map<Integer, Long> entries(Collection<String> receipts) {
        Map<Integer, Long> out = new HashMap<>();
        for (String xml : receipts) {
            Matcher m = ENTRY.matcher(xml);
            while (m.find()) {
                out.merge(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Math::max);
            }
        }
        return out;
    }

    /** Checks the checkpoint and its token in {@code files}; adds problems; returns the report's "checkpoint" node. */
    static ObjectNode check(Map<String, byte[]> files, X509Certificate axis, List<X509Certificate> tsaTrust,
                            Path scratch, ObjectMapper json, ArrayNode problems) {
        ObjectNode out = json.createObjectNode();
        byte[] xml = files.get(XML);
        if (xml == null) {
            out.put("present", false);
            if (files.containsKey(TOKEN)) {
                problems.add(TOKEN + " without " + XML);
            }
            return out;
        }
        out.put("present", true);
        String text = new String(xml, UTF_8);
        try {
            EvidenceSigner.verify(text, axis, scratch);
            out.put("signature", "VALID");
            CheckpointDocument.Parsed cp = CheckpointDocument.parse(text);
            out.put("createdAt", cp.createdAt());
            Map<Integer, Long> heads = new HashMap<>();
            cp.heads().forEach(h -> heads.put(h.lane(), h.seq()));
            List<String> receipts = files.entrySet().stream().filter(e -> e.getKey().startsWith("receipts/"))
                    .map(e -> new String(e.getValue(), UTF_8)).toList();
            boolean covers = entries(receipts).entrySet().stream()
                    .allMatch(e -> heads.getOrDefault(e.getKey(), 0L) >= e.getValue());
            out.put("coversReceipts", covers);
            if (!covers) {
                problems.add("the checkpoint's heads do not reach every receipt's ledger entry");
            }
        } catch (AxisException e) {
            out.put("signature", "INVALID");
            problems.add(XML + ": " + e.getMessage());
        }
        byte[] token = files.get(TOKEN);
        if (token != null) {
            try {
                var v = TimeStampTokens.verify(token, xml, tsaTrust);
                out.putObject("timeStamp").put("time", v.time().toString()).put("authority", v.authority())
                        .put("authoritySha256", v.authoritySha256()).put("trusted", v.trusted());
            } catch (AxisException e) {
                problems.add(TOKEN + ": " + e.getMessage());
            }
        }
        return out;
    }
}
