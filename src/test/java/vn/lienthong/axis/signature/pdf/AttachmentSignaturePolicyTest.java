package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class AttachmentSignaturePolicyTest {

    private static PdfSignatureResult signature(SignatureStatus status, PdfSignatureReason reason) {
        return new PdfSignatureResult("Signature1", "Sig", "ETSI.CAdES.detached", "CN=Nguyen Van A,O=UBND Tinh Mau",
                "UBND Tinh Mau", Instant.parse("2026-11-20T08:00:00Z"), "CMS_SIGNING_TIME", "SHA-256",
                List.of(0L, 10L, 20L, 30L), true, status, reason, reason == null ? "" : "because");
    }

    private static final PdfAttachmentReport VALID = PdfAttachmentReport.of("valid.pdf",
            List.of(signature(SignatureStatus.VALID, null)));
    private static final PdfAttachmentReport INVALID = PdfAttachmentReport.of("forged.pdf",
            List.of(signature(SignatureStatus.VALID, null),
                    signature(SignatureStatus.INVALID, PdfSignatureReason.MODIFIED_AFTER_SIGNING)));
    private static final PdfAttachmentReport UNDECIDED = PdfAttachmentReport.of("undecided.pdf",
            List.of(signature(SignatureStatus.INDETERMINATE, PdfSignatureReason.CHAIN_INDETERMINATE)));
    private static final PdfAttachmentReport NO_OCSP = PdfAttachmentReport.of("no-ocsp.pdf",
            List.of(signature(SignatureStatus.INDETERMINATE, PdfSignatureReason.REVOCATION_UNAVAILABLE)));
    private static final PdfAttachmentReport UNSIGNED = PdfAttachmentReport.notSigned("plain.pdf");
    private static final PdfAttachmentReport MALFORMED = PdfAttachmentReport.malformed("fake.pdf", "not a PDF");

    @Test
    void givenIfPresent_thenValidAndUnsignedPassButInvalidIsRefusedWithAttachmentAsField() {
        AttachmentSignaturePolicy policy = AttachmentSignaturePolicy.IF_PRESENT;

        assertThat(policy.decide(VALID).accepted()).isTrue();
        assertThat(policy.decide(UNSIGNED).accepted()).isTrue();
        AttachmentSignatureDecision refusal = policy.decide(INVALID);
        assertThat(refusal.accepted()).isFalse();
        assertThat(refusal.code()).isEqualTo(AxisErrorCode.ATTACHMENT_SIGNATURE_INVALID);
        assertThat(refusal.detail()).contains("forged.pdf", "MODIFIED_AFTER_SIGNING");
        assertThatThrownBy(refusal::enforce).isInstanceOfSatisfying(AxisException.class, e -> {
            assertThat(e.code()).isEqualTo(AxisErrorCode.ATTACHMENT_SIGNATURE_INVALID);
            assertThat(e.field()).isEqualTo("forged.pdf");
        });
    }

    @Test
    void givenIfPresent_thenUnreadablePdfAndIndeterminateAreRefused() {
        assertThat(AttachmentSignaturePolicy.IF_PRESENT.decide(MALFORMED).accepted()).isFalse();
        assertThat(AttachmentSignaturePolicy.IF_PRESENT.decide(UNDECIDED).code())
                .isEqualTo(AxisErrorCode.ATTACHMENT_SIGNATURE_INVALID);
    }

    @Test
    void givenRevocationUnavailable_thenRefusalIsRetryable() {
        AttachmentSignatureDecision d = AttachmentSignaturePolicy.IF_PRESENT.decide(NO_OCSP);

        assertThat(d.accepted()).isFalse();
        assertThat(d.code()).isEqualTo(AxisErrorCode.REVOCATION_UNAVAILABLE);
        assertThat(d.code().retryable()).isTrue();
    }

    @Test
    void givenRequired_thenOnlyAllValidSignaturesPass() {
        AttachmentSignaturePolicy policy = AttachmentSignaturePolicy.REQUIRED;

        assertThat(policy.decide(VALID).accepted()).isTrue();
        assertThat(policy.decide(UNSIGNED).accepted()).isFalse();
        assertThat(policy.decide(UNSIGNED).code()).isEqualTo(AxisErrorCode.ATTACHMENT_SIGNATURE_INVALID);
        assertThat(policy.decide(UNSIGNED).detail()).contains("carries no signature");
        assertThat(policy.decide(INVALID).accepted()).isFalse();
        assertThat(policy.decide(UNDECIDED).accepted()).isFalse();
        assertThat(policy.decide(MALFORMED).accepted()).isFalse();
    }

    @Test
    void givenOff_thenNothingIsInspectedOrRefused() {
        AttachmentSignaturePolicy policy = AttachmentSignaturePolicy.OFF;

        assertThat(policy.inspects()).isFalse();
        assertThat(policy.decide(null).accepted()).isTrue();
        assertThat(policy.decide(INVALID).accepted()).isTrue();
        assertThat(policy.decideAll(List.of(INVALID, MALFORMED)).accepted()).isTrue();
    }

    @Test
    void givenSeveralAttachments_thenFirstRefusalNamesItsAttachment() {
        AttachmentSignatureDecision d = AttachmentSignaturePolicy.IF_PRESENT.decideAll(List.of(VALID, UNSIGNED, INVALID,
                MALFORMED));

        assertThat(d.accepted()).isFalse();
        assertThat(d.attachmentName()).isEqualTo("forged.pdf");
        assertThat(AttachmentSignaturePolicy.IF_PRESENT.decideAll(List.of(VALID, UNSIGNED)).accepted()).isTrue();
    }

    @Test
    void givenWireNames_thenParsedCaseInsensitivelyAndDefaultIsIfPresent() {
        assertThat(AttachmentSignaturePolicy.fromWire("if-present")).isEqualTo(AttachmentSignaturePolicy.IF_PRESENT);
        assertThat(AttachmentSignaturePolicy.fromWire(" REQUIRED ")).isEqualTo(AttachmentSignaturePolicy.REQUIRED);
        assertThat(AttachmentSignaturePolicy.fromWire("off")).isEqualTo(AttachmentSignaturePolicy.OFF);
        assertThat(AttachmentSignaturePolicy.DEFAULT).isEqualTo(AttachmentSignaturePolicy.IF_PRESENT);
        assertThat(AttachmentSignaturePolicy.IF_PRESENT.wireName()).isEqualTo("if-present");
        assertThatThrownBy(() -> AttachmentSignaturePolicy.fromWire("sometimes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("if-present, required or off");
    }

    @Test
    void givenMixedSignatures_thenInvalidOutranksIndeterminateInTheAttachmentStatus() {
        PdfAttachmentReport mixed = PdfAttachmentReport.of("mixed.pdf", List.of(
                signature(SignatureStatus.INDETERMINATE, PdfSignatureReason.CHAIN_INDETERMINATE),
                signature(SignatureStatus.INVALID, PdfSignatureReason.DIGEST_MISMATCH)));

        assertThat(mixed.status()).isEqualTo(PdfAttachmentReport.Status.INVALID);
        assertThat(mixed.reason()).isEqualTo(PdfSignatureReason.DIGEST_MISMATCH);
    }
}
