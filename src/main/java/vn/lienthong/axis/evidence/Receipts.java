package vn.lienthong.axis.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.LedgerEvent;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.StoredPackage;
import vn.lienthong.axis.ledger.chain.ChainContent;

/**
 * Receipts signed by the axis: one acceptance receipt per package (for its sender) and one delivery
 * receipt per event with legal meaning (for the sender and that copy's recipient). Issued when first
 * asked for, from the hash-chained ledger entry of the event (checked before signing), and kept:
 * the same receipt is served again (ADR 017).
 */
public class Receipts {
    /** Events that carry legal meaning for a copy: made available, fetched, acknowledged, pushed, forwarded, revoked. */
    public static final Set<String> DELIVERY_EVENTS = Set.of("delivery-available", "fetched", "acknowledged",
            "acknowledged-failed", "delivered", "sent-upstream", "sent-peer", "upstream-accepted", "peer-accepted",
            "upstream-received", "peer-received", "delivery-revoked", "upstream-revoked", "peer-revoked");

    /** One issued delivery receipt. */
    public record Issued(long eventId, String type, String recipient, OffsetDateTime at, String xml) {}

    private final LedgerRepository repo;
    private final JdbcClient jdbc;
    private final AxisKey key;
    private final String node;
    private final ObjectMapper json;

    public Receipts(LedgerRepository repo, JdbcClient jdbc, AxisKey key, String node, ObjectMapper json) {
        this.repo = repo;
        this.jdbc = jdbc;
        this.key = key;
        this.node = node;
        this.json = json;
    }

    /** The signed acceptance receipt, for the sender only. */
    public String acceptance(String axisId, String agency) {
        StoredPackage p = repo.findPackage(axisId).filter(x -> x.from().equals(agency))
                .orElseThrow(() -> notFound(axisId, "sent by this agency"));
        LedgerEvent accepted = repo.events(axisId).stream().filter(e -> "accepted".equals(e.type())).findFirst()
                .orElseThrow(() -> notFound(axisId, "with an acceptance event"));
        return stored(accepted.id()).orElseGet(() -> {
            JsonNode report = repo.findVerificationReport(axisId).map(this::parse).orElse(null);
            String xml = key.required().sign(ReceiptDocuments.acceptance(node, p, repo.deliveries(axisId), report,
                    accepted, position(accepted.id())));
            return store(accepted, null, xml);
        });
    }

    /** Signed delivery receipts: every copy's for the sender, the recipient's own copy's for a recipient. */
    public List<Issued> deliveries(String axisId, String agency) {
        StoredPackage p = repo.findPackage(axisId).orElseThrow(() -> notFound(axisId, ""));
        List<Delivery> copies = repo.deliveries(axisId).stream()
                .filter(d -> p.from().equals(agency) || d.recipient().equals(agency)).toList();
        if (!p.from().equals(agency) && copies.isEmpty()) {
            throw notFound(axisId, "sent to or by this agency");
        }
        List<Issued> out = new ArrayList<>();
        for (LedgerEvent e : repo.events(axisId)) {
            if (e.deliveryId() == null || !DELIVERY_EVENTS.contains(e.type())) {
                continue;
            }
            Delivery d = copies.stream().filter(c -> c.id() == e.deliveryId()).findFirst().orElse(null);
            if (d == null) {
                continue;
            }
            String xml = stored(e.id()).orElseGet(() -> store(e, d, key.required().sign(
                    ReceiptDocuments.delivery(node, p, d, e, position(e.id())))));
            out.add(new Issued(e.id(), e.type(), d.recipient(), e.at(), xml));
        }
        return out;
    }

    /** The stored verification report (JSON text), for the sender and the recipients of a copy. */
    public String verificationReport(String axisId, String agency) {
        StoredPackage p = repo.findPackage(axisId).orElseThrow(() -> notFound(axisId, ""));
        boolean allowed = p.from().equals(agency) || repo.findDelivery(axisId, agency)
                .filter(d -> d.route() != DeliveryRoute.UNROUTABLE).isPresent();
        if (!allowed) {
            throw notFound(axisId, "sent to or by this agency");
        }
        String report = repo.findVerificationReport(axisId).orElseThrow(() -> new AxisException(
                AxisErrorCode.NOT_FOUND, "package " + axisId + " was accepted without a verification report (it came"
                        + " from another axis or before reports were kept)", "axisId"));
        return withFieldRules(report);
    }

    /**
     * The stored report in the shape of {@code package verify}: an accepted package broke no field rule, so
     * its {@code problems} are empty (the stored text, which the ledger chain covers, stays as it was).
     */
    private String withFieldRules(String report) {
        try {
            ObjectNode node = (ObjectNode) json.readTree(report);
            if (!node.has("problems")) {
                node.putArray("problems");
            }
            return json.writeValueAsString(node);
        } catch (IOException | ClassCastException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "the stored verification report is not a JSON object");
        }
    }


    private ReceiptDocuments.ChainPosition position(long eventId) {
        var pos = jdbc.sql("select lane, seq, entry_hash from ledger_chain where event_id = ?").param(eventId)
                .query((rs, n) -> new ReceiptDocuments.ChainPosition(rs.getInt(1), rs.getLong(2), rs.getString(3)))
                .optional().orElseThrow(() -> new AxisException(AxisErrorCode.INTERNAL_ERROR, "event " + eventId
                        + " is in no ledger chain entry; run ledger verify"));
        String prev = pos.seq() == 1 ? ChainContent.GENESIS
                : jdbc.sql("select entry_hash from ledger_chain where lane = ? and seq = ?").params(pos.lane(), pos.seq() - 1)
                        .query(String.class).optional().orElse("");
        String content = jdbc.sql(ChainContent.SELECT + " where e.id = ?").param(eventId)
                .query((rs, n) -> ChainContent.contentHash(rs, 1)).single();
        if (!ChainContent.entryHash(prev, pos.lane(), pos.seq(), content)
                .equals(pos.entryHash())) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "the ledger entry of event " + eventId
                    + " does not verify; no receipt is signed for it (run ledger verify)");
        }
        return pos;
    }

    private Optional<String> stored(long eventId) {
        return jdbc.sql("select xml from evidence_receipt where event_id = ?").param(eventId).query(String.class).optional();
    }

    private String store(LedgerEvent e, Delivery d, String xml) {
        try {
            jdbc.sql("insert into evidence_receipt (event_id, axis_id, delivery_id, recipient_code, type, issued_at, xml)"
                    + " values (?, ?, ?, ?, ?, ?, ?)").params(e.id(), e.axisId(), d == null ? null : d.id(),
                    d == null ? null : d.recipient(), e.type(), LedgerRepository.now(), xml).update();
            return xml;
        } catch (DuplicateKeyException raceWithAnotherRequest) {
            return stored(e.id()).orElse(xml);
        }
    }

    private JsonNode parse(String report) {
        try {
            return json.readTree(report);
        } catch (JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "stored verification report unreadable", null, e);
        }
    }

    private static AxisException notFound(String axisId, String what) {
        return new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId + (what.isEmpty() ? "" : " " + what),
                "axisId");
    }
}
