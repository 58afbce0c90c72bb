package vn.lienthong.axis.route;

import org.apache.camel.Exchange;
import org.apache.camel.util.ObjectHelper;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.InspectedPackage;
import vn.lienthong.axis.intake.IntakeStages;
import vn.lienthong.axis.intake.SpooledPackage;
import vn.lienthong.axis.intake.Submission;
import vn.lienthong.axis.ledger.Ledger;

/**
 * Adapts the intake route's steps to {@link IntakeStages}. The body carries what the last step made:
 * {@link Submission} → {@link SpooledPackage} → {@link EdxmlPackage} (header) → {@link InspectedPackage}
 * → {@link Ledger.Accepted} → {@link vn.lienthong.axis.ledger.Receipt}; a client refusal ends as the
 * {@link AxisException} itself. The submission and the spooled package stay in exchange properties.
 */
@Component
public class IntakeStep {
    private final IntakeStages stages;

    public IntakeStep(IntakeStages stages) {
        this.stages = stages;
    }

    public void spool(Exchange exchange) {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        exchange.setProperty(AxisHeaders.SUBMISSION, submission);
        SpooledPackage spooled = stages.spool(submission);
        exchange.setProperty(AxisHeaders.SPOOLED, spooled);
        exchange.getMessage().setBody(spooled);
    }

    public void parseAndValidate(Exchange exchange) {
        exchange.setProperty(AxisHeaders.VERIFICATION_STARTED, System.nanoTime());
        exchange.getMessage().setBody(stages.parseAndValidate(spooled(exchange)));
    }

    public void authorise(Exchange exchange) {
        stages.authorise(exchange.getMessage().getBody(EdxmlPackage.class), submission(exchange));
    }

    public void verify(Exchange exchange) {
        InspectedPackage inspected = stages.verify(spooled(exchange), exchange.getMessage().getBody(EdxmlPackage.class));
        stages.verificationTook(true, exchange.removeProperty(AxisHeaders.VERIFICATION_STARTED) instanceof Long t
                ? t : System.nanoTime());
        exchange.setProperty(AxisHeaders.PACKAGE_KIND, inspected.facts().kind().wireName());
        exchange.getMessage().setBody(inspected);
    }

    public void record(Exchange exchange) {
        exchange.getMessage().setBody(stages.record(exchange.getMessage().getBody(InspectedPackage.class),
                spooled(exchange), submission(exchange)));
    }

    /** Publishes the queued copies; the ones already AVAILABLE go to the after-delivery steps (AxisDelivered). */
    public void publish(Exchange exchange) {
        Ledger.Accepted accepted = exchange.getMessage().getBody(Ledger.Accepted.class);
        DispatchStep.delivered(exchange, accepted.available());
        exchange.getMessage().setBody(stages.publish(accepted, submission(exchange),
                exchange.getProperty(AxisHeaders.PACKAGE_KIND, String.class)));
    }

    /**
     * A refusal caught by the route: counted and audited. A client's refusal (4xx) becomes the body,
     * the route's normal end; the axis's own failures (5xx: storage, revocation, database) are thrown
     * again so that the route counts them as failed exchanges.
     */
    public void refused(Exchange exchange) {
        // a step behind a recipient list (an extension) arrives wrapped: the refusal is its cause
        AxisException e = ObjectHelper.getException(AxisException.class,
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        if (exchange.getProperty(AxisHeaders.VERIFICATION_STARTED) instanceof Long started) {
            stages.verificationTook(false, started);
        }
        stages.refused(e, submission(exchange), spooled(exchange), exchange.getProperty(AxisHeaders.PACKAGE_KIND,
                String.class));
        if (e.code().httpStatus() >= 500) {
            throw e;
        }
        exchange.getMessage().setBody(e);
    }

    public void discardSpool(Exchange exchange) {
        stages.discard(spooled(exchange));
    }

    private static SpooledPackage spooled(Exchange exchange) {
        return exchange.getProperty(AxisHeaders.SPOOLED, SpooledPackage.class);
    }

    private static Submission submission(Exchange exchange) {
        Submission s = exchange.getProperty(AxisHeaders.SUBMISSION, Submission.class);
        if (s == null) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "the intake route lost its submission");
        }
        return s;
    }
}
