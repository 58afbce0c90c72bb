package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** Detached CMS signatures and RFC 3161 time-stamp tokens made with BouncyCastle for the test fixtures. */
public final class SampleCms {
    private SampleCms() {
    }

    /** An RFC 3161 token over the SHA-256 of {@code content}, with the TSA certificates included. */
    static byte[] timeStampToken(SamplePki.Credential tsa, InputStream content) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            TimeStampTokenGenerator gen = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            gen.addCertificates(new JcaCertStore(tsa.chain()));
            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(NISTObjectIdentifiers.id_sha256, digest);
            return gen.generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
        } catch (Exception e) {
            throw new IOException("cannot make the sample time-stamp token", e);
        }
    }

    /** A SignatureInterface producing a detached CMS over the signed ranges with BouncyCastle. */
    public static SignatureInterface cms(SamplePki.Credential signer, String digest, X509Certificate bound) {
        return cms(signer, digest, bound, false);
    }

    static SignatureInterface cms(SamplePki.Credential signer, String digest, X509Certificate bound,
                                          boolean encapsulate) {
        return (InputStream content) -> {
            try {
                String alg = signer.signatureAlgorithm().replace("SHA256", digest);
                CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build());
                if (bound != null) {
                    byte[] hash = MessageDigest.getInstance("SHA-256").digest(bound.getEncoded());
                    info.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(
                            new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))))));
                }
                gen.addSignerInfoGenerator(info.build(new JcaContentSignerBuilder(alg).build(signer.key()), signer.certificate()));
                gen.addCertificates(new JcaCertStore(signer.chain()));
                return gen.generate(new StreamedContent(content), encapsulate).getEncoded();
            } catch (Exception e) {
                throw new IOException("cannot make the sample CMS", e);
            }
        };
    }

    /** The signed ranges as CMS content, streamed once into the digest: large PDFs sign without buffering. */
    private record StreamedContent(InputStream in) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
