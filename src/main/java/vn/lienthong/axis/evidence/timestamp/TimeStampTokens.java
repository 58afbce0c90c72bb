package vn.lienthong.axis.evidence.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Checks an RFC 3161 time-stamp token against the bytes it should stamp: the SHA-256 imprint, the
 * TSA's signature ({@code TimeStampToken.validate}: signing-certificate attribute, critical extended
 * key usage timeStamping, certificate valid at the stamped time) and, when trust anchors are given,
 * the TSA certificate's chain to one of them at the stamped time.
 */
public final class TimeStampTokens {

    /** A token that checked out: when, by whom, and whether its TSA chains to a given anchor. */
    public record Verified(Instant time, String authority, String authoritySha256, boolean trusted, String serial) {}

    private TimeStampTokens() {}

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 is not available", null, e);
        }
    }

    /** Verifies {@code der} (a TimeStampToken) over {@code stamped}; throws SIGNATURE_INVALID / UNTRUSTED_SIGNER. */
    public static Verified verify(byte[] der, byte[] stamped, List<X509Certificate> anchors) {
        TimeStampToken token = parse(der);
        var info = token.getTimeStampInfo();
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
            throw refused("the token's imprint is not SHA-256 but " + info.getMessageImprintAlgOID());
        }
        if (!MessageDigest.isEqual(info.getMessageImprintDigest(), sha256(stamped))) {
            throw refused("the token's imprint is not the SHA-256 of the stamped checkpoint");
        }
        Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
        if (signers.isEmpty()) {
            throw refused("the token carries no certificate of its time-stamping authority");
        }
        X509CertificateHolder holder = signers.iterator().next();
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(holder);
            boolean trusted = !anchors.isEmpty();
            if (trusted) {
                chain(tsa, others(token, holder), anchors, info.getGenTime());
            }
            return new Verified(info.getGenTime().toInstant(), tsa.getSubjectX500Principal().getName(),
                    HexFormat.of().formatHex(sha256(tsa.getEncoded())), trusted, info.getSerialNumber().toString(16));
        } catch (TSPException e) {
            throw refused("the token does not verify: " + e.getMessage());
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw refused("the token's certificate cannot be read: " + e.getMessage());
        }
    }

    /** Reads a DER token; SIGNATURE_INVALID if it is not one. */
    public static TimeStampToken parse(byte[] der) {
        try {
            return new TimeStampToken(new CMSSignedData(der));
        } catch (CMSException | TSPException | IOException | IllegalArgumentException e) {
            throw refused("not an RFC 3161 time-stamp token: " + e.getMessage());
        }
    }

    /** Reads PEM certificates (several per file allowed): the TSA trust anchors. */
    public static List<X509Certificate> readPem(List<Path> files) {
        List<X509Certificate> out = new ArrayList<>();
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p)) {
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(c -> out.add((X509Certificate) c));
            } catch (IOException | GeneralSecurityException e) {
                throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "cannot read the TSA trust anchor " + p
                        + ": " + e.getMessage(), "axis.evidence.tsa.trust", e);
            }
        }
        return List.copyOf(out);
    }

    private static List<X509Certificate> others(TimeStampToken token, X509CertificateHolder signer)
            throws GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
            if (!h.equals(signer)) {
                out.add(new JcaX509CertificateConverter().getCertificate(h));
            }
        }
        return out;
    }

    private static void chain(X509Certificate tsa, List<X509Certificate> intermediates, List<X509Certificate> anchors,
                              java.util.Date at) throws GeneralSecurityException {
        if (anchors.contains(tsa)) {
            return;
        }
        List<X509Certificate> path = new ArrayList<>();
        path.add(tsa);
        X509Certificate current = tsa;
        while (anchors.stream().noneMatch(issuedBy(current)) && path.size() < 8) {
            X509Certificate c = current;
            X509Certificate next = intermediates.stream().filter(i -> i.getSubjectX500Principal()
                    .equals(c.getIssuerX500Principal()) && !path.contains(i)).findFirst().orElse(null);
            if (next == null) {
                throw new AxisException(AxisErrorCode.UNTRUSTED_SIGNER, "the time-stamping authority "
                        + tsa.getSubjectX500Principal().getName() + " does not chain to a configured TSA trust anchor",
                        "axis.evidence.tsa.trust");
            }
            path.add(next);
            current = next;
        }
        Set<TrustAnchor> trust = anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
        PKIXParameters params = new PKIXParameters(trust);
        params.setRevocationEnabled(false);
        params.setDate(at);
        try {
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                    .generateCertPath(path), params);
        } catch (java.security.cert.CertPathValidatorException e) {
            throw new AxisException(AxisErrorCode.UNTRUSTED_SIGNER, "the time-stamping authority "
                    + tsa.getSubjectX500Principal().getName() + " does not chain to a configured TSA trust anchor: "
                    + e.getMessage(), "axis.evidence.tsa.trust", e);
        }
    }

    private static java.util.function.Predicate<X509Certificate> issuedBy(X509Certificate c) {
        return a -> a.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    private static AxisException refused(String why) {
        return new AxisException(AxisErrorCode.SIGNATURE_INVALID, why, "ledger_checkpoint.tsa_token");
    }
}
