package vn.lienthong.axis.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Client systems and their bearer tokens. Only the SHA-256 of a token is stored; the token itself
 * is shown once, when the client is registered.
 */
@Repository
public class ClientRegistry {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration AGENCIES_TTL = Duration.ofSeconds(2);
    private final JdbcClient jdbc;
    private final VxpSecretCipher cipher;
    private final Map<String, CachedAgencies> agencyCache = new ConcurrentHashMap<>();

    public ClientRegistry(JdbcClient jdbc, VxpSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The answer to a registration; the token and the VXP secret are shown only here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registered(String id, String token, String vxpSystemId, String vxpSecret) {
        public Registered(String id, String token) {
            this(id, token, null, null);
        }
    }

    /**
     * A VXP (national-axis SDK) client system: its HMAC secret, its agencies, whether it may register
     * agencies under them, and whether its registerAgency may come without a signed body digest
     * (the stock SDK's call; accepted over HTTPS only).
     */
    public record VxpClientSystem(String clientId, String name, String systemId, String secret, Set<String> agencies,
                                  boolean mayRegisterAgencies, boolean unsignedAgencyBody) {}

    @Transactional
    public Registered register(String name, List<String> agencyCodes) {
        String id = UUID.randomUUID().toString();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "axc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into client_system (id, name, token_hash) values (?, ?, ?)").params(id, name, hash(token))
                .update();
        for (String code : new LinkedHashSet<>(agencyCodes)) {
            jdbc.sql("insert into client_agency (client_id, agency_code) values (?, ?)")
                    .params(id, code.trim().toUpperCase(Locale.ROOT)).update();
        }
        return new Registered(id, token);
    }

    /** A VXP client system whose registerAgency must carry a signed body digest. */
    @Transactional
    public Registered register(String name, List<String> agencyCodes, String vxpSystemId, boolean mayRegisterAgencies) {
        return register(name, agencyCodes, vxpSystemId, mayRegisterAgencies, false);
    }

    /**
     * Registers a client system that also speaks the national axis SDK: the secret (32 random bytes,
     * hex) must be recomputable for the HMAC, so it is stored encrypted (AES-GCM, {@code axis.vxp.secret-key}).
     */
    @Transactional
    public Registered register(String name, List<String> agencyCodes, String vxpSystemId, boolean mayRegisterAgencies,
                               boolean unsignedAgencyBody) {
        if (vxpSystemId == null || vxpSystemId.isBlank()) {
            return register(name, agencyCodes);
        }
        String systemId = vxpSystemId.trim();
        if (jdbc.sql("select count(*) from client_system where vxp_system_id = ?").param(systemId).query(Long.class)
                .single() > 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the VXP systemId " + systemId + " is already registered",
                    "vxpSystemId");
        }
        Registered r = register(name, agencyCodes);
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = java.util.HexFormat.of().formatHex(raw);
        jdbc.sql("update client_system set vxp_system_id = ?, vxp_secret = ?, vxp_may_register_agencies = ?,"
                        + " vxp_unsigned_agency_body = ? where id = ?")
                .params(systemId, cipher.encrypt(r.id(), secret), mayRegisterAgencies, unsignedAgencyBody, r.id())
                .update();
        return new Registered(r.id(), r.token(), systemId, secret);
    }

    /** The active VXP client system with this systemId. */
    public Optional<VxpClientSystem> findByVxpSystemId(String systemId) {
        return jdbc.sql("select id, name, vxp_secret, vxp_may_register_agencies, vxp_unsigned_agency_body"
                        + " from client_system where vxp_system_id = ? and revoked_at is null and vxp_secret is not null")
                .param(systemId).query((rs, n) -> new VxpClientSystem(rs.getString(1), rs.getString(2), systemId,
                        cipher.decrypt(rs.getString(1), rs.getString(3)), agencies(rs.getString(1)), rs.getBoolean(4),
                        rs.getBoolean(5))).optional();
    }

    /** Lets the client act for one more agency (idempotent). */
    public void addAgency(String clientId, String code) {
        if (jdbc.sql("select count(*) from client_agency where client_id = ? and agency_code = ?").params(clientId, code)
                .query(Long.class).single() == 0) {
            jdbc.sql("insert into client_agency (client_id, agency_code) values (?, ?)").params(clientId, code).update();
            agencyCache.remove(clientId);
        }
    }

    /** The active client systems acting for this agency. */
    public List<String> clientsActingFor(String code) {
        return jdbc.sql("select a.client_id from client_agency a join client_system s on s.id = a.client_id"
                + " where a.agency_code = ? and s.revoked_at is null").param(code).query(String.class).list();
    }

    /** The client no longer acts for the agency. */
    public void removeAgency(String clientId, String code) {
        jdbc.sql("delete from client_agency where client_id = ? and agency_code = ?").params(clientId, code).update();
        agencyCache.remove(clientId);
    }

    /** Revokes the client's credentials; returns false if there is no such active client. */
    public boolean revoke(String id) {
        agencyCache.remove(id);
        return jdbc.sql("update client_system set revoked_at = current_timestamp, token_hash = null, vxp_secret = null"
                        + " where id = ? and revoked_at is null").param(id).update() == 1;
    }

    /** The active client holding this token, with its agencies. */
    public Optional<ActingClient> findByToken(String token) {
        return jdbc.sql("select id, name from client_system where token_hash = ? and revoked_at is null")
                .param(hash(token)).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .map(row -> new ActingClient(row[0], row[1], agencies(row[0]), null));
    }

    /**
     * The client's agencies, read at most every {@link #AGENCIES_TTL} per client: a DMS acting for
     * thousands of units must not reload them on every request. Changes made here are seen at once;
     * changes made on another node of the axis within the TTL.
     */
    private Set<String> agencies(String clientId) {
        long now = System.nanoTime();
        CachedAgencies cached = agencyCache.get(clientId);
        if (cached != null && now - cached.loadedAt() < AGENCIES_TTL.toNanos()) {
            return cached.codes();
        }
        Set<String> codes = Collections.unmodifiableSet(new LinkedHashSet<>(jdbc.sql("select agency_code from"
                + " client_agency where client_id = ? order by agency_code").param(clientId).query(String.class).list()));
        agencyCache.put(clientId, new CachedAgencies(codes, now));
        return codes;
    }

    private record CachedAgencies(Set<String> codes, long loadedAt) {}

    static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 unavailable", null, e);
        }
    }
}
