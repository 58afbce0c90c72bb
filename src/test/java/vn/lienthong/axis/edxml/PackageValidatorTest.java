package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class PackageValidatorTest {
    private static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-10T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final PackageValidator validator = new PackageValidator(JUNE_2025);

    private static MessageHeader header(java.util.function.UnaryOperator<MessageHeaderBuilder> change) {
        return change.apply(new MessageHeaderBuilder(SamplePackages.header())).build();
    }

    private List<ValidationProblem> problems(MessageHeader h) {
        return validator.validate(EdxmlPackage.document(h, SamplePackages.trace(BusinessType.NEW), List.of(), List.of()));
    }

    @Test
    void givenSampleDocument_thenNoProblem() {
        assertThat(problems(SamplePackages.header())).isEmpty();
    }

    @Test
    void givenMissingFromToDocumentIdCodeSubject_thenEachIsRequired() {
        MessageHeader h = header(b -> b.from(null).to(List.of()).documentId(null).code(null).subject(" "));

        assertThat(problems(h)).extracting(ValidationProblem::field, ValidationProblem::rule).contains(
                tuple("MessageHeader/From", "required"), tuple("MessageHeader/To", "required"),
                tuple("MessageHeader/DocumentId", "required"), tuple("MessageHeader/Code", "required"),
                tuple("MessageHeader/Subject", "required"));
    }

    @Test
    void givenBadDates_thenFormatProblems() {
        MessageHeader h = header(b -> b.promulgation(new PromulgationInfo("Hà Nội", "02/06/2025")).dueDate("2025-06-16"));

        assertThat(problems(h)).extracting(ValidationProblem::field, ValidationProblem::rule).containsExactlyInAnyOrder(
                tuple("MessageHeader/PromulgationInfo/PromulgationDate", "format"), tuple("MessageHeader/DueDate", "format"));
    }

    @Test
    void givenPromulgationDateInTheFuture_thenFutureDate() {
        MessageHeader h = header(b -> b.promulgation(new PromulgationInfo("Hà Nội", "2025/06/11")));

        assertThat(problems(h)).extracting(ValidationProblem::rule).containsExactly("future-date");
    }

    @Test
    void givenDuplicateRecipients_thenDuplicate() {
        MessageHeader h = header(b -> b.to(List.of(Organization.of("000.00.00.G22", "A"), Organization.of("000.00.00.g22 ", "B"))));

        assertThat(problems(h)).extracting(ValidationProblem::field, ValidationProblem::rule)
                .containsExactly(tuple("MessageHeader/To[2]/OrganId", "duplicate"));
    }

    @Test
    void givenDocumentIdIssuedBySomeoneElse_thenMismatch() {
        MessageHeader h = header(b -> b.documentId("000.00.00.G22,2025/06/02,7816/VPCP-TTĐT"));

        assertThat(problems(h)).extracting(ValidationProblem::field, ValidationProblem::rule)
                .containsExactly(tuple("MessageHeader/DocumentId", "mismatch"));
    }

    @Test
    void givenMalformedDocumentIdAndAgencyCodes_thenFormat() {
        MessageHeader h = header(b -> b.documentId("7816/VPCP").to(List.of(Organization.of("000.00 .00.G22", "A"))));

        assertThat(problems(h)).extracting(ValidationProblem::field, ValidationProblem::rule).containsExactlyInAnyOrder(
                tuple("MessageHeader/DocumentId", "format"), tuple("MessageHeader/To[1]/OrganId", "format"));
    }

    @Test
    void givenLongFields_thenMaxLength() {
        MessageHeader h = header(b -> b.code(new DocumentCode("123456789012", "N".repeat(31))).subject("s".repeat(501)));

        assertThat(problems(h)).extracting(ValidationProblem::field, ValidationProblem::rule).containsExactlyInAnyOrder(
                tuple("MessageHeader/Code/CodeNumber", "max-length"), tuple("MessageHeader/Code/CodeNotation", "max-length"),
                tuple("MessageHeader/Subject", "max-length"));
    }

    @Test
    void givenManifestAndAttachmentsThatDoNotMatch_thenMismatchBothWays() {
        Attachment a = new Attachment("x", "a.pdf", null, "application/pdf", null, Path.of("a"), 1, "00");
        EdxmlPackage p = EdxmlPackage.document(SamplePackages.header(), SamplePackages.trace(BusinessType.NEW),
                List.of(new ManifestReference("y", "application/pdf", "a.pdf", null)), List.of(a));

        assertThat(validator.validate(p)).extracting(ValidationProblem::field, ValidationProblem::rule).containsExactlyInAnyOrder(
                tuple("AttachmentEncoded/Attachment[1]/ContentId", "mismatch"),
                tuple("edXMLManifest/Reference[1]/ContentId", "mismatch"));
    }

    @Test
    void givenRevokeWithoutResponseFor_thenRequired() {
        MessageHeader h = header(b -> b.responseFor(List.of()));
        EdxmlPackage p = EdxmlPackage.document(h, SamplePackages.trace(BusinessType.REVOKE), List.of(), List.of());

        assertThat(validator.validate(p)).extracting(ValidationProblem::field, ValidationProblem::rule)
                .containsExactly(tuple("MessageHeader/ResponseFor", "required"));
    }

    @Test
    void givenReplaceWithoutReplacementInfo_thenRequired() {
        EdxmlPackage p = EdxmlPackage.document(SamplePackages.header(), SamplePackages.trace(BusinessType.REPLACE),
                List.of(), List.of());

        assertThat(validator.validate(p)).extracting(ValidationProblem::field, ValidationProblem::rule)
                .containsExactly(tuple("TraceHeaderList/Bussiness/ReplacementInfoList", "required"));
    }

    @Test
    void givenUnknownBusinessType_thenFormat() {
        Business b = new Business(null, "7", null, "0", null, null, List.of());
        EdxmlPackage p = EdxmlPackage.document(SamplePackages.header(), new TraceHeaderList(List.of(), b), List.of(), List.of());

        assertThat(validator.validate(p)).extracting(ValidationProblem::rule).containsExactly("format");
    }

    @Test
    void givenStatusWithoutResponseForAndStatusCode_thenRequired() {
        EdxmlPackage p = EdxmlPackage.status(new StatusMessage(Organization.of("000.00.00.G22", null), null, null, null, null, null));

        assertThat(validator.validate(p)).extracting(ValidationProblem::field, ValidationProblem::rule).containsExactly(
                tuple("MessageHeader/ResponseFor", "required"), tuple("MessageHeader/StatusCode", "required"));
    }

    @Test
    void givenStatusWithoutResponseForDocumentId_thenRequired() {
        StatusMessage s = SamplePackages.status("03").status();
        EdxmlPackage p = EdxmlPackage.status(new StatusMessage(s.from(), new ResponseFor("000.00.00.H99", "1/A", null, null),
                null, s.statusCode(), null, null));

        assertThat(validator.validate(p)).extracting(ValidationProblem::field, ValidationProblem::rule)
                .containsExactly(tuple("MessageHeader/ResponseFor/DocumentId", "required"));
    }

    @Test
    void givenUnknownTwoDigitStatusCode_thenValid() {
        assertThat(validator.validate(SamplePackages.status("07"))).isEmpty();
        assertThat(validator.validate(SamplePackages.status("999"))).extracting(ValidationProblem::rule).containsExactly("format");
    }

    @Test
    void givenManyBrokenRules_thenAllProblemsAreReturnedAtOnce() {
        MessageHeader h = header(b -> b.from(Organization.of("bad code", null)).documentId("x").subject(null)
                .code(new DocumentCode(null, "N")).dueDate("tomorrow"));

        List<ValidationProblem> found = problems(h);

        assertThat(found).extracting(ValidationProblem::field).containsExactlyInAnyOrder("MessageHeader/From/OrganId",
                "MessageHeader/DocumentId", "MessageHeader/Code/CodeNumber", "MessageHeader/Subject", "MessageHeader/DueDate");
    }

    @Test
    void givenProblems_whenRequireValid_thenValidationFailedNamesThemAll() {
        MessageHeader h = header(b -> b.subject(null).dueDate("x"));
        EdxmlPackage p = EdxmlPackage.document(h, null, List.of(), List.of());

        assertThatThrownBy(() -> validator.requireValid(p)).isInstanceOfSatisfying(AxisException.class, e -> {
            assertThat(e.code()).isEqualTo(AxisErrorCode.VALIDATION_FAILED);
            assertThat(e.field()).isEqualTo("MessageHeader/Subject");
            assertThat(e.detail()).contains("MessageHeader/Subject: required", "MessageHeader/DueDate: format");
        });
    }

    /** Changes one field of a header at a time. */
    record MessageHeaderBuilder(MessageHeader h) {
        MessageHeaderBuilder from(Organization v) {
            return new MessageHeaderBuilder(new MessageHeader(v, h.to(), h.documentId(), h.code(), h.promulgationInfo(),
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder to(List<Organization> v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), v, h.documentId(), h.code(), h.promulgationInfo(),
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder documentId(String v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), h.to(), v, h.code(), h.promulgationInfo(),
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder code(DocumentCode v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), h.to(), h.documentId(), v, h.promulgationInfo(),
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder promulgation(PromulgationInfo v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), h.to(), h.documentId(), h.code(), v,
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder subject(String v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), h.to(), h.documentId(), h.code(), h.promulgationInfo(),
                    h.documentType(), v, h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder dueDate(String v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), h.to(), h.documentId(), h.code(), h.promulgationInfo(),
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), v, h.toPlaces(), h.otherInfo(),
                    h.responseFor(), h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeaderBuilder responseFor(List<ResponseFor> v) {
            return new MessageHeaderBuilder(new MessageHeader(h.from(), h.to(), h.documentId(), h.code(), h.promulgationInfo(),
                    h.documentType(), h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(),
                    v, h.steeringType(), h.responseForTask(), h.applicationType()));
        }

        MessageHeader build() {
            return h;
        }
    }
}
