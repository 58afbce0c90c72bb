package vn.lienthong.axis.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The operator accounts table: find, create, disable, set password or role, and record sign-ins, failures and the
 * chosen language. The rules of changing accounts are {@link AccountAdministration}'s.
 */
@Repository
public class OperatorAccounts {
    private static final String COLUMNS = "login, display_name, role, password_hash, locale, failed_sign_ins,"
            + " locked_until, last_sign_in_at, disabled_at";
    private final JdbcClient jdbc;

    public OperatorAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OperatorAccount> find(String login) {
        return jdbc.sql("select " + COLUMNS + " from operator_account where login = ?").param(login)
                .query(OperatorAccounts::map).optional();
    }

    public List<OperatorAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from operator_account order by login").query(OperatorAccounts::map).list();
    }

    /** Creates the account unless one of that login exists; true if created. */
    public boolean createIfAbsent(String login, String displayName, OperatorRole role, String passwordHash) {
        if (find(login).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("insert into operator_account (login, display_name, role, password_hash) values (?, ?, ?, ?)")
                    .params(login, displayName, role.wireName(), passwordHash).update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;   // created by another node since the check (first boot of two nodes)
        }
    }

    public void signedIn(String login, OffsetDateTime at) {
        jdbc.sql("update operator_account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = ?"
                + " where login = ?").params(at, login).update();
    }

    /** Counts a failed sign-in; locks the account until {@code lockUntil} once {@code maxFailures} is reached. */
    public void failedSignIn(String login, int maxFailures, OffsetDateTime lockUntil) {
        jdbc.sql("update operator_account set failed_sign_ins = failed_sign_ins + 1 where login = ?").param(login).update();
        jdbc.sql("update operator_account set locked_until = ?, failed_sign_ins = 0 where login = ? and failed_sign_ins >= ?")
                .params(lockUntil, login, maxFailures).update();
    }

    /** Disables the account from {@code at}, or enables it again ({@code at} null); true if the account exists. */
    public boolean setDisabled(String login, OffsetDateTime at) {
        return jdbc.sql("update operator_account set disabled_at = ? where login = ?").params(at, login).update() == 1;
    }

    /** Sets a new password hash and lifts any lock; true if the account exists. */
    public boolean setPassword(String login, String passwordHash) {
        return jdbc.sql("update operator_account set password_hash = ?, failed_sign_ins = 0, locked_until = null"
                + " where login = ?").params(passwordHash, login).update() == 1;
    }

    public boolean setRole(String login, OperatorRole role) {
        return jdbc.sql("update operator_account set role = ? where login = ?").params(role.wireName(), login).update() == 1;
    }

    public void setLocale(String login, String locale) {
        jdbc.sql("update operator_account set locale = ? where login = ?").params(locale, login).update();
    }

    private static OperatorAccount map(ResultSet rs, int n) throws SQLException {
        return new OperatorAccount(rs.getString(1), rs.getString(2), OperatorRole.fromWire(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
    }
}
