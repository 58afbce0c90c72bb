package vn.lienthong.axis.console;

import java.time.OffsetDateTime;

/** Tài khoản người vận hành: a person who signs in to the console or calls the admin API with a personal token. */
public record OperatorAccount(String login, String displayName, OperatorRole role, String passwordHash, String locale,
                              int failedSignIns, OffsetDateTime lockedUntil, OffsetDateTime lastSignInAt,
                              OffsetDateTime disabledAt) {

    /** How the audit log names this person. */
    public String actor() {
        return actorOf(login);
    }

    public static String actorOf(String login) {
        return "user:" + login;
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
