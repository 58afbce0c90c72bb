package vn.lienthong.axis.duties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;

/**
 * The daily duty summary: once a calendar day, after {@code axis.duties.summary.at}, the duty report of the
 * last {@code window} is POSTed as JSON to the operator's webhook. A day counts as sent only when the
 * webhook answered 2xx (table {@code duty_summary_sent}); until then every check tries again.
 */
@Component
public class DutySummary {
    private static final Logger log = LoggerFactory.getLogger(DutySummary.class);
    private final DutyService duties;
    private final DutySummaryProperties props;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final String node;
    private final HttpClient http;

    public DutySummary(DutyService duties, DutySummaryProperties props, JdbcClient jdbc, ObjectMapper json,
                       MeterRegistry meters, AxisProperties axis) {
        this.duties = duties;
        this.props = props;
        this.jdbc = jdbc;
        this.json = json;
        this.meters = meters;
        this.node = axis.nodeId();
        this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
    }

    public DutySummaryProperties properties() {
        return props;
    }

    /** Sends today's summary if it is due and not yet sent; true when it was sent now. */
    public boolean sendIfDue() {
        if (!props.enabled()) {
            return false;
        }
        Instant now = duties.now();
        ZonedDateTime local = now.atZone(duties.calendar().zone());
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(props.at()) || sent(day)) {
            return false;
        }
        DutyReport report = duties.report(now.minus(props.window()), now, null);
        int status = post(body(day, report));
        boolean ok = status >= 200 && status < 300;
        meters.counter("axis.duties.summary", "outcome", ok ? "sent" : "failed").increment();
        if (ok) {
            jdbc.sql("insert into duty_summary_sent (summary_day, sent_at, node_id, http_status) values (?, ?, ?, ?)")
                    .params(day, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), node, status).update();
            log.info("Duty summary of {} sent to {} ({})", day, props.webhookUrl(), status);
        }
        return ok;
    }

    private boolean sent(LocalDate day) {
        return jdbc.sql("select count(*) from duty_summary_sent where summary_day = ?").param(day)
                .query(Long.class).single() > 0;
    }

    /** The report's tallies in full; the open and late items up to {@code maxItems} each. */
    ObjectNode body(LocalDate day, DutyReport r) {
        ObjectNode out = json.createObjectNode().put("kind", "axis-duty-summary").put("axis", node)
                .put("day", day.toString()).put("zone", r.zone()).put("from", r.from().toString())
                .put("to", r.to().toString()).put("asOf", r.asOf().toString());
        out.set("overall", json.valueToTree(r.overall()));
        out.set("agencies", json.valueToTree(r.agencies()));
        out.put("openCount", r.open().size()).put("lateCount", r.late().size());
        out.set("open", json.valueToTree(r.open().stream().limit(props.maxItems()).toList()));
        out.set("late", json.valueToTree(r.late().stream().limit(props.maxItems()).toList()));
        return out;
    }

    /** The webhook's HTTP status, or -1 when it could not be reached. */
    private int post(ObjectNode body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(props.webhookUrl()).timeout(props.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            if (props.webhookToken() != null && !props.webhookToken().isBlank()) {
                request.header("Authorization", "Bearer " + props.webhookToken());
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                log.warn("Duty summary webhook {} answered {}; will try again", props.webhookUrl(), status);
            }
            return status;
        } catch (IOException e) {
            log.warn("Duty summary webhook {} not reachable ({}); will try again", props.webhookUrl(), e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
