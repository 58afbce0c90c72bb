package vn.lienthong.axis.route;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Delivery;

/**
 * The example after-delivery step of docs/routes.md: hands each delivered copy to the province's records
 * archive (here a list); the archive refuses copies for one recipient, as a real one may be down.
 */
public class RecordsArchiveStep {
    final List<Long> offered = new CopyOnWriteArrayList<>();
    final List<Long> archived = new CopyOnWriteArrayList<>();
    private final String refusedRecipient;

    RecordsArchiveStep(String refusedRecipient) {
        this.refusedRecipient = refusedRecipient;
    }

    public void copy(Delivery delivery) {
        offered.add(delivery.id());
        if (delivery.recipient().equals(refusedRecipient)) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "the records archive is closed for "
                    + refusedRecipient);
        }
        archived.add(delivery.id());
    }
}
