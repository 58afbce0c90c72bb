package vn.lienthong.axis.api;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Failures of what the axis depends on (database, broker) are the server's fault: every edge answers them
 * as {@code DEPENDENCY_UNAVAILABLE} (503 + Retry-After, a retryable {@code soap:Server} fault, the VXP
 * envelope with code 901), never as a client error and never with the underlying message, which may name
 * hosts, paths or SQL.
 */
public final class DependencyFailures {
    static final String DETAIL = "a service the axis depends on is unavailable; nothing was accepted, retry later";

    private DependencyFailures() {}

    /** The refusal for {@code e} if it (or a cause) is a database or broker failure; null otherwise. */
    public static AxisException classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AxisException) {
                return null;
            }
            if (isDependency(t)) {
                return new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, DETAIL, null, e);
            }
        }
        return null;
    }

    private static boolean isDependency(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException
                || name.startsWith("org.springframework.jms.") || name.startsWith("jakarta.jms.")
                || name.startsWith("org.apache.activemq.artemis.api.core.ActiveMQ");
    }
}
