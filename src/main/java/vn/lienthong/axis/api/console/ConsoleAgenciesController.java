package vn.lienthong.axis.api.console;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.lienthong.axis.console.AuditQuery;
import vn.lienthong.axis.console.DirectoryViews;
import vn.lienthong.axis.directory.AgencyAdministration;
import vn.lienthong.axis.directory.AgencyAdministration.Entry;
import vn.lienthong.axis.directory.TrustAnchorAdministration;

/**
 * Danh bạ: agencies (search, create, edit, suspend, certificates with days left) and trust anchors. Changes are
 * {@link AgencyAdministration}'s and {@link TrustAnchorAdministration}'s, the same as the admin API's (checks, audit).
 */
@Controller
class ConsoleAgenciesController {
    private final AgencyAdministration agencies;
    private final TrustAnchorAdministration anchors;
    private final DirectoryViews views;

    ConsoleAgenciesController(AgencyAdministration agencies, TrustAnchorAdministration anchors, DirectoryViews views) {
        this.agencies = agencies;
        this.anchors = anchors;
        this.views = views;
    }

    /** The agency form; {@code local} is a checkbox, {@code signingCertificate} one optional PEM. */
    record AgencyForm(String code, String name, String parentCode, boolean local, String mode, String endpoint,
                      String signaturePolicy, String status, String signingCertificate) {
        Entry entry() {
            return new Entry(code, name, blank(parentCode), local, mode, blank(endpoint),
                    signingCertificate == null || signingCertificate.isBlank() ? null : List.of(signingCertificate.trim()),
                    signaturePolicy, status);
        }

        static AgencyForm of(Entry e) {
            return new AgencyForm(e.code(), e.name(), e.parentCode(), Boolean.TRUE.equals(e.local()), e.mode(),
                    e.endpoint(), e.signaturePolicy(), e.status(), null);
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
        Entry a = agencies.get(code);
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
        return redirectTo(agencies.create(form.entry(), person.actor()).code());
    }

    @PostMapping("/console/agencies/{code}")
    String updated(@PathVariable String code, @ModelAttribute AgencyForm form, @AuthenticationPrincipal ConsolePerson person) {
        return redirectTo(agencies.update(code, form.entry(), person.actor()).code());
    }

    @PostMapping("/console/agencies/{code}/suspend")
    String suspend(@PathVariable String code, @AuthenticationPrincipal ConsolePerson person) {
        return redirectTo(agencies.suspend(code, person.actor()).code());
    }

    /** Retires a certificate at the start of the chosen day (Vietnam time); the successor stays in force. */
    @PostMapping("/console/agencies/{code}/certificates/{sha256}/retire")
    String retire(@PathVariable String code, @PathVariable String sha256,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @AuthenticationPrincipal ConsolePerson person) {
        agencies.retireCertificate(code, sha256, on.atStartOfDay(AuditQuery.VIETNAM).toOffsetDateTime(), person.actor());
        return redirectTo(code);
    }

    @PostMapping("/console/agencies/{code}/certificates/{sha256}/remove")
    String removeCertificate(@PathVariable String code, @PathVariable String sha256,
                             @AuthenticationPrincipal ConsolePerson person) {
        agencies.removeCertificate(code, sha256, person.actor());
        return redirectTo(code);
    }

    @PostMapping("/console/trust-anchors/{sha256}/remove")
    String removeTrustAnchor(@PathVariable String sha256, @AuthenticationPrincipal ConsolePerson person) {
        anchors.remove(sha256, person.actor());
        return "redirect:/console/trust-anchors";
    }

    @GetMapping("/console/trust-anchors")
    String trustAnchors(Model model) {
        model.addAttribute("anchors", anchors.list());
        return "console/trust-anchors";
    }

    private static String redirectTo(String code) {
        return "redirect:/console/agencies/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }
}
