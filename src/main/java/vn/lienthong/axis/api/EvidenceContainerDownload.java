package vn.lienthong.axis.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.lienthong.axis.evidence.container.ContainerManifest;
import vn.lienthong.axis.evidence.container.EvidenceContainerWriter;
import vn.lienthong.axis.evidence.container.EvidenceContainers;

/**
 * An evidence container (ASiC-E, docs/evidence.md) as an HTTP answer, the same from every edge that gives one
 * (REST for senders and recipients, admin API and console for auditors): 200, its MIME type, an attachment named
 * {@code <axisId>.asice}, the body streamed. The container is prepared first, so refusals come before the first byte.
 */
public final class EvidenceContainerDownload {
    private EvidenceContainerDownload() {}

    public static void stream(EvidenceContainerWriter container, String axisId, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(ContainerManifest.MIMETYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(EvidenceContainers.safe(axisId) + ".asice").build().toString());
        container.write(response.getOutputStream());
    }
}
