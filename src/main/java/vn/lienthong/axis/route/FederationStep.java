package vn.lienthong.axis.route;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.federation.upstream.DirectorySync;
import vn.lienthong.axis.federation.upstream.RemoteTracker;
import vn.lienthong.axis.federation.upstream.UpstreamForwarder;
import vn.lienthong.axis.federation.upstream.UpstreamPoller;

/** Adapts the federation routes to the upstream connector: forward, poll, track sent copies, sync the directory. */
@Component
public class FederationStep {
    private final UpstreamForwarder forwarder;
    private final UpstreamPoller poller;
    private final DirectorySync directorySync;
    private final RemoteTracker tracker;

    public FederationStep(UpstreamForwarder forwarder, UpstreamPoller poller, DirectorySync directorySync,
                          RemoteTracker tracker) {
        this.tracker = tracker;
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

    public void track(Exchange exchange) {
        exchange.getMessage().setBody(tracker.track());
    }

    public void syncDirectory(Exchange exchange) {
        exchange.getMessage().setBody(directorySync.sync().toString());
    }
}
