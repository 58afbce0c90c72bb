package vn.lienthong.axis.route;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.federation.upstream.DirectorySync;
import vn.lienthong.axis.federation.upstream.UpstreamForwarder;
import vn.lienthong.axis.federation.upstream.UpstreamPoller;

/** Adapts the federation routes to the upstream connector: forward a copy, poll, sync the directory. */
@Component
public class FederationStep {
    private final UpstreamForwarder forwarder;
    private final UpstreamPoller poller;
    private final DirectorySync directorySync;

    public FederationStep(UpstreamForwarder forwarder, UpstreamPoller poller, DirectorySync directorySync) {
        this.forwarder = forwarder;
        this.poller = poller;
        this.directorySync = directorySync;
    }

    public void forward(Exchange exchange) {
        forwarder.forward(exchange.getMessage().getHeader("AxisDeliveryId", Long.class));
    }

    public void poll(Exchange exchange) {
        exchange.getMessage().setBody(poller.poll());
    }

    public void syncDirectory(Exchange exchange) {
        exchange.getMessage().setBody(directorySync.sync().toString());
    }
}
