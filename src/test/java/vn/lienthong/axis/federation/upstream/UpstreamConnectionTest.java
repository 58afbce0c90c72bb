package vn.lienthong.axis.federation.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.federation.vxp.VxpClient;

/** The national axis connection as the console shows it: off, unknown, connected, failing with the last error. */
class UpstreamConnectionTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void givenNoUpstreamConfigured_thenOffWhateverIsReported() {
        UpstreamConnection c = new UpstreamConnection(new RemoteAxes(Map.of()), clock);
        c.reached();
        assertThat(c.status().state()).isEqualTo(UpstreamConnection.State.OFF);
    }

    @Test
    void givenAnUpstream_thenUnknownThenConnectedThenFailingWithTheErrorAndTheLastSuccessKept() {
        VxpClient client = new VxpClient(new VxpClient.Endpoint(URI.create("http://127.0.0.1:9/"), "axis.h99", "s",
                Duration.ofSeconds(1)), HttpClient.newHttpClient(), clock);
        UpstreamConnection c = new UpstreamConnection(new RemoteAxes(Map.of(RouteRule.UPSTREAM, client)), clock);
        assertThat(c.status().state()).isEqualTo(UpstreamConnection.State.UNKNOWN);
        c.reached();
        assertThat(c.status().state()).isEqualTo(UpstreamConnection.State.CONNECTED);
        c.failed("connection refused");
        UpstreamConnection.Status s = c.status();
        assertThat(s.state()).isEqualTo(UpstreamConnection.State.FAILING);
        assertThat(s.lastError()).isEqualTo("connection refused");
        assertThat(s.lastSuccess()).isEqualTo(s.lastFailure()).isNotNull();
        c.reached();
        assertThat(c.status().state()).isEqualTo(UpstreamConnection.State.CONNECTED);
    }
}
