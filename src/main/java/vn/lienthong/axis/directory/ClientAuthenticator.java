package vn.lienthong.axis.directory;

import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Turns a client token and an optional acting agency into the acting client, or refuses. REST sends
 * them as {@code Authorization: Bearer} and {@code X-Agency}, SOAP in the {@code AxisAuth} header.
 */
@Service
public class ClientAuthenticator {
    /** Where an edge carries the token and the acting agency, to name them in refusals. */
    public record CredentialFields(String token, String agency) {}

    /** The REST edge: {@code Authorization: Bearer} and {@code X-Agency}. */
    public static final CredentialFields HTTP = new CredentialFields("Authorization", "X-Agency");

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
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.length() <= 7) {
            throw new AxisException(AxisErrorCode.UNAUTHENTICATED, "send Authorization: Bearer <client token>",
                    HTTP.token());
        }
        return authenticate(authorization.substring(7), agencyHeader, HTTP);
    }

    /**
     * The same rules for an edge that carries the bare token elsewhere (e.g. a SOAP header).
     *
     * @throws AxisException UNAUTHENTICATED without a valid token, FORBIDDEN for an agency not the client's
     */
    public ActingClient authenticate(String token, String agency, CredentialFields fields) {
        if (token == null || token.isBlank()) {
            throw new AxisException(AxisErrorCode.UNAUTHENTICATED, "send the client token in " + fields.token(),
                    fields.token());
        }
        ActingClient client = clients.findByToken(token.trim())
                .orElseThrow(() -> new AxisException(AxisErrorCode.UNAUTHENTICATED,
                        "the token is unknown or revoked", fields.token()));
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
}
