package vn.lienthong.axis.directory;

import java.security.cert.X509Certificate;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Turns a client's credentials and an optional acting agency into the acting client, or refuses. REST sends
 * them as {@code Authorization: Bearer} and {@code X-Agency}, SOAP in the {@code AxisAuth} header; both may
 * add the TLS client certificate of the connection (ADR 014). A client registered with a certificate and no
 * token authenticates by the certificate alone; a client registered with both must present both.
 */
@Service
public class ClientAuthenticator {
    /** Where an edge carries the token and the acting agency, to name them in refusals. */
    public record CredentialFields(String token, String agency) {}

    /** The REST edge: {@code Authorization: Bearer} and {@code X-Agency}. */
    public static final CredentialFields HTTP = new CredentialFields("Authorization", "X-Agency");
    /** The servlet request attribute holding the client's certificate chain (leaf first) on a TLS connection. */
    public static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    /** The field named when the certificate is missing or wrong. */
    public static final String CERTIFICATE_FIELD = "TLS client certificate";

    private final ClientRegistry clients;

    public ClientAuthenticator(ClientRegistry clients) {
        this.clients = clients;
    }

    /**
     * @param authorization the {@code Authorization} header
     * @param agencyHeader  the {@code X-Agency} header, or null
     * @throws AxisException UNAUTHENTICATED without a valid token, FORBIDDEN for an agency not the client's
     */
    public ActingClient authenticate(String authorization, String agencyHeader) {
        return authenticate(authorization, agencyHeader, (X509Certificate[]) null);
    }

    /**
     * The REST edge with the connection's client certificate chain ({@link #CERTIFICATE_ATTRIBUTE}, may be null).
     *
     * @throws AxisException UNAUTHENTICATED without valid credentials, FORBIDDEN for an agency not the client's
     */
    public ActingClient authenticate(String authorization, String agencyHeader, X509Certificate[] certificates) {
        String token = null;
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() <= 7) {
                throw new AxisException(AxisErrorCode.UNAUTHENTICATED, "send Authorization: Bearer <client token>",
                        HTTP.token());
            }
            token = authorization.substring(7);
        }
        return authenticate(token, agencyHeader, HTTP, certificates);
    }

    /**
     * The same rules for an edge that carries the bare token elsewhere (e.g. a SOAP header).
     *
     * @throws AxisException UNAUTHENTICATED without a valid token, FORBIDDEN for an agency not the client's
     */
    public ActingClient authenticate(String token, String agency, CredentialFields fields) {
        return authenticate(token, agency, fields, null);
    }

    /** The same with the connection's client certificate chain (leaf first, may be null). */
    public ActingClient authenticate(String token, String agency, CredentialFields fields,
                                     X509Certificate[] certificates) {
        String bare = token == null || token.isBlank() ? null : token.trim();
        X509Certificate leaf = certificates == null || certificates.length == 0 ? null : certificates[0];
        ActingClient client = identify(bare, leaf, fields);
        return acting(client, agency, fields);
    }

    private ActingClient identify(String token, X509Certificate certificate, CredentialFields fields) {
        var byCertificate = certificate == null ? java.util.Optional.<ClientRegistry.Credentials>empty()
                : clients.credentialsByCertificate(certificate);
        if (byCertificate.isPresent()) {
            ClientRegistry.Credentials c = byCertificate.get();
            if (c.hasToken() && token == null) {
                throw unauthenticated("this client is registered with a token and a certificate: send its token in "
                        + fields.token() + " too", fields.token());
            }
            if (token != null && !c.tokenMatches(token)) {
                throw unauthenticated("the token is not the token of the client this certificate is registered for",
                        fields.token());
            }
            return c.client();
        }
        if (token == null) {
            throw unauthenticated(certificate == null ? "send the client token in " + fields.token()
                    + " or a registered TLS client certificate" : "the TLS client certificate is not registered;"
                    + " send the client token in " + fields.token(), fields.token());
        }
        ClientRegistry.Credentials c = clients.credentialsByToken(token)
                .orElseThrow(() -> unauthenticated("the token is unknown or revoked", fields.token()));
        if (c.hasCertificate()) {
            throw unauthenticated(certificate == null
                    ? "this client must also present its registered TLS client certificate"
                    : "the TLS client certificate is not the one registered for this client", CERTIFICATE_FIELD);
        }
        return c.client();
    }

    private static ActingClient acting(ActingClient client, String agency, CredentialFields fields) {
        String acting;
        if (agency != null && !agency.isBlank()) {
            acting = agency.trim().toUpperCase(Locale.ROOT);
            if (!client.agencies().contains(acting)) {
                throw new AxisException(AxisErrorCode.FORBIDDEN, "this client may not act for " + acting,
                        fields.agency());
            }
        } else if (client.agencies().size() == 1) {
            acting = client.agencies().iterator().next();
        } else {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "this client acts for several agencies "
                    + client.agencies() + "; name one in " + fields.agency(), fields.agency());
        }
        return new ActingClient(client.clientId(), client.name(), client.agencies(), acting);
    }

    private static AxisException unauthenticated(String detail, String field) {
        return new AxisException(AxisErrorCode.UNAUTHENTICATED, detail, field);
    }
}
