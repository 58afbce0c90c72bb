package vn.lienthong.axis.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Per-client limits, one token bucket and one in-flight-bytes counter per client key
 * ({@code client:<clientId>}, {@code vxp:<systemId>}, {@code admin}). Each client has its own
 * budget, so a noisy client is refused (RATE_LIMITED, 429 + Retry-After) while the others go on.
 */
@Service
public class ClientRateLimiter {
    private final RateLimitProperties defaults;
    private final ClientLimitOverrides overrides;
    private final Map<String, ClientState> clients = new ConcurrentHashMap<>();
    private final Counter limitedRequests;
    private final Counter limitedBytes;

    public ClientRateLimiter(RateLimitProperties defaults, ClientLimitOverrides overrides, MeterRegistry registry) {
        this.defaults = defaults;
        this.overrides = overrides;
        this.limitedRequests = counter(registry, "requests");
        this.limitedBytes = counter(registry, "in-flight-bytes");
    }

    /** The limit in force for a client: its override, else {@code axis.limits.rate.*}. */
    public ClientLimit limitOf(String clientKey) {
        return overrides.find(clientKey).orElseGet(defaults::defaults);
    }

    /**
     * Takes one request from the client's budget.
     *
     * @throws RateLimitedException when the budget is spent, with the wait until the next request fits
     */
    public void acquire(String clientKey) {
        ConsumptionProbe probe = state(clientKey).bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            limitedRequests.increment();
            throw new RateLimitedException("this client sends more than its limit of "
                    + state(clientKey).limit.requestsPerSecond() + " requests per second",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * Opens an account of request-body bytes in transit for one request; close it when the request ends.
     * A declared length is reserved at once, so an oversized request is refused before it is read. A body
     * larger than the client's whole in-flight limit can never pass: TOO_LARGE (413), not RATE_LIMITED.
     */
    public BodyBytes openBody(String clientKey, long declaredLength) {
        BodyBytes body = new BodyBytes(state(clientKey));
        if (declaredLength > 0) {
            body.declared = true;
            body.add(declaredLength);
        }
        return body;
    }

    private ClientState state(String clientKey) {
        ClientLimit limit = limitOf(clientKey);
        return clients.compute(clientKey, (k, s) -> s != null && s.limit.equals(limit) ? s
                : new ClientState(limit, s == null ? new AtomicLong() : s.inFlight));
    }

    private static Counter counter(MeterRegistry registry, String limit) {
        return Counter.builder("axis.requests.rate.limited").description("Requests refused with RATE_LIMITED, by limit")
                .tag("limit", limit).register(registry);
    }

    private record ClientState(ClientLimit limit, Bucket bucket, AtomicLong inFlight) {
        ClientState(ClientLimit limit, AtomicLong inFlight) {
            this(limit, Bucket.builder().addLimit(l -> l.capacity(limit.burst())
                    .refillGreedy(1, Duration.ofNanos(Math.max(1, (long) (1e9 / limit.requestsPerSecond())))))
                    .build(), inFlight);
        }
    }

    /** The body bytes of one request, counted against its client's in-flight limit until closed. */
    public final class BodyBytes implements AutoCloseable {
        private final ClientState client;
        private long counted;
        private boolean declared;

        private BodyBytes(ClientState client) {
            this.client = client;
        }

        /** Counts bytes read (ignored when the length was declared and reserved up front). */
        public void read(long n) {
            if (!declared) {
                add(n);
            }
        }

        private void add(long n) {
            long max = client.limit.maxInFlightBytes();
            if (counted + n > max) {
                close();
                throw new AxisException(AxisErrorCode.TOO_LARGE, (declared ? "" : "more than ") + (counted + n)
                        + " request bytes; this client may have at most " + max + " in transit (its in-flight"
                        + " bytes limit), so this request can never be accepted", declared ? "Content-Length" : "body");
            }
            long now = client.inFlight.addAndGet(n);
            counted += n;
            if (now > max) {
                close();
                limitedBytes.increment();
                throw new RateLimitedException("this client has more than its limit of "
                        + client.limit.maxInFlightBytes() + " request bytes in transit", Duration.ofSeconds(5));
            }
        }

        @Override
        public void close() {
            client.inFlight.addAndGet(-counted);
            counted = 0;
        }
    }
}
