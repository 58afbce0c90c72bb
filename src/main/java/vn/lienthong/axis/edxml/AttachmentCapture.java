package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the attachments of a package whose header pass is done, from the elements and text of another pass
 * over the same bytes (intake's signature digest pass, ADR 038), so the package is not parsed a third time. It
 * follows the rules of {@link EdxmlReader#read}: the first {@code ContentTransferEncoded} of each
 * {@code /edXML/AttachmentEncoded/Attachment}, the same files, size limits and decoding budget. During the pass
 * only base64 is decoded (never more bytes than the package holds); a single-entry ZIP is unwrapped by
 * {@link #result}, after the caller has judged the pass. It never throws: anything unusual (an element inside the
 * base64, bad base64, a limit, an I/O error, a count that differs from the header's) gives up, deletes what it
 * wrote and lets the caller read the package again, which reports the problem with the reader's code and field.
 */
public final class AttachmentCapture {
    private static final String[] PATH = {null, null, "AttachmentEncoded", "Attachment", "ContentTransferEncoded"};

    private final List<Attachment> expected;
    private final ReaderLimits limits;
    private final AttachmentSink sink;
    private final DecodeBudget budget;
    private final List<AttachmentFiles.Target> written = new ArrayList<>();
    private final boolean[] onPath = new boolean[PATH.length];
    private boolean contentSeen;
    private AttachmentFiles.Target target;
    private Base64StreamDecoder decoder;
    private boolean failed;

    /** @param header the header pass's package (attachment fields, no files); files go to {@code sink} */
    public AttachmentCapture(EdxmlPackage header, ReaderLimits limits, AttachmentSink sink) {
        this.expected = header.attachments();
        this.limits = limits;
        this.sink = sink;
        this.budget = new DecodeBudget(limits);
    }

    public void start(int depth, String localName) {
        if (failed) {
            return;
        }
        if (decoder != null) {
            giveUp();
            return;
        }
        if (depth < PATH.length) {
            onPath[depth] = (depth == 1 || onPath[depth - 1]) && (PATH[depth] == null || PATH[depth].equals(localName));
            if (depth == 3) {
                contentSeen = false;
            } else if (depth == 4 && onPath[4] && !contentSeen) {
                contentSeen = true;
                open();
            }
        }
    }

    public void text(char[] chars, int start, int length) {
        if (decoder == null || failed) {
            return;
        }
        try {
            decoder.write(chars, start, length);
        } catch (IOException | RuntimeException e) {
            giveUp();
        }
    }

    public void end(int depth) {
        if (decoder == null || failed || depth != 4) {
            return;
        }
        try {
            decoder.finish();
            target.close();
            written.add(target);
            target = null;
            decoder = null;
        } catch (IOException | RuntimeException e) {
            giveUp();
        }
    }

    /**
     * Call once the pass has been judged good: the header's package with its attachments (a single-entry ZIP
     * unwrapped only now, after the verdict), or empty when the capture gave up or saw another number of
     * attachments than the header (then nothing it wrote is left).
     */
    public Optional<EdxmlPackage> result(EdxmlPackage header) {
        if (failed || decoder != null || written.size() != expected.size()) {
            giveUp();
            return Optional.empty();
        }
        List<Attachment> attachments = new ArrayList<>();
        try {
            for (AttachmentFiles.Target t : written) {
                AttachmentFiles.Stored stored = t.complete();
                Attachment fields = expected.get(attachments.size());
                attachments.add(new Attachment(fields.contentId(), fields.name(), fields.description(),
                        fields.contentType(), stored.zipEntryName(), stored.file(), stored.size(), stored.sha256()));
            }
        } catch (IOException | RuntimeException e) {
            giveUp();
            attachments.forEach(AttachmentCapture::delete);
            return Optional.empty();
        }
        written.clear();
        return Optional.of(header.withAttachments(List.copyOf(attachments)));
    }

    /** Closes and deletes whatever was written and not yet handed out; the capture is then given up. */
    public void giveUp() {
        failed = true;
        if (target != null) {
            target.abandon();
            target = null;
        }
        decoder = null;
        written.forEach(AttachmentFiles.Target::abandon);
        written.clear();
    }

    private static void delete(Attachment a) {
        try {
            Files.deleteIfExists(a.file());
        } catch (IOException ignored) {
            // the caller deletes the scratch folder
        }
    }

    private void open() {
        int index = written.size();
        if (index >= expected.size()) {
            giveUp();
            return;
        }
        String field = "edXML/AttachmentEncoded/Attachment/ContentTransferEncoded";
        try {
            Attachment fields = expected.get(index);
            Path file = sink.fileFor(index, fields.contentId(), fields.name());
            target = AttachmentFiles.open(file, limits.maxAttachmentBytes(), budget, field);
            decoder = new Base64StreamDecoder(target, field);
        } catch (IOException | RuntimeException e) {
            giveUp();
        }
    }
}
