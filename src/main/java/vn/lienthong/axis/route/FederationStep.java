package vn.lienthong.axis.route;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.FederationProperties;
import vn.lienthong.axis.federation.upstream.DirectorySync;
import vn.lienthong.axis.federation.upstream.RemoteTracker;
import vn.lienthong.axis.federation.upstream.UpstreamForwarder;
import vn.lienthong.axis.federation.upstream.UpstreamPoller;
import vn.lienthong.axis.jobs.SingletonJobs;

/** Adapts the federation routes to the upstream connector: forward, poll, track sent copies, sync the directory. */
@Component
public class FederationStep {
    private final UpstreamForwarder forwarder;
    private final UpstreamPoller poller;
    private final DirectorySync directorySync;
    private final RemoteTracker tracker;
    private final SingletonJobs jobs;
    private final FederationProperties.Upstream upstream;

    public FederationStep(UpstreamForwarder forwarder, UpstreamPoller poller, DirectorySync directorySync,
                          RemoteTracker tracker, SingletonJobs jobs, FederationProperties props) {
        this.tracker = tracker;
        this.jobs = jobs;
        this.upstream = props.upstream();
        this.forwarder = forwarder;
        this.poller = poller;
        this.directorySync = directorySync;
    }

    public void forward(Exchange exchange) {
        DispatchStep.delivered(exchange, forwarder.forward(DispatchStep.id(exchange)).stream().toList());
    }

    /** The periodic jobs below run on the one node holding their lock (ADR 015); elsewhere they do nothing. */
    public void poll(Exchange exchange) {
        exchange.getMessage().setBody(jobs.runOnce(SingletonJobs.UPSTREAM_POLL, upstream.pollInterval(), poller::poll, 0));
    }

    public void track(Exchange exchange) {
        exchange.getMessage().setBody(jobs.runOnce(SingletonJobs.REMOTE_TRACKING, upstream.trackInterval(),
                tracker::track, 0));
    }

    public void syncDirectory(Exchange exchange) {
        exchange.getMessage().setBody(jobs.runOnce(SingletonJobs.DIRECTORY_SYNC, upstream.directorySyncInterval(),
                () -> directorySync.sync().toString(), "skipped: another node syncs the directory"));
    }
}
