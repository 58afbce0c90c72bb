package vn.lienthong.axis.edxml;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Turns decoded attachment bytes into the final file: bytes go to a {@code .part} file (counted against the
 * limit and hashed); a single-entry ZIP ({@code PK\x03\x04}) is then unwrapped into the final file, anything else
 * is moved there as is. The result carries size, SHA-256 and the ZIP entry name.
 */
final class AttachmentFiles {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** What was written: the final file, its decoded size and hash, and the ZIP entry name if unwrapped. */
    record Stored(Path file, long size, String sha256, String zipEntryName) {
    }

    private AttachmentFiles() {}

    /** An output for the raw decoded bytes of one attachment. */
    static Target open(Path file, long maxBytes, DecodeBudget budget, String field) throws IOException {
        return new Target(file, maxBytes, budget, field);
    }

    /** Decoded bytes of one attachment on their way to disk. */
    static final class Target extends FilterOutputStream {
        private final Path file;
        private final Path part;
        private final long maxBytes;
        private final String field;
        private final DecodeBudget budget;
        private final MessageDigest digest = sha256();
        private long count;

        private Target(Path file, long maxBytes, DecodeBudget budget, String field) throws IOException {
            super(null);
            this.file = file;
            this.part = file.resolveSibling(file.getFileName() + ".part");
            this.maxBytes = maxBytes;
            this.budget = budget;
            this.field = field;
            this.out = new DigestOutputStream(Files.newOutputStream(part), digest);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > maxBytes) {
                throw tooLarge(maxBytes, field);
            }
            budget.spend(len, field);
            out.write(b, off, len);
        }

        /** Closes the part file and produces the final file; deletes the part file either way. */
        Stored complete() throws IOException {
            close();
            try {
                if (startsWithZipMagic(part)) {
                    Stored unzipped = unwrapSingleEntry(part, file, maxBytes, budget, field);
                    if (unzipped != null) {
                        return unzipped;
                    }
                }
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                return new Stored(file, count, HexFormat.of().formatHex(digest.digest()), null);
            } finally {
                Files.deleteIfExists(part);
            }
        }

        /** Closes and deletes what was written so far. */
        void abandon() {
            try {
                close();
            } catch (IOException e) {
                // best effort: the caller is already failing
            } finally {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    // left to the spool cleanup
                }
            }
        }
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    /** Unzips the only entry of a ZIP; null when the ZIP has several entries or cannot be read (then kept as is). */
    private static Stored unwrapSingleEntry(Path zip, Path target, long maxBytes, DecodeBudget budget, String field)
            throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            if (!entries.hasMoreElements()) {
                return null;
            }
            ZipEntry entry = entries.nextElement();
            if (entries.hasMoreElements() || entry.isDirectory()) {
                return null;
            }
            long compressed = Math.min(entry.getCompressedSize() < 0 ? Long.MAX_VALUE : entry.getCompressedSize(),
                    Files.size(zip));
            if (entry.getSize() > maxBytes) {
                throw tooLarge(maxBytes, field);
            }
            budget.checkRatio(entry.getSize(), compressed, field);
            MessageDigest digest = sha256();
            long size = copyLimited(zf.getInputStream(entry), target, digest, new Caps(maxBytes, compressed, budget),
                    field);
            return new Stored(target, size, HexFormat.of().formatHex(digest.digest()), entry.getName());
        } catch (IOException e) {
            // Not a readable ZIP after all (truncated, corrupt): keep the bytes as they were sent.
            Files.deleteIfExists(target);
            return null;
        }
    }

    /** What bounds one unzipped entry: the attachment size, its expansion and the package's decoding budget. */
    private record Caps(long maxBytes, long compressed, DecodeBudget budget) {}

    private static long copyLimited(InputStream in, Path target, MessageDigest digest, Caps caps, String field)
            throws IOException {
        long size = 0;
        byte[] buf = new byte[64 * 1024];
        try (in; OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                size += n;
                if (size > caps.maxBytes()) {
                    throw tooLarge(caps.maxBytes(), field);
                }
                caps.budget().checkRatio(size, caps.compressed(), field);
                caps.budget().spend(n, field);
                out.write(buf, 0, n);
            }
        } catch (AxisException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return size;
    }

    private static AxisException tooLarge(long maxBytes, String field) {
        return new AxisException(AxisErrorCode.ATTACHMENT_TOO_LARGE,
                "attachment is larger than " + maxBytes + " bytes once decoded", field);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 is not available", null, e);
        }
    }
}
