package vn.lienthong.axis.console;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Quản lý tài khoản: an admin creates accounts (with a password set, or one generated and shown once), disables
 * and enables them, resets passwords and changes roles. Every change is audited under the admin's name; an admin
 * cannot disable or demote their own account (the axis must keep an admin who can undo it).
 */
@Service
public class AccountAdministration {
    /** The shortest password accepted for a personal account. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final OperatorAccounts accounts;
    private final OperatorPasswords passwords;
    private final AuditLog audit;

    public AccountAdministration(OperatorAccounts accounts, OperatorPasswords passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** A password to hand over: the one generated (shown once), or null when the admin set it. */
    public record Handover(String login, String generatedPassword) {}

    @Transactional
    public Handover create(String login, String displayName, String role, String password, String actor) {
        String l = login(login);
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the display name is required (at most 200 characters)",
                    "displayName");
        }
        OperatorRole r = role(role);
        String generated = blank(password) ? generate() : null;
        if (!accounts.createIfAbsent(l, name, r, passwords.hash(checked(generated == null ? password : generated)))) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "an account " + l + " exists", "login");
        }
        audit.record(actor, "account-created", l, "role=" + r.wireName() + (generated == null ? "" : " password=generated"));
        return new Handover(l, generated);
    }

    @Transactional
    public void setDisabled(String login, boolean disabled, String actor) {
        notSelf(login, actor, "disable");
        existing(accounts.setDisabled(login, disabled ? OffsetDateTime.now() : null), login);
        audit.record(actor, disabled ? "account-disabled" : "account-enabled", login, null);
    }

    @Transactional
    public Handover resetPassword(String login, String password, String actor) {
        String generated = blank(password) ? generate() : null;
        existing(accounts.setPassword(login, passwords.hash(checked(generated == null ? password : generated))), login);
        audit.record(actor, "account-password-reset", login, generated == null ? "set" : "generated");
        return new Handover(login, generated);
    }

    @Transactional
    public void changeRole(String login, String role, String actor) {
        notSelf(login, actor, "change the role of");
        OperatorRole r = role(role);
        existing(accounts.setRole(login, r), login);
        audit.record(actor, "account-role-changed", login, "role=" + r.wireName());
    }

    private static String login(String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!l.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "a login is 2-64 characters of a-z, 0-9, '.', '_', '-'",
                    "login");
        }
        return l;
    }

    private static OperatorRole role(String role) {
        try {
            return OperatorRole.fromWire(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the role is one of admin, operator, auditor", "role");
        }
    }

    private static String checked(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || OperatorPasswords.SAMPLE_PASSWORD.equals(password)) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "a password has at least " + MIN_PASSWORD_LENGTH
                    + " characters and is not the SAMPLE password", "password");
        }
        return password;
    }

    private static void notSelf(String login, String actor, String what) {
        if (OperatorAccount.actorOf(login).equals(actor)) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "an admin cannot " + what + " their own account", "login");
        }
    }

    private static void existing(boolean updated, String login) {
        if (!updated) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no account " + login, "login");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String generate() {
        byte[] b = new byte[15];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
