package vn.lienthong.axis.api.console;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.lienthong.axis.console.OperatorAccount;
import vn.lienthong.axis.console.OperatorRole;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The signed-in person, the principal of a console session. {@code credentials} fingerprints the password hash
 * the session began with (a digest of it, never the hash itself), so a password reset can end the session.
 */
public record ConsolePerson(String login, String displayName, OperatorRole role, String credentials) implements Serializable,
        java.security.Principal {

    /** The login, as {@code Authentication.getName()} reports it. */
    @Override
    public String getName() {
        return login;
    }

    static ConsolePerson of(OperatorAccount a) {
        return new ConsolePerson(a.login(), a.displayName(), a.role(), credentialsOf(a));
    }

    static String credentialsOf(OperatorAccount a) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(a.passwordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }

    /** How the audit log names this person. */
    public String actor() {
        return OperatorAccount.actorOf(login);
    }
}
