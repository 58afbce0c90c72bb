package vn.lienthong.axis.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
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
import vn.lienthong.axis.trust.Certificates;

/**
 * Client systems and their credentials: bearer tokens (only their SHA-256 is stored; the token itself is
 * shown once, when the client is registered) and TLS client certificates (SHA-256 fingerprint and PEM).
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
    public record Registered(String id, String token, String vxpSystemId, String vxpSecret, String certificateSha256) {
        public Registered(String id, String token) {
            this(id, token, null, null, null);
        }

        public Registered(String id, String token, String vxpSystemId, String vxpSecret) {
            this(id, token, vxpSystemId, vxpSecret, null);
        }
    }

    /** A TLS client certificate to register, with the PEM text it came in. */
    public record ClientCertificate(X509Certificate certificate, String pem) {
        public String sha256() {
            return Certificates.sha256(certificate);
        }
    }

    /**
     * An active client found by one of its credentials, and which credentials it holds: a client with a
     * certificate and no token authenticates by the certificate alone; one with both must present both.
     */
    public record Credentials(ActingClient client, String tokenHash, String certificateSha256) {
        public boolean hasToken() {
            return tokenHash != null;
        }

        public boolean hasCertificate() {
            return certificateSha256 != null;
        }

        /** Constant-time comparison of {@code token} with this client's token. */
        public boolean tokenMatches(String token) {
            return tokenHash != null && token != null && MessageDigest.isEqual(
                    tokenHash.getBytes(StandardCharsets.US_ASCII), hash(token).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * A VXP (national-axis SDK) client system: its HMAC secret, its agencies, whether it may register
     * agencies under them, whether its registerAgency may come without a signed body digest
     * (the stock SDK's call; accepted over HTTPS only), and whether its calls may leave {@code servicecode}
     * unsigned (legacy, as the stock SDK calls; accepted over HTTPS only).
     */
    public record VxpClientSystem(String clientId, String name, String systemId, String secret, Set<String> agencies,
                                  boolean mayRegisterAgencies, boolean unsignedAgencyBody, boolean unsignedOperations) {}

    /**
     * The VXP settings of a client system: {@code mayRegisterAgencies} (registerAgency/deleteAgency),
     * {@code unsignedAgencyBody} (registerAgency without a signed body digest) and {@code unsignedOperations}
     * (calls that do not sign {@code servicecode}); the last two over HTTPS only.
     */
    public record VxpSettings(boolean mayRegisterAgencies, boolean unsignedAgencyBody, boolean unsignedOperations) {
        /** Strict: signs servicecode and the body digest. */
        public static VxpSettings strict(boolean mayRegisterAgencies) {
            return new VxpSettings(mayRegisterAgencies, false, false);
        }
    }

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

    /** A strict VXP client system: every call signs servicecode, registerAgency a body digest. */
    @Transactional
    public Registered register(String name, List<String> agencyCodes, String vxpSystemId, boolean mayRegisterAgencies) {
        return register(name, agencyCodes, vxpSystemId, VxpSettings.strict(mayRegisterAgencies));
    }

    /**
     * Registers a client system that also speaks the national axis SDK: the secret (32 random bytes,
     * hex) must be recomputable for the HMAC, so it is stored encrypted (AES-GCM, {@code axis.vxp.secret-key}).
     */
    @Transactional
    public Registered register(String name, List<String> agencyCodes, String vxpSystemId, VxpSettings vxp) {
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
                        + " vxp_unsigned_agency_body = ?, vxp_unsigned_operations = ? where id = ?")
                .params(systemId, cipher.encrypt(r.id(), secret), vxp.mayRegisterAgencies(), vxp.unsignedAgencyBody(),
                        vxp.unsignedOperations(), r.id())
                .update();
        return new Registered(r.id(), r.token(), systemId, secret);
    }

    /**
     * Registers a client system, with a TLS client certificate if {@code certificate} is not null; such a
     * client gets a token only if {@code issueToken} (it must then present both). The certificate's SHA-256
     * must not belong to another active client.
     */
    @Transactional
    public Registered register(String name, List<String> agencyCodes, String vxpSystemId, VxpSettings vxp,
                               ClientCertificate certificate, boolean issueToken) {
        if (certificate == null) {
            return register(name, agencyCodes, vxpSystemId, vxp);
        }
        String sha256 = certificate.sha256();
        if (jdbc.sql("select count(*) from client_system where cert_fingerprint = ?").param(sha256).query(Long.class)
                .single() > 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "this certificate (SHA-256 " + sha256
                    + ") is already registered for another client", "certificatePem");
        }
        Registered r = register(name, agencyCodes, vxpSystemId, vxp);
        jdbc.sql("update client_system set cert_fingerprint = ?, cert_pem = ?" + (issueToken ? "" : ", token_hash = null")
                + " where id = ?").params(sha256, certificate.pem(), r.id()).update();
        return new Registered(r.id(), issueToken ? r.token() : null, r.vxpSystemId(), r.vxpSecret(), sha256);
    }

    /** The active client holding this token, with the credentials it must present. */
    public Optional<Credentials> credentialsByToken(String token) {
        return jdbc.sql("select id, name, token_hash, cert_fingerprint from client_system"
                        + " where token_hash = ? and revoked_at is null").param(hash(token))
                .query((rs, n) -> credentials(rs)).optional();
    }

    /** The active client registered with this TLS client certificate (by SHA-256), with its other credentials. */
    public Optional<Credentials> credentialsByCertificate(X509Certificate certificate) {
        return jdbc.sql("select id, name, token_hash, cert_fingerprint from client_system"
                        + " where cert_fingerprint = ? and revoked_at is null").param(Certificates.sha256(certificate))
                .query((rs, n) -> credentials(rs)).optional();
    }

    private Credentials credentials(java.sql.ResultSet rs) throws java.sql.SQLException {
        String id = rs.getString(1);
        return new Credentials(new ActingClient(id, rs.getString(2), agencies(id), null), rs.getString(3),
                rs.getString(4));
    }

    /** The active VXP client system with this systemId. */
    public Optional<VxpClientSystem> findByVxpSystemId(String systemId) {
        return jdbc.sql("select id, name, vxp_secret, vxp_may_register_agencies, vxp_unsigned_agency_body,"
                        + " vxp_unsigned_operations from client_system where vxp_system_id = ? and revoked_at is null and vxp_secret is not null")
                .param(systemId).query((rs, n) -> new VxpClientSystem(rs.getString(1), rs.getString(2), systemId,
                        cipher.decrypt(rs.getString(1), rs.getString(3)), agencies(rs.getString(1)), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6))).optional();
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

    /**
     * Turns an active VXP client system legacy ({@code unsignedOperations}: calls without a signed servicecode,
     * over HTTPS only) or strict; false if there is no such active VXP client system.
     */
    public boolean setVxpUnsignedOperations(String id, boolean unsignedOperations) {
        return jdbc.sql("update client_system set vxp_unsigned_operations = ? where id = ? and revoked_at is null"
                + " and vxp_system_id is not null").params(unsignedOperations, id).update() == 1;
    }

    /** Revokes the client's credentials; returns false if there is no such active client. */
    public boolean revoke(String id) {
        agencyCache.remove(id);
        return jdbc.sql("update client_system set revoked_at = current_timestamp, token_hash = null, vxp_secret = null,"
                        + " cert_fingerprint = null"
                        + " where id = ? and revoked_at is null").param(id).update() == 1;
    }

    /** The active client holding this token, with its agencies. */
    public Optional<ActingClient> findByToken(String token) {
        return credentialsByToken(token).map(Credentials::client);
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
