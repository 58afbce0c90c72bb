package vn.lienthong.axis.api.vxp;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.directory.ClientRegistry.VxpClientSystem;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.federation.vxp.VxpRequestVerifier;

/**
 * Authenticates a VXP SDK request from its headers alone (systemId + HMAC-signed headers) and checks
 * that the signature covers what the operation needs ({@link VxpOperation}). Called by
 * {@link VxpAuthenticationFilter} before any body is read.
 */
@Component
class VxpAuth {
    /** Request attribute holding the verified {@link Caller}. */
    static final String CALLER = "vn.lienthong.axis.api.vxp.caller";
    /** Logical header naming the operation a signature was made for. */
    static final String SERVICE_CODE = VxpHeaders.SERVICE_CODE;
    private final ClientRegistry clients;
    private final VxpFacadeProperties props;

    VxpAuth(ClientRegistry clients, VxpFacadeProperties props) {
        this.clients = clients;
        this.props = props;
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

    /** One registry lookup per request: the system found for the secret is the caller. */
    Caller authenticate(HttpServletRequest request) {
        VxpClientSystem[] found = new VxpClientSystem[1];
        VxpRequestVerifier verifier = new VxpRequestVerifier(id -> clients.findByVxpSystemId(id).map(s -> {
            found[0] = s;
            return s.secret();
        }), props.freshness(), props.clockSkew(), Clock.systemUTC());
        VxpRequestVerifier.Caller signed = verifier.verify(name -> utf8(request.getHeader(name)));
        if (found[0] == null) {
            throw new AxisException(AxisErrorCode.UNAUTHENTICATED, VxpRequestVerifier.NOT_VERIFIED);
        }
        return new Caller(found[0], signed);
    }

    /**
     * The signature must name this operation if it names one ({@code servicecode}) and must cover every
     * header the operation needs. A strict client system must name it on every call; a legacy one
     * ({@code vxpUnsignedOperations}) may leave it out over HTTPS only, and one also registered with
     * {@code vxpUnsignedAgencyBody} may call registerAgency as the stock SDK does (no digest), over HTTPS only.
     */
    static void checkBinding(VxpOperation operation, Caller caller, boolean secure) {
        String serviceCode = caller.value(SERVICE_CODE);
        if (serviceCode != null && !serviceCode.equalsIgnoreCase(operation.path())) {
            throw new AxisException(AxisErrorCode.UNAUTHENTICATED, "the request was signed for " + serviceCode
                    + ", not for " + operation.path(), VxpHeaders.PREFIX + SERVICE_CODE);
        }
        if (operation == VxpOperation.REGISTER_AGENCY && unboundAgencyBodyAllowed(caller, secure)) {
            return;
        }
        if (serviceCode == null) {
            requireUnnamedOperationAllowed(operation, caller, secure);
        }
        for (List<String> names : operation.required()) {
            if (names.stream().allMatch(n -> caller.value(n) == null)) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "the signed header XroadVnpt-" + names.get(0)
                        + " is required for " + operation.path(), VxpHeaders.PREFIX + names.get(0));
            }
        }
    }

    /**
     * A call whose signature does not name its operation could be replayed to another operation that needs
     * no more signed headers (a getAgenciesList poll to getSentEdocList, an updateStatus to getEdoc): refused
     * from a strict client system, accepted from a legacy one over HTTPS only.
     */
    private static void requireUnnamedOperationAllowed(VxpOperation operation, Caller caller, boolean secure) {
        if (!caller.system().unsignedOperations()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the signed header XroadVnpt-" + SERVICE_CODE
                    + " is required for " + operation.path() + ": sign it with the operation's name",
                    VxpHeaders.PREFIX + SERVICE_CODE);
        }
        if (!secure) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "a call without a signed XroadVnpt-" + SERVICE_CODE
                    + " is accepted from this client system over HTTPS only", VxpHeaders.PREFIX + SERVICE_CODE);
        }
    }

    /** registerAgency without servicecode/hash-file: only for a client registered for it, and over HTTPS. */
    static boolean unboundAgencyBodyAllowed(Caller caller, boolean secure) {
        boolean bound = caller.value(SERVICE_CODE) != null && caller.value(VxpHeaders.HASH_FILE) != null;
        if (bound || !caller.system().unsignedAgencyBody() || !caller.system().unsignedOperations()) {
            return false;
        }
        if (!secure) {
            throw new AxisException(AxisErrorCode.FORBIDDEN, "registerAgency without a signed body digest"
                    + " (XroadVnpt-hash-file) is accepted from this client system over HTTPS only",
                    VxpHeaders.PREFIX + VxpHeaders.HASH_FILE);
        }
        return true;
    }
}
