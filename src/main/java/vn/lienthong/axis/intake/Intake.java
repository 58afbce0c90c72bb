package vn.lienthong.axis.intake;

import java.io.InputStream;
import java.util.Set;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.ledger.Receipt;

/**
 * Tiếp nhận: what every edge (REST, SOAP, VXP, the upstream poller) calls with a package it
 * received. The implementation runs the intake route ({@code routes/edge-to-ledger.camel.yaml});
 * refusals are {@link vn.lienthong.axis.error.AxisException}s with the catalogue's code.
 */
public interface Intake {

    /** Runs one submission through the intake route. */
    Receipt submit(Submission submission);

    /**
     * @param contentLength the declared length, or -1
     * @param api           the edge: rest, soap, vxp
     */
    default Receipt submit(InputStream body, long contentLength, ActingClient client, String api) {
        return submit(new Submission(body, contentLength, client, api, false));
    }

    /**
     * A package polled from the national axis or sent by a peer axis, acting for remote agencies:
     * the sender may be any agency that is not local here (a local agency only speaks for itself
     * through its own client), and only local agencies receive copies.
     *
     * @param remote the other axis, e.g. {@code upstream} or {@code peer:hanoi}
     */
    default Receipt submitFromOtherAxis(InputStream body, long contentLength, String remote, String api) {
        return submit(new Submission(body, contentLength, new ActingClient(remote, remote, Set.of(), null), api,
                true));
    }
}
