package vn.lienthong.axis.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Creates the SAMPLE accounts {@code admin}, {@code operator} and {@code auditor} (password
 * {@value OperatorPasswords#SAMPLE_PASSWORD}) when {@code axis.console.sample-accounts} is set; refuses to start
 * with that setting outside the local and test profiles, like the SAMPLE PKI.
 */
@Component
class SampleAccounts implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(SampleAccounts.class);
    private final ConsoleProperties props;
    private final OperatorAccounts accounts;
    private final OperatorPasswords passwords;

    SampleAccounts(ConsoleProperties props, OperatorAccounts accounts, OperatorPasswords passwords) {
        this.props = props;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!props.sampleAccounts()) {
            return;
        }
        if (!passwords.samplesAllowed()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "refusing to start: axis.console.sample-accounts"
                    + " creates accounts with a SAMPLE password; it is accepted only in the local and test profiles");
        }
        for (OperatorRole role : OperatorRole.values()) {
            String login = role.wireName();
            if (accounts.createIfAbsent(login, "SAMPLE " + login, role, passwords.hash(OperatorPasswords.SAMPLE_PASSWORD))) {
                log.warn("Created the SAMPLE console account {} (password {}): local and test profiles only", login,
                        OperatorPasswords.SAMPLE_PASSWORD);
            }
        }
    }
}
