package vn.lienthong.axis.api.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider for the tests, over HTTP on a free port: discovery, JWKS, an authorisation
 * endpoint that signs in whoever {@link #signInAs} names (no form) and a token endpoint that checks the client's
 * secret and the code, and answers an RS256 ID token signed with Nimbus, carrying the nonce of the request.
 */
final class OidcTestProvider implements AutoCloseable {
    static final String CLIENT_ID = "lienthong-console";
    static final String CLIENT_SECRET = "sample-oidc-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final RSAKey key = rsa("provider-key");
    private final RSAKey foreignKey = rsa("provider-key");
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private volatile String login = "operator";
    private volatile boolean signWithForeignKey;

    OidcTestProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", ex -> json(ex, 200, Map.of(
                "issuer", issuer(), "authorization_endpoint", issuer() + "/authorize", "token_endpoint",
                issuer() + "/token", "jwks_uri", issuer() + "/jwks", "response_types_supported", new String[] {"code"},
                "subject_types_supported", new String[] {"public"}, "id_token_signing_alg_values_supported",
                new String[] {"RS256"}, "token_endpoint_auth_methods_supported", new String[] {"client_secret_basic"})));
        server.createContext("/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The person the next authorisation signs in, as the {@code preferred_username} claim. */
    void signInAs(String preferredUsername) {
        this.login = preferredUsername;
    }

    /** Signs the next ID tokens with a key that is not in the JWKS (a forged token). */
    void signWithForeignKey(boolean forged) {
        this.signWithForeignKey = forged;
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))) {
            send(ex, 400, "text/plain", "bad authorisation request");
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, String> grant = new HashMap<>(q);
        grant.put("login", login);
        codes.put(code, grant);
        ex.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        send(ex, 302, "text/plain", "");
    }

    private void token(HttpExchange ex) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> grant = codes.remove(form.getOrDefault("code", ""));
        if (!basic.equals(ex.getRequestHeaders().getFirst("Authorization")) || grant == null
                || !grant.get("redirect_uri").equals(form.get("redirect_uri"))) {
            json(ex, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + grant.get("login"))
                .audience(CLIENT_ID).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.get("nonce")).claim("preferred_username", grant.get("login")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signWithForeignKey ? foreignKey : key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", UUID.randomUUID().toString());
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 300);
        answer.put("scope", "openid profile");
        answer.put("id_token", jwt.serialize());
        json(ex, 200, answer);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private static RSAKey rsa(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create(issuer());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
