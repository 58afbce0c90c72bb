package vn.lienthong.axis.retention;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Retention of package bytes ({@code axis.retention.*}; docs/evidence.md, ADR 027).
 *
 * @param enabled      off by default: nothing moves or is deleted until an operator sets the periods
 * @param archiveDir   the archive store; default {@code <data-dir>/archive}
 * @param archiveAfter per package kind ({@code document}, {@code status}): time after acceptance before the
 *                     bytes move to the archive; a kind not listed is never archived
 * @param deleteAfter  per kind: time in the archive before the bytes are deleted; a kind not listed is kept
 * @param checkPeriod  how often a node runs the job
 * @param batch        packages handled per run and step
 */
@Validated
@ConfigurationProperties("axis.retention")
public record RetentionProperties(@DefaultValue("false") boolean enabled, Path archiveDir,
                                  @DefaultValue Map<String, Duration> archiveAfter,
                                  @DefaultValue Map<String, Duration> deleteAfter,
                                  @DefaultValue("1h") @NotNull @DurationMin(millis = 1) Duration checkPeriod,
                                  @DefaultValue("200") @Positive int batch) {}
