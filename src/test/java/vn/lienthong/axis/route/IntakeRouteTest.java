package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.InspectedPackage;
import vn.lienthong.axis.intake.IntakeStages;
import vn.lienthong.axis.intake.SpooledPackage;
import vn.lienthong.axis.intake.Submission;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.Ledger;
import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.ledger.Receipt;

/** routes/edge-to-ledger.camel.yaml on its own: the stages in order, refusals, failures, extension steps. */
class IntakeRouteTest {
    private static final String INTAKE = "file:routes/edge-to-ledger.camel.yaml";
    private static final String POLICY = "file:routes/axis-error-policy.camel.yaml";
    private static final String AFTER_DELIVERY = "file:routes/delivered-copies-to-after-delivery.camel.yaml";
    private static final String SCAN = "file:src/test/resources/routes-extra/intake-after-verification-to-attachment-scan.camel.yaml";
    @TempDir
    Path spoolDir;
    private final List<String> ran = new ArrayList<>();
    private RuntimeException failIn;
    private String failStage = "";
    private RouteSlice slice;
    private List<Delivery> availableAtAcceptance = List.of();

    @AfterEach
    void close() {
        if (slice != null) {
            slice.close();
        }
    }

    @Test
    void givenAValidPackage_thenEveryStageRunsOnceInOrderAndTheReceiptIsTheAnswer() throws Exception {
        slice = slice(Map.of()).advise("edge-to-ledger", a -> a.weaveById("record-in-ledger").before()
                .to("mock:verified")).start();
        MockEndpoint verified = slice.context.getEndpoint("mock:verified", MockEndpoint.class);
        verified.expectedMessageCount(1);
        verified.message(0).body().isInstanceOf(InspectedPackage.class);

        Exchange done = submit("a package");

        verified.assertIsSatisfied();
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody()).isInstanceOf(Receipt.class);
        assertThat(ran).containsExactly("spool", "parse", "authorise", "verify", "record", "publish", "discard");
    }

    @Test
    void givenASignatureRefusal_thenNothingIsRecordedAndTheRefusalIsTheAnswer() throws Exception {
        failStage = "verify";
        failIn = new AxisException(AxisErrorCode.SIGNATURE_INVALID, "the digest does not match", "Signature");
        slice = slice(Map.of()).start();
        NotifyBuilder oneDone = new NotifyBuilder(slice.context).fromRoute("edge-to-ledger").whenDone(1).create();

        Exchange done = submit("a tampered package");

        assertThat(oneDone.matchesWaitTime()).isTrue();
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody()).isSameAs(failIn);
        assertThat(ran).containsExactly("spool", "parse", "authorise", "verify", "refused", "discard");
    }

    @Test
    void givenTheDatabaseDown_thenTheExchangeFailsWith503AndTheSpoolIsDiscarded() throws Exception {
        failStage = "record";
        failIn = new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the ledger database is unavailable");
        slice = slice(Map.of()).start();

        Exchange done = submit("a package");

        assertThat(done.getException()).isSameAs(failIn);
        assertThat(ran).containsExactly("spool", "parse", "authorise", "verify", "record", "refused", "discard");
    }

    @Test
    void givenAnExtraStepFromAnotherRoutesFolder_thenItRunsBetweenVerificationAndRecordingAndMayRefuse()
            throws Exception {
        slice = slice(Map.of("axis.intake.after-verification", "direct:attachment-scan"), SCAN).start();

        Exchange clean = submit("a clean package");
        assertThat(clean.getMessage().getBody()).isInstanceOf(Receipt.class);
        ran.clear();

        Exchange infected = submit("a package with " + AttachmentScanStep.EICAR + " inside");
        AxisException refusal = infected.getMessage().getBody(AxisException.class);
        assertThat(refusal.code()).isEqualTo(AxisErrorCode.VALIDATION_FAILED);
        assertThat(refusal.field()).isEqualTo("AttachmentEncoded");
        assertThat(ran).containsExactly("spool", "parse", "authorise", "verify", "refused", "discard");
    }

    @Test
    void givenLocalPullCopiesAvailableAtAcceptance_thenTheAfterDeliveryStepRunsOncePerCopyAndCannotUndoTheAnswer()
            throws Exception {
        availableAtAcceptance = List.of(pullCopy(1, "000.00.00.H01"), pullCopy(2, "000.00.00.H02"));
        slice = slice(Map.of("axis.intake.after-delivery", "mock:after-delivery,direct:refuse")).advise(
                "edge-to-ledger", a -> a.weaveAddLast().to("mock:answered")).start();
        slice.context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:refuse").throwException(new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                        "the records archive is down"));
            }
        });
        MockEndpoint afterDelivery = slice.context.getEndpoint("mock:after-delivery", MockEndpoint.class);
        afterDelivery.expectedBodiesReceived(availableAtAcceptance.toArray());

        Exchange done = submit("a package for two mailboxes");

        afterDelivery.assertIsSatisfied();
        assertThat(done.getException()).as("a failing after-delivery step is logged, the package stays accepted")
                .isNull();
        assertThat(done.getMessage().getBody()).isInstanceOf(Receipt.class);
        assertThat(ran).containsExactly("spool", "parse", "authorise", "verify", "record", "publish", "discard");
    }

    @Test
    void givenNoAfterDeliveryStep_thenAvailableCopiesGoNowhereElse() throws Exception {
        availableAtAcceptance = List.of(pullCopy(1, "000.00.00.H01"));
        slice = slice(Map.of()).advise("delivered-copies-to-after-delivery", a -> a.weaveById("each-delivered-copy")
                .before().to("mock:split")).start();
        MockEndpoint split = slice.context.getEndpoint("mock:split", MockEndpoint.class);
        split.expectedMessageCount(0);

        Exchange done = submit("a package");

        assertThat(done.getMessage().getBody()).isInstanceOf(Receipt.class);
        split.assertIsSatisfied();
    }

    private static Delivery pullCopy(long id, String recipient) {
        return new Delivery(id, "axis-1", recipient, DeliveryRoute.LOCAL_PULL, DeliveryState.AVAILABLE, 0, 1, null,
                null, null, null, null, null);
    }

    private RouteSlice slice(Map<String, String> properties, String... extra) throws Exception {
        List<String> files = new ArrayList<>(List.of(POLICY, INTAKE, AFTER_DELIVERY));
        files.addAll(List.of(extra));
        Map<String, String> props = new java.util.HashMap<>(Map.of("axis.intake.after-verification", "",
                "axis.intake.after-recording", "", "axis.intake.after-delivery", ""));
        props.putAll(properties);
        return new RouteSlice(Map.of("intakeStep", new IntakeStep(new RecordingStages()),
                "attachmentScan", new AttachmentScanStep(), "dispatchStep", new DispatchStep(null)), props, files.toArray(String[]::new));
    }

    private Exchange submit(String content) {
        Submission s = new Submission(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), -1,
                new ActingClient("client-a", "Client A", Set.of("000.00.00.H99"), null), "rest", false);
        return slice.context.createProducerTemplate().send(IntakeGateway.ENDPOINT, ExchangePattern.InOut,
                e -> e.getMessage().setBody(s));
    }

    /** Stages that record their order and fail where the test says; the spool is a real file. */
    private class RecordingStages extends IntakeStages {
        RecordingStages() {
            super(null, null, null, null, null, null);
        }

        private void stage(String name) {
            ran.add(name);
            if (name.equals(failStage)) {
                throw failIn;
            }
        }

        @Override
        public SpooledPackage spool(Submission s) {
            stage("spool");
            try {
                Path file = Files.createTempFile(spoolDir, "spool", ".edxml");
                Files.write(file, s.body().readAllBytes());
                return new SpooledPackage(file, "00", Files.size(file));
            } catch (IOException e) {
                throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, e.toString());
            }
        }

        @Override
        public EdxmlPackage parseAndValidate(SpooledPackage spooled) {
            stage("parse");
            return null;
        }

        @Override
        public void authorise(EdxmlPackage header, Submission s) {
            stage("authorise");
        }

        @Override
        public InspectedPackage verify(SpooledPackage spooled, EdxmlPackage header) {
            stage("verify");
            return new InspectedPackage(PackageFacts.status("000.00.00.H99", "03", "000.00.00.H99,2026/1", "X",
                    spooled.sha256(), spooled.size()), null);
        }

        @Override
        public void verificationTook(boolean valid, long startNanos) {}

        @Override
        public Ledger.Accepted record(InspectedPackage inspected, SpooledPackage spooled, Submission s) {
            stage("record");
            return new Ledger.Accepted(new Receipt("axis-1", "status", null, null, "03", "00", 1,
                    OffsetDateTime.now(), false, List.of()), List.of(), availableAtAcceptance);
        }

        @Override
        public Receipt publish(Ledger.Accepted accepted, Submission s, String kind) {
            stage("publish");
            return accepted.receipt();
        }

        @Override
        public void refused(AxisException e, Submission s, SpooledPackage spooled, String kind) {
            ran.add("refused");
        }

        @Override
        public void discard(SpooledPackage spooled) {
            ran.add("discard");
        }
    }
}
