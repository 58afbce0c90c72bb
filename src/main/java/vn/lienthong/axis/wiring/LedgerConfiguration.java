package vn.lienthong.axis.wiring;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.OutboundTls;
import vn.lienthong.axis.delivery.PushClient;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.DeliveryPublisher;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.Outbox;
import vn.lienthong.axis.retention.RetentionProperties;

/** Wires the ledger's plain-Java parts to the {@code axis.*} settings. */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    @Bean
    BlobStore blobStore(AxisProperties props, RetentionProperties retention) {
        return new BlobStore(props.dataDir().resolve("blobs"),
                retention.archiveDir() != null ? retention.archiveDir() : props.dataDir().resolve("archive"));
    }

    @Bean
    Outbox outbox(LedgerRepository repo, DeliveryPublisher publisher, AxisProperties props) {
        AxisProperties.Delivery d = props.delivery();
        Duration longestWait = props.broker().maxRedeliveryDelay().plus(d.pushTimeout());
        if (d.retrySweepAfter().compareTo(longestWait) <= 0) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.delivery.retry-sweep-after ("
                    + d.retrySweepAfter() + ") must exceed axis.broker.max-redelivery-delay + axis.delivery.push-timeout ("
                    + longestWait + "), or the sweep would re-publish copies whose message is still waiting",
                    "axis.delivery.retry-sweep-after");
        }
        return new Outbox(repo, publisher, d.publishAfterCommit(), d.sweepAfter(), d.retrySweepAfter(), d.sweepBatch());
    }

    @Bean
    PushClient pushClient(AxisProperties props, OutboundTls tls) {
        return new PushClient(props.delivery().pushConnectTimeout(), props.delivery().pushTimeout(),
                tls.sslContext(OutboundTls.PUSH));
    }
}
