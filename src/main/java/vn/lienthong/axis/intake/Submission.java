package vn.lienthong.axis.intake;

import java.io.InputStream;
import vn.lienthong.axis.directory.ActingClient;

/**
 * What an edge hands to the intake route: the request body (read once, streaming, into the spool),
 * its declared length (-1 if unknown), the authenticated client, the edge ({@code rest}, {@code soap},
 * {@code vxp}, {@code upstream}, ...) and whether the client is another axis acting for remote agencies.
 */
public record Submission(InputStream body, long contentLength, ActingClient client, String api,
                         boolean fromOtherAxis) {}
