package vn.lienthong.axis.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * {@code axis.console.*}: {@code sampleAccounts} creates admin, operator and auditor with the SAMPLE password
 * (local and test profiles only; refused elsewhere); after {@code maxFailedSignIns} wrong passwords in a row an
 * account is locked for {@code lockout}. The session timeout is Spring's {@code server.servlet.session.timeout}.
 */
@Validated
@ConfigurationProperties("axis.console")
public record ConsoleProperties(
        @DefaultValue("false") boolean sampleAccounts,
        @DefaultValue("5") @Positive int maxFailedSignIns,
        @DefaultValue("15m") @DurationMin(millis = 1) Duration lockout) {}
