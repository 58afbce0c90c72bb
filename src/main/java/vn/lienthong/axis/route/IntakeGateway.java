package vn.lienthong.axis.route;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.Intake;
import vn.lienthong.axis.intake.Submission;
import vn.lienthong.axis.ledger.Receipt;

/**
 * The edges' way into the intake route ({@code direct:intake}): one synchronous exchange on the
 * caller's thread, so the request body streams into the spool as before. A refusal comes back as
 * the same {@link AxisException} the stage threw (catalogue code, field, detail unchanged).
 */
@Component
public class IntakeGateway implements Intake {
    /** The intake route's entry. */
    public static final String ENDPOINT = "direct:intake";
    private final ProducerTemplate producer;

    public IntakeGateway(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public Receipt submit(Submission submission) {
        Exchange done = producer.send(ENDPOINT, ExchangePattern.InOut, e -> e.getMessage().setBody(submission));
        if (done.getException() != null) {
            throw done.getException() instanceof RuntimeException e ? e
                    : new AxisException(AxisErrorCode.INTERNAL_ERROR, "intake failed: " + done.getException(), null,
                    done.getException());
        }
        Object body = done.getMessage().getBody();
        if (body instanceof AxisException refusal) {
            throw refusal;
        }
        if (body instanceof Receipt receipt) {
            return receipt;
        }
        throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "the intake route ended without a receipt: "
                + (body == null ? "no body" : body.getClass().getSimpleName()));
    }
}
