package vn.lienthong.axis.evidence.container;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.EvidenceSigner;

/**
 * Checks an evidence container offline against the axis certificate: {@code mimetype} first and STORED,
 * the manifest signature, every file's SHA-256 (no file missing or added), every receipt's signature by
 * that certificate, that each receipt names the SHA-256 of the package in the container, and the ledger
 * checkpoint with its time-stamp when the container carries one ({@link ContainerCheckpoint}).
 */
public final class ContainerVerifier {
    private static final long SMALL_LIMIT = 32L * 1024 * 1024;

    private ContainerVerifier() {}

    /** The JSON report ({@code valid}, {@code problems}, what the receipts prove). */
    public static ObjectNode verify(Path container, X509Certificate trusted, Path scratch, ObjectMapper json)
            throws IOException {
        return verify(container, trusted, List.of(), scratch, json);
    }

    /** As above; the checkpoint's RFC 3161 token must chain to one of {@code tsaTrust} (empty: not checked). */
    public static ObjectNode verify(Path container, X509Certificate trusted, List<X509Certificate> tsaTrust, Path scratch,
                                    ObjectMapper json) throws IOException {
        ObjectNode report = json.createObjectNode();
        ArrayNode problems = json.createArrayNode();
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, byte[]> small = new LinkedHashMap<>();
        Map<String, Long> crcs = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(container), UTF_8)) {
            ZipEntry e = zip.getNextEntry();
            if (e == null || !"mimetype".equals(e.getName()) || e.getMethod() != ZipEntry.STORED) {
                problems.add("the first entry is not a STORED mimetype (not an ASiC-E container)");
            }
            for (; e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                boolean keep = !EvidenceContainerWriter.PACKAGE.equals(e.getName());
                if (digests.containsKey(e.getName())) {
                    problems.add("the file " + e.getName() + " appears twice");
                }
                digests.put(e.getName(), read(zip, keep ? small : null, e.getName()));
                crcs.put(e.getName(), e.getCrc());
            }
        }
        sameCentralDirectory(container, crcs, problems);
        byte[] mimetype = small.get("mimetype");
        if (mimetype == null || !ContainerManifest.MIMETYPE.equals(new String(mimetype, UTF_8))) {
            problems.add("mimetype is not " + ContainerManifest.MIMETYPE);
        }
        String packageSha256 = digests.get(EvidenceContainerWriter.PACKAGE);
        report.put("packageSha256", packageSha256);
        byte[] sigs = small.get(EvidenceContainerWriter.SIGNATURES);
        ObjectNode manifest = report.putObject("manifest");
        if (sigs == null) {
            problems.add("no " + EvidenceContainerWriter.SIGNATURES);
        } else {
            try {
                ContainerManifest.Signed signed = ContainerManifest.verify(sigs, trusted);
                manifest.put("signer", signed.signer().getSubjectX500Principal().getName());
                manifest.put("signerSha256", EvidenceSigner.sha256(signed.signer()));
                manifest.put("files", signed.digests().size());
                checkDigests(signed.digests(), digests, problems);
            } catch (AxisException ex) {
                problems.add(ex.getMessage());
            }
        }
        if (packageSha256 == null) {
            problems.add("no " + EvidenceContainerWriter.PACKAGE + " in the container");
        }
        ArrayNode receipts = report.putArray("receipts");
        small.forEach((name, bytes) -> {
            if (name.startsWith("receipts/")) {
                receipts.add(ReceiptFacts.check(name, new String(bytes, UTF_8), packageSha256, trusted, scratch, json,
                        problems));
            }
        });
        if (receipts.isEmpty()) {
            problems.add("the container holds no receipt");
        }
        report.set("checkpoint", ContainerCheckpoint.check(small, trusted, tsaTrust, scratch, json, problems));
        report.put("valid", problems.isEmpty());
        report.set("problems", problems);
        return report;
    }

    private static void checkDigests(Map<String, String> signed, Map<String, String> actual, ArrayNode problems) {
        signed.forEach((path, digest) -> {
            String found = actual.get(path);
            if (found == null) {
                problems.add("the manifest signs " + path + ", which is not in the container");
            } else if (!found.equals(digest)) {
                problems.add("the file " + path + " was changed: its SHA-256 is " + found + ", the manifest signs " + digest);
            }
        });
        actual.keySet().stream().filter(p -> !p.equals(EvidenceContainerWriter.SIGNATURES) && !signed.containsKey(p))
                .forEach(p -> problems.add("the file " + p + " is not signed by the manifest"));
    }

    /**
     * Local headers (read above) and central directory (what unzip tools show) must list the same files
     * with the same CRCs, or a crafted ZIP could show a checker one content and a person another.
     */
    private static void sameCentralDirectory(Path container, Map<String, Long> local, ArrayNode problems) {
        Map<String, Long> central = new LinkedHashMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(container.toFile(), UTF_8)) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> central.put(e.getName(), e.getCrc()));
        } catch (IOException e) {
            problems.add("the ZIP central directory is unreadable: " + e.getMessage());
            return;
        }
        if (!central.equals(local) || !List.copyOf(central.keySet()).equals(List.copyOf(local.keySet()))) {
            problems.add("the ZIP central directory does not list the same files as the entries themselves");
        }
    }

    private static String read(InputStream in, Map<String, byte[]> keep, String name) throws IOException {
        MessageDigest sha = EvidenceContainerWriter.sha256();
        ByteArrayOutputStream copy = keep == null ? null : new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            sha.update(buf, 0, n);
            total += n;
            if (copy != null) {
                if (total > SMALL_LIMIT) {
                    throw new IOException(name + " is larger than an evidence file can be (" + SMALL_LIMIT + " bytes)");
                }
                copy.write(buf, 0, n);
            }
        }
        if (copy != null) {
            keep.put(name, copy.toByteArray());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }
}
