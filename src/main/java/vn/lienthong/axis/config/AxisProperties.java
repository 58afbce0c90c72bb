package vn.lienthong.axis.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The core {@code axis.*} settings, bound once and validated at startup (docs/configuration.md lists every
 * property with its default; the features' own records sit beside them under {@code axis.*}).
 *
 * @param home    the folder holding {@code routes/} (and, by convention, {@code config/} and {@code certs/})
 * @param dataDir the data volume: spool, H2 database, embedded Artemis journal, archive
 * @param nodeId  this node's name in a cluster (job locks, metrics); defaults to the host name
 */
@Validated
@ConfigurationProperties("axis")
public record AxisProperties(
        @DefaultValue(".") String home,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("axis-1") @NotBlank String nodeId,
        @DefaultValue @Valid Broker broker,
        @DefaultValue @Valid Limits limits,
        @DefaultValue Directory directory,
        @DefaultValue @Valid Trust trust,
        @DefaultValue Signing signing,
        @DefaultValue @Valid Queues queues,
        @DefaultValue @Valid Delivery delivery,
        @DefaultValue @Valid Signature signature,
        @DefaultValue Admin admin,
        @DefaultValue Intake intake,
        @DefaultValue @Valid Housekeeping housekeeping) {

    /**
     * Artemis addresses and redelivery policy for the axis queues; {@code externalCheckTimeout}: how long
     * startup waits for a standalone broker to report its address settings ({@code ExternalBrokerSafetyCheck}).
     */
    public record Broker(
            @DefaultValue("axis.dead-letter") String deadLetterAddress,
            @DefaultValue("axis.expiry") @NotBlank String expiryAddress,
            @DefaultValue("10") @Positive int maxDeliveryAttempts,
            @DefaultValue("1s") @DurationMin(millis = 0) Duration redeliveryDelay,
            @DefaultValue("2.0") @DecimalMin("1.0") double redeliveryMultiplier,
            @DefaultValue("10m") @DurationMin(millis = 0) Duration maxRedeliveryDelay,
            @DefaultValue("256") @Positive long globalMaxSizeMb,
            @DefaultValue("1ms") @DurationMin(millis = 0) Duration journalBufferTimeout,
            @DefaultValue("60s") @DurationMin(millis = 1) Duration externalCheckTimeout) {}

    /**
     * Intake limits (see {@code edxml.ReaderLimits}). {@code maxDecodedBytes} caps what decoding one
     * package may write (base64-decoded plus unzipped), {@code maxZipRatio} a ZIP entry's expansion;
     * below {@code minFreeBytes} free on the data volume intake answers 503.
     */
    public record Limits(
            @DefaultValue("268435456") @Positive long maxPackageBytes,
            @DefaultValue("50") @PositiveOrZero int maxAttachments,
            @DefaultValue("209715200") @Positive long maxAttachmentBytes,
            @DefaultValue("100") @Positive int maxDepth,
            @DefaultValue("50000") @Positive int maxChildren,
            @DefaultValue("1000000") @Positive long maxElements,
            @DefaultValue("500") @Positive int maxAttributesPerElement,
            @DefaultValue("65536") @Positive int maxAttributeBytes,
            @DefaultValue("1048576") @Positive int maxTextBytes,
            @DefaultValue("536870912") @Positive long maxDecodedBytes,
            @DefaultValue("100") @Positive int maxZipRatio,
            @DefaultValue("536870912") @PositiveOrZero long minFreeBytes) {}

    /**
     * Where the sample directory comes from (local and test profiles only), and how often a node compares its
     * in-memory directory with the database's version (the bound for changes made on another node, ADR 030).
     */
    public record Directory(@DefaultValue("") String sampleFile,
                            @DefaultValue("2s") @DurationMin(millis = 1) Duration refreshPeriod) {}

    /**
     * Trust for signer certificates: hard-fail and soft-fail anchors (PEM files, folders, PKCS#12),
     * intermediates, CRL files, revocation on/off, and the optional subject rule binding a
     * certificate to an agency ({@code none} or {@code o-ou-serial}); {@code refreshPeriod}: anchors added
     * through the admin API of another node are used here within this.
     */
    public record Trust(@DefaultValue List<String> anchors, @DefaultValue List<String> softFailAnchors,
                        @DefaultValue("") String keyStorePassword, @DefaultValue List<String> intermediates,
                        @DefaultValue List<String> crlFiles, @DefaultValue("true") boolean revocation,
                        @DefaultValue("none") @Pattern(regexp = "none|o-ou-serial") String subjectAgencyRule,
                        @DefaultValue("false") boolean allowSamplePki,
                        @DefaultValue("5s") @DurationMin(millis = 1) Duration refreshPeriod) {}

    /** The axis's own signing key (receipts, ledger checkpoints); {@code keyAlias} empty: the first key entry. */
    public record Signing(@DefaultValue("") String keyStore, @DefaultValue("") String keyStorePassword,
                          @DefaultValue("") String keyAlias) {}

    /** Artemis queue names (also used as {@code {{axis.queues.*}}} placeholders in the routes). */
    public record Queues(@DefaultValue("axis.delivery") @NotBlank String delivery) {}

    /**
     * Dispatch and the outbox.
     *
     * @param publishAfterCommit publish deliveries right after the ledger commit (false leaves
     *                           them all to the recovery sweep; tests use it to imitate a crash)
     * @param sweepAfter         a delivery still QUEUED after this long is published again
     * @param retrySweepAfter    a delivery RETRYING with no attempt this long has lost its message: queued again
     *                           (must exceed {@code broker.max-redelivery-delay} + {@code push-timeout})
     * @param sweepBatch         deliveries re-published per sweep run
     * @param sweepPeriod        how often the sweep runs
     * @param consumers          concurrent consumers of the delivery queue
     * @param pushConnectTimeout connect timeout of a push to an agency endpoint
     * @param pushTimeout        whole-request timeout of a push
     */
    public record Delivery(@DefaultValue("true") boolean publishAfterCommit,
                           @DefaultValue("2m") @DurationMin(millis = 1) Duration sweepAfter,
                           @DefaultValue("15m") @DurationMin(millis = 1) Duration retrySweepAfter,
                           @DefaultValue("500") @Positive int sweepBatch,
                           @DefaultValue("30s") @DurationMin(millis = 1) Duration sweepPeriod,
                           @DefaultValue("4") @Positive int consumers,
                           @DefaultValue("5s") @DurationMin(millis = 1) Duration pushConnectTimeout,
                           @DefaultValue("60s") @DurationMin(millis = 1) Duration pushTimeout) {}

    /**
     * Signature checks at intake: SHA-1 (the national SDK's samples use rsa-sha1) refused unless
     * allowed; the default policy for PDF attachment signatures (if-present, required, off).
     */
    public record Signature(@DefaultValue("false") boolean allowSha1,
                            @DefaultValue("if-present") @Pattern(regexp = "if-present|required|off")
                            String attachmentPolicy) {}

    /** Admin API: the bearer token (env AXIS_ADMIN_TOKEN); empty disables the admin API. */
    public record Admin(@DefaultValue("") String token) {}

    /**
     * Province steps of the routes (docs/routes.md): comma-separated endpoint lists ({@code direct:…},
     * {@code bean:…}) run in order; empty runs nothing.
     *
     * @param afterVerification in edge-to-ledger between verify-signatures and record-in-ledger; may refuse
     * @param afterRecording    in edge-to-ledger after the copies are queued
     * @param afterDelivery     in delivery-queue-to-dispatch once per copy after it was handed over
     */
    public record Intake(@DefaultValue("") String afterVerification, @DefaultValue("") String afterRecording,
                         @DefaultValue("") String afterDelivery) {}

    /**
     * The spool cleanup timer: it runs every {@code period}, first {@code delay} after startup; the embedded H2
     * file's compaction every {@code h2Interval} (0: never; {@code H2Housekeeping}); PostgreSQL's statistics of
     * the changed tables every {@code analyzeInterval} (0: never; {@code PostgresStatistics}).
     */
    public record Housekeeping(@DefaultValue("1h") @DurationMin(millis = 1) Duration period,
                               @DefaultValue("1m") @DurationMin(millis = 0) Duration delay,
                               @DefaultValue("1s") @DurationMin(millis = 0) Duration h2Interval,
                               @DefaultValue("30s") @DurationMin(millis = 0) Duration analyzeInterval) {}
}
