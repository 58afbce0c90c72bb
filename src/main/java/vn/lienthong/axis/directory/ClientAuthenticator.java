package vn.lienthong.axis.directory;

import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Turns a bearer token and an optional {@code X-Agency} into the acting client, or refuses. */
@Service
public class ClientAuthenticator {
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
                    "Authorization");
        }
        ActingClient client = clients.findByToken(authorization.substring(7).trim())
                .orElseThrow(() -> new AxisException(AxisErrorCode.UNAUTHENTICATED,
                        "the token is unknown or revoked", "Authorization"));
        String acting;
        if (agencyHeader != null && !agencyHeader.isBlank()) {
            acting = agencyHeader.trim().toUpperCase(Locale.ROOT);
            if (!client.agencies().contains(acting)) {
                throw new AxisException(AxisErrorCode.FORBIDDEN, "this client may not act for " + acting, "X-Agency");
            }
        } else if (client.agencies().size() == 1) {
            acting = client.agencies().iterator().next();
        } else {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "this client acts for several agencies "
                    + client.agencies() + "; name one in X-Agency", "X-Agency");
        }
        return new ActingClient(client.clientId(), client.name(), client.agencies(), acting);
    }
}
