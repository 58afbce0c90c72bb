package vn.lienthong.axis.route;

/**
 * Every header and exchange property name the routes and their steps share, in one place
 * ({@code RouteContractTest} checks that each name used in {@code routes/*.camel.yaml} is here).
 * Headers travel on JMS messages; properties stay inside one exchange.
 */
public final class AxisHeaders {
    /** Header: the delivery's route wire name ({@code local-pull}, {@code local-push}, {@code upstream},
     * {@code peer}) or {@code done} when nothing is left to do; set by the load step. */
    public static final String DELIVERY_ROUTE = "AxisDeliveryRoute";
    /** Header: the delivery ids the message carries ({@code List<Long>}), parsed once by the load step. */
    public static final String DELIVERY_IDS = "AxisDeliveryIds";
    /** Header of a single-copy message: the delivery generation it was published for (older ones are stale). */
    public static final String GENERATION = "AxisGeneration";
    /**
     * Property of the dispatch route: the copies this exchange delivered ({@code List<ledger.Delivery>}; unset
     * when none), each handed to the {@code axis.intake.after-delivery} steps once.
     */
    public static final String DELIVERED = "AxisDelivered";
    /** Artemis duplicate-detection header. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    /** Property of the intake route: what the edge handed over ({@code intake.Submission}). */
    public static final String SUBMISSION = "AxisSubmission";
    /** Property of the intake route: the spooled package ({@code intake.SpooledPackage}). */
    public static final String SPOOLED = "AxisSpooled";
    /** Property of the intake route: {@link System#nanoTime()} when parsing began (axis_verify_seconds). */
    public static final String VERIFICATION_STARTED = "AxisVerificationStarted";
    /** Property of the intake route: the package's kind wire name once known (metrics). */
    public static final String PACKAGE_KIND = "AxisPackageKind";

    /** Header of the SOAP edge route: the WSDL operation's local name ({@code SendPackage}, {@code GetTrace}…),
     * set by the camel-cxf consumer (its {@code CxfConstants.OPERATION_NAME}). */
    public static final String SOAP_OPERATION = "operationName";

    private AxisHeaders() {}
}
