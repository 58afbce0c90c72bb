package vn.lienthong.axis.console;

import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing (Argon2id, {@code {argon2}} prefix; BCrypt hashes still verify) and the SAMPLE password
 * rule: {@value #SAMPLE_PASSWORD} opens an account only in the local and test profiles.
 */
@Component
public class OperatorPasswords {
    public static final String SAMPLE_PASSWORD = "sample-password";
    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
            "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
    private final boolean samplesAllowed;

    public OperatorPasswords(Environment env) {
        this.samplesAllowed = env.acceptsProfiles(Profiles.of("local", "test"));
    }

    public boolean samplesAllowed() {
        return samplesAllowed;
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** True if the password matches and is not the SAMPLE password outside local/test. */
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash) && (samplesAllowed || !SAMPLE_PASSWORD.equals(password));
    }
}
