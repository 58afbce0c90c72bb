package vn.lienthong.axis.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Personal admin API tokens ({@code axp_...}): issued to an account, shown once (only their SHA-256 is
 * stored), revocable; a call with one acts as that person with that person's role.
 */
@Repository
public class OperatorTokens {
    public static final String PREFIX = "axp_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final OperatorAccounts accounts;

    public OperatorTokens(JdbcClient jdbc, OperatorAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public record Issued(String id, String token) {}

    public record TokenView(String id, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                            OffsetDateTime revokedAt) {}

    public Issued issue(String login, String label) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into operator_token (id, login, label, token_hash) values (?, ?, ?, ?)")
                .params(id, login, label == null || label.isBlank() ? "token" : label.trim(), hash(token)).update();
        return new Issued(id, token);
    }

    public List<TokenView> of(String login) {
        return jdbc.sql("select id, label, created_at, last_used_at, revoked_at from operator_token where login = ?"
                        + " order by created_at desc").param(login)
                .query((rs, n) -> new TokenView(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class))).list();
    }

    /** Revokes one of {@code login}'s tokens; false if there is no such active token. */
    public boolean revoke(String id, String login) {
        return jdbc.sql("update operator_token set revoked_at = ? where id = ? and login = ? and revoked_at is null")
                .params(OffsetDateTime.now(), id, login).update() == 1;
    }

    /** The active account behind an active token. */
    public Optional<OperatorAccount> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String h = hash(token);
        Optional<String> login = jdbc.sql("select login from operator_token where token_hash = ? and revoked_at is null")
                .param(h).query(String.class).optional();
        login.ifPresent(l -> jdbc.sql("update operator_token set last_used_at = ? where token_hash = ?")
                .params(OffsetDateTime.now(), h).update());
        return login.flatMap(accounts::find).filter(a -> a.disabledAt() == null);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }
}
