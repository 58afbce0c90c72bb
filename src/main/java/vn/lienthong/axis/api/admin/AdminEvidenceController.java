package vn.lienthong.axis.api.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.api.EvidenceContainerDownload;
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
        EvidenceContainerDownload.stream(containers.prepareForAuditor(axisId), axisId, response);
    }
}
