package vn.lienthong.axis.federation.vxp;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A getEdoc answer read with Jackson's streaming parser: the envelope's fields in any order, and the
 * base64 {@code data} decoded straight into a file ({@link JsonParser#readBinaryValue}), so a package of
 * hundreds of megabytes needs no more heap than the parser's buffers.
 */
record StreamedEdoc(VxpEnvelope envelope, boolean hasData) {

    /** Reads the answer; {@code data}, if it is a string, is decoded into {@code target}. Not base64: IOException. */
    static StreamedEdoc read(JsonFactory factory, InputStream body, Path target) throws IOException {
        String status = null;
        String errorCode = null;
        String errorDesc = null;
        String docId = null;
        boolean hasData = false;
        try (JsonParser p = factory.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the answer is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "status" -> status = p.getValueAsString();
                    case "ErrorCode" -> errorCode = p.getValueAsString();
                    case "ErrorDesc" -> errorDesc = p.getValueAsString();
                    case "DocId" -> docId = p.getValueAsString();
                    case "data" -> hasData = value == JsonToken.VALUE_STRING && decode(p, target);
                    default -> { }
                }
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
        }
        return new StreamedEdoc(new VxpEnvelope(status, errorCode, errorDesc, null, docId, null), hasData);
    }

    private static boolean decode(JsonParser p, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024)) {
            p.readBinaryValue(Base64Variants.MIME_NO_LINEFEEDS, out);
        } catch (IllegalArgumentException e) {
            throw new IOException("data is not base64: " + e.getMessage(), e);
        }
        return true;
    }
}
