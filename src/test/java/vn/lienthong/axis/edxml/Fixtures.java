package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Test fixtures under {@code fixtures/packages/} and helpers to read them. */
final class Fixtures {
    /** SHA-256 of the sample PDF inside every fixture package. */
    static final String SAMPLE_PDF_SHA256 = "fce1b797a2297bfa80dc2bc01dc131988c25d288a7774cd860c6883d2a70ee42";
    static final long SAMPLE_PDF_SIZE = 82;

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/packages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EdxmlPackage read(String name, Path dir) {
        return read(bytes(name), dir);
    }

    static EdxmlPackage read(byte[] bytes, Path dir) {
        return new EdxmlReader().read(new java.io.ByteArrayInputStream(bytes), AttachmentSink.directory(dir));
    }
}
