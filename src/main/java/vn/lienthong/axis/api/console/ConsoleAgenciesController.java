package vn.lienthong.axis.api.console;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.lienthong.axis.api.admin.AdminAgenciesController;
import vn.lienthong.axis.api.admin.AdminCertificatesController;
import vn.lienthong.axis.api.admin.AdminAgenciesController.AgencyBody;
import vn.lienthong.axis.api.admin.AdminTrustAnchorsController;
import vn.lienthong.axis.console.DirectoryViews;

/** Danh bạ: agencies (search, create, edit, suspend, certificates with days left) and trust anchors; through the admin API's services. */
@Controller
class ConsoleAgenciesController {
    private final AdminAgenciesController agencies;
    private final AdminTrustAnchorsController anchors;
    private final AdminCertificatesController certificates;
    private final DirectoryViews views;

    ConsoleAgenciesController(AdminAgenciesController agencies, AdminTrustAnchorsController anchors,
                              AdminCertificatesController certificates, DirectoryViews views) {
        this.agencies = agencies;
        this.anchors = anchors;
        this.certificates = certificates;
        this.views = views;
    }

    /** The agency form; {@code local} is a checkbox, {@code signingCertificate} one optional PEM. */
    record AgencyForm(String code, String name, String parentCode, boolean local, String mode, String endpoint,
                      String signaturePolicy, String status, String signingCertificate) {
        AgencyBody body() {
            return new AgencyBody(code, name, blank(parentCode), local, mode, blank(endpoint),
                    signingCertificate == null || signingCertificate.isBlank() ? null : List.of(signingCertificate.trim()),
                    signaturePolicy, status);
        }

        static AgencyForm of(AgencyBody b) {
            return new AgencyForm(b.code(), b.name(), b.parentCode(), Boolean.TRUE.equals(b.local()), b.mode(),
                    b.endpoint(), b.signaturePolicy(), b.status(), null);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    @GetMapping("/console/agencies")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("agencies", agencies.search(q));
        return "console/agencies";
    }

    @GetMapping("/console/agencies/{code}")
    String show(@PathVariable String code, Model model) {
        AgencyBody a = agencies.get(code);
        model.addAttribute("agency", a);
        model.addAttribute("certificates", views.certificatesOf(a.code()));
        return "console/agency";
    }

    @GetMapping("/console/agencies/new")
    String create(Model model) {
        model.addAttribute("form", new AgencyForm("", "", "", true, "pull", "", "required", "active", ""));
        model.addAttribute("creating", true);
        return "console/agency-form";
    }

    @GetMapping("/console/agencies/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", AgencyForm.of(agencies.get(code)));
        model.addAttribute("creating", false);
        return "console/agency-form";
    }

    @PostMapping("/console/agencies")
    String created(@ModelAttribute AgencyForm form, @AuthenticationPrincipal ConsolePerson person) {
        return redirectTo(agencies.create(form.body(), person.asAdmin()).getBody().code());
    }

    @PostMapping("/console/agencies/{code}")
    String updated(@PathVariable String code, @ModelAttribute AgencyForm form, @AuthenticationPrincipal ConsolePerson person) {
        return redirectTo(agencies.update(code, form.body(), person.asAdmin()).code());
    }

    @PostMapping("/console/agencies/{code}/suspend")
    String suspend(@PathVariable String code, @AuthenticationPrincipal ConsolePerson person) {
        AgencyBody a = agencies.get(code);
        agencies.update(a.code(), new AgencyBody(a.code(), a.name(), a.parentCode(), a.local(), a.mode(), a.endpoint(),
                null, a.signaturePolicy(), "suspended"), person.asAdmin());
        return redirectTo(a.code());
    }

    /** Retires a certificate at the start of the chosen day (Vietnam time); the successor stays in force. */
    @PostMapping("/console/agencies/{code}/certificates/{sha256}/retire")
    String retire(@PathVariable String code, @PathVariable String sha256,
                  @RequestParam @org.springframework.format.annotation.DateTimeFormat(
                          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate on,
                  @AuthenticationPrincipal ConsolePerson person) {
        certificates.retire(code, sha256, new AdminCertificatesController.RetireBody(
                on.atStartOfDay(vn.lienthong.axis.console.AuditQuery.VIETNAM).toOffsetDateTime()), person.asAdmin());
        return redirectTo(code);
    }

    @PostMapping("/console/agencies/{code}/certificates/{sha256}/remove")
    String removeCertificate(@PathVariable String code, @PathVariable String sha256,
                             @AuthenticationPrincipal ConsolePerson person) {
        certificates.remove(code, sha256, person.asAdmin());
        return redirectTo(code);
    }

    @PostMapping("/console/trust-anchors/{sha256}/remove")
    String removeTrustAnchor(@PathVariable String sha256, @AuthenticationPrincipal ConsolePerson person) {
        certificates.removeTrustAnchor(sha256, person.asAdmin());
        return "redirect:/console/trust-anchors";
    }

    @GetMapping("/console/trust-anchors")
    String trustAnchors(Model model) {
        model.addAttribute("anchors", anchors.list());
        return "console/trust-anchors";
    }

    private static String redirectTo(String code) {
        return "redirect:/console/agencies/" + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
