package vn.lienthong.axis.api.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.evidence.container.ContainerManifest;
import vn.lienthong.axis.evidence.container.EvidenceContainerWriter;
import vn.lienthong.axis.evidence.container.EvidenceContainers;

/** Auditors (the admin token, for now): a package's whole evidence container, as its sender gets it. */
@RestController
@RequestMapping("/admin/api/v1/packages")
public class AdminEvidenceController {
    private final EvidenceContainers containers;

    public AdminEvidenceController(EvidenceContainers containers) {
        this.containers = containers;
    }

    /** The ASiC-E evidence container (docs/evidence.md), streamed. */
    @GetMapping("/{axisId}/evidence")
    public void evidence(@PathVariable String axisId, HttpServletResponse response) throws IOException {
        EvidenceContainerWriter container = containers.prepareForAuditor(axisId);
        response.setContentType(ContainerManifest.MIMETYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(EvidenceContainers.safe(axisId) + ".asice").build().toString());
        container.write(response.getOutputStream());
    }
}
