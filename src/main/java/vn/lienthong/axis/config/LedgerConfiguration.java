package vn.lienthong.axis.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.delivery.PushClient;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.DeliveryPublisher;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.Outbox;

/** Wires the ledger's plain-Java parts to the {@code axis.*} settings. */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    @Bean
    BlobStore blobStore(AxisProperties props) {
        return new BlobStore(props.dataDir().resolve("blobs"));
    }

    @Bean
    Outbox outbox(LedgerRepository repo, DeliveryPublisher publisher, AxisProperties props) {
        AxisProperties.Delivery d = props.delivery();
        return new Outbox(repo, publisher, d.publishAfterCommit(), d.sweepAfter(), d.sweepBatch());
    }

    @Bean
    PushClient pushClient(AxisProperties props, OutboundTls tls) {
        return new PushClient(props.delivery().pushConnectTimeout(), props.delivery().pushTimeout(),
                tls.sslContext(OutboundTls.PUSH));
    }
}
