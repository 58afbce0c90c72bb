package vn.lienthong.axis.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every {@code axis.*} setting, bound once and validated at startup. */
@ConfigurationProperties("axis")
public record AxisProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("axis-1") String nodeId,
        @DefaultValue Broker broker,
        @DefaultValue Limits limits,
        @DefaultValue Directory directory,
        @DefaultValue Trust trust,
        @DefaultValue Signing signing,
        @DefaultValue Queues queues,
        @DefaultValue Delivery delivery,
        @DefaultValue Signature signature,
        @DefaultValue Admin admin) {

    /**
     * Artemis addresses and redelivery policy for the axis queues; {@code externalCheckTimeout}: how long
     * startup waits for a standalone broker to report its address settings ({@code ExternalBrokerSafetyCheck}).
     */
    public record Broker(
            @DefaultValue("axis.dead-letter") String deadLetterAddress,
            @DefaultValue("axis.expiry") String expiryAddress,
            @DefaultValue("10") int maxDeliveryAttempts,
            @DefaultValue("1s") Duration redeliveryDelay,
            @DefaultValue("2.0") double redeliveryMultiplier,
            @DefaultValue("10m") Duration maxRedeliveryDelay,
            @DefaultValue("256") long globalMaxSizeMb,
            @DefaultValue("1ms") Duration journalBufferTimeout,
            @DefaultValue("60s") Duration externalCheckTimeout) {}

    /**
     * Intake limits (see {@code edxml.ReaderLimits}). {@code maxDecodedBytes} caps what decoding one
     * package may write (base64-decoded plus unzipped), {@code maxZipRatio} a ZIP entry's expansion;
     * below {@code minFreeBytes} free on the data volume intake answers 503.
     */
    public record Limits(
            @DefaultValue("268435456") long maxPackageBytes,
            @DefaultValue("50") int maxAttachments,
            @DefaultValue("209715200") long maxAttachmentBytes,
            @DefaultValue("100") int maxDepth,
            @DefaultValue("50000") int maxChildren,
            @DefaultValue("1000000") long maxElements,
            @DefaultValue("500") int maxAttributesPerElement,
            @DefaultValue("65536") int maxAttributeBytes,
            @DefaultValue("1048576") int maxTextBytes,
            @DefaultValue("536870912") long maxDecodedBytes,
            @DefaultValue("100") int maxZipRatio,
            @DefaultValue("536870912") long minFreeBytes) {}

    /**
     * Where the sample directory comes from (local and test profiles only), and how often a node compares its
     * in-memory directory with the database's version (the bound for changes made on another node, ADR 030).
     */
    public record Directory(@DefaultValue("") String sampleFile, @DefaultValue("2s") java.time.Duration refreshPeriod) {}

    /**
     * Trust for signer certificates: hard-fail and soft-fail anchors (PEM files, folders, PKCS#12),
     * intermediates, CRL files, revocation on/off, and the optional subject rule binding a
     * certificate to an agency ({@code none} or {@code o-ou-serial}).
     */
    public record Trust(@DefaultValue List<String> anchors, @DefaultValue List<String> softFailAnchors,
                        @DefaultValue("") String keyStorePassword, @DefaultValue List<String> intermediates,
                        @DefaultValue List<String> crlFiles, @DefaultValue("true") boolean revocation,
                        @DefaultValue("none") String subjectAgencyRule,
                        @DefaultValue("false") boolean allowSamplePki) {}

    /** The axis's own signing key (receipts, ledger checkpoints); {@code keyAlias} empty: the first key entry. */
    public record Signing(@DefaultValue("") String keyStore, @DefaultValue("") String keyStorePassword,
                          @DefaultValue("") String keyAlias) {}

    /** Artemis queue names (also used as {@code {{axis.queues.*}}} placeholders in the routes). */
    public record Queues(@DefaultValue("axis.delivery") String delivery) {}

    /**
     * Dispatch and the outbox.
     *
     * @param publishAfterCommit publish deliveries right after the ledger commit (false leaves
     *                           them all to the recovery sweep; tests use it to imitate a crash)
     * @param sweepAfter         a delivery still QUEUED after this long is published again
     * @param sweepBatch         deliveries re-published per sweep run
     * @param sweepPeriod        how often the sweep runs
     * @param consumers          concurrent consumers of the delivery queue
     * @param pushConnectTimeout connect timeout of a push to an agency endpoint
     * @param pushTimeout        whole-request timeout of a push
     */
    public record Delivery(@DefaultValue("true") boolean publishAfterCommit,
                           @DefaultValue("2m") Duration sweepAfter,
                           @DefaultValue("15m") Duration retrySweepAfter,
                           @DefaultValue("500") int sweepBatch,
                           @DefaultValue("30s") Duration sweepPeriod,
                           @DefaultValue("4") int consumers,
                           @DefaultValue("5s") Duration pushConnectTimeout,
                           @DefaultValue("60s") Duration pushTimeout) {}

    /**
     * Signature checks at intake: SHA-1 (the national SDK's samples use rsa-sha1) refused unless
     * allowed; the default policy for PDF attachment signatures (if-present, required, off).
     */
    public record Signature(@DefaultValue("false") boolean allowSha1,
                            @DefaultValue("if-present") String attachmentPolicy) {}

    /** Admin API: the bearer token (env AXIS_ADMIN_TOKEN); empty disables the admin API. */
    public record Admin(@DefaultValue("") String token) {}
}
