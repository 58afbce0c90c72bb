package vn.lienthong.axis.signature;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signed packages as text, and a way to re-sign a hand-edited SignedInfo so attacks stay crypto-valid. */
final class SignedFixtures {
    private static final Pattern METHOD = Pattern.compile("<SignatureMethod Algorithm=\"([^\"]+)\"");
    private static final Pattern NS = Pattern.compile("<Signature xmlns=\"([^\"]+)\"");

    private SignedFixtures() {}

    static String sign(Path dir, String unsigned, TestKeys keys, EdxmlSigner.Options options) throws Exception {
        Path in = SamplePackages.write(dir, "unsigned-" + System.nanoTime() + ".edxml", unsigned);
        Path out = dir.resolve("signed-" + System.nanoTime() + ".edxml");
        keys.signer(options).sign(in, out);
        return SamplePackages.read(out);
    }

    /** A package signed with RSA-2048, rsa-sha256, exc-c14n, DSig namespace. */
    static String signed(Path dir, int attachments) throws Exception {
        return sign(dir, SamplePackages.document(attachments, 2000), TestKeys.rsa(2048), EdxmlSigner.Options.defaults());
    }

    /**
     * Recomputes SignatureValue after SignedInfo was edited (the edit must keep canonical form:
     * no self-closing tags, attributes in order). Unknown SignatureMethods are left unsigned.
     */
    static String resign(String xml, TestKeys keys) throws Exception {
        int start = xml.indexOf("<SignedInfo>");
        int end = xml.indexOf("</SignedInfo>");
        String body = xml.substring(start + "<SignedInfo>".length(), end);
        Matcher ns = NS.matcher(xml);
        ns.find();
        Matcher m = METHOD.matcher(body);
        m.find();
        SignatureAlgorithms.Method method;
        try {
            method = SignatureAlgorithms.signatureMethod(m.group(1), true);
        } catch (RuntimeException notAllowed) {
            return xml;
        }
        byte[] canonical = ("<SignedInfo xmlns=\"" + ns.group(1) + "\">" + body + "</SignedInfo>").getBytes(UTF_8);
        String value = Base64.getEncoder().encodeToString(SignatureAlgorithms.sign(method, keys.key(), canonical));
        return xml.replaceFirst("<SignatureValue>[^<]*</SignatureValue>",
                "<SignatureValue>" + Matcher.quoteReplacement(value) + "</SignatureValue>");
    }

    /**
     * Recomputes SignatureValue for any SignedInfo form (e.g. inclusive c14n, QCVN namespace, indented)
     * through the streaming canonicalizer, which {@code SignedInfoCanonicalizationTest} holds equal to
     * Santuario DOM's.
     */
    static String resignStreaming(Path dir, String xml, TestKeys keys) throws Exception {
        Path f = SamplePackages.write(dir, "resign-" + System.nanoTime() + ".edxml", xml);
        var captured = SignatureLocator.locate(f);
        Matcher c14n = Pattern.compile("<CanonicalizationMethod Algorithm=\"([^\"]+)\"").matcher(xml);
        c14n.find();
        Matcher m = METHOD.matcher(xml);
        m.find();
        byte[] canonical = Canonicalization.canonicalize(captured.signedInfoEvents(), c14n.group(1));
        byte[] value = SignatureAlgorithms.sign(SignatureAlgorithms.signatureMethod(m.group(1), true), keys.key(),
                canonical);
        return xml.replaceFirst("<SignatureValue>[^<]*</SignatureValue>",
                "<SignatureValue>" + Matcher.quoteReplacement(Base64.getMimeEncoder().encodeToString(value))
                        + "</SignatureValue>");
    }

    /** Replaces the first occurrence of {@code from} (which must exist). */
    static String replace(String xml, String from, String to) {
        int i = xml.indexOf(from);
        if (i < 0) {
            throw new IllegalArgumentException("not found: " + from);
        }
        return xml.substring(0, i) + to + xml.substring(i + from.length());
    }

    /** The whole {@code <Signature ...>...</Signature>} element text. */
    static String signatureElement(String xml) {
        int s = xml.indexOf("<Signature ");
        int e = xml.indexOf("</Signature>") + "</Signature>".length();
        return xml.substring(s, e);
    }
}
