package vn.lienthong.axis.api.vxp;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.ClientRegistry.VxpClientSystem;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpRequestVerifier;

/** Authenticates a VXP SDK request (systemId + HMAC-signed headers) and reads its signed values. */
@Component
class VxpAuth {
    private final ClientRegistry clients;
    private final VxpRequestVerifier verifier;

    VxpAuth(ClientRegistry clients, VxpFacadeProperties props) {
        this.clients = clients;
        this.verifier = new VxpRequestVerifier(id -> clients.findByVxpSystemId(id).map(VxpClientSystem::secret),
                props.freshness(), Clock.systemUTC());
    }

    /** The verified caller: its client system and its signed logical headers. */
    record Caller(VxpClientSystem system, VxpRequestVerifier.Caller signed) {
        Set<String> agencies() {
            return system.agencies();
        }

        /** A signed value, or null. */
        String value(String name) {
            return signed.value(name).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
        }

        String required(String name) {
            String v = value(name);
            if (v == null) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "the signed header XroadVnpt-" + name
                        + " is required", "XroadVnpt-" + name);
            }
            return v;
        }

        /** One of the caller's agencies, named by a signed header; FORBIDDEN otherwise. */
        String ownAgency(String name) {
            String code = required(name).toUpperCase(Locale.ROOT);
            if (!agencies().contains(code)) {
                throw new AxisException(AxisErrorCode.FORBIDDEN, "this client system may not act for " + code
                        + "; it acts for " + agencies(), "XroadVnpt-" + name);
            }
            return code;
        }
    }

    /**
     * Servlet containers read header bytes as ISO-8859-1; the SDK signs the UTF-8 of its values (a
     * Vietnamese {@code description}), so a value that is valid UTF-8 is read as UTF-8.
     */
    static String utf8(String raw) {
        if (raw == null || raw.chars().allMatch(c -> c < 0x80)) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }

    Caller authenticate(HttpServletRequest request) {
        VxpRequestVerifier.Caller signed = verifier.verify(name -> utf8(request.getHeader(name)));
        VxpClientSystem system = clients.findByVxpSystemId(signed.systemId()).orElseThrow(() -> new AxisException(
                AxisErrorCode.UNAUTHENTICATED, "the client system was revoked", "XroadVnpt-systemid"));
        return new Caller(system, signed);
    }
}
