package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk hex-string reader gives exactly the strings PDFBox's own parser gives, on every kind of hex string. */
class HexStringParserTest {
    @TempDir
    Path dir;

    /** Each hex string written into the catalogue, under its key; the padding keeps every offset valid. */
    private static final Map<String, String> HEX = new LinkedHashMap<>();

    static {
        HEX.put("Plain", "<48656C6C6F2C205669E1BB8774204E616D>");
        HEX.put("Lower", "<48656c6c6f>");
        HEX.put("Empty", "<>");
        HEX.put("Spaces", "<48 65 6C\n6C 6F>");
        HEX.put("Odd", "<48656C6C6>");
        HEX.put("Invalid", "<4865zz6C6C6F>");
        HEX.put("Long", "<" + "0123456789ABCDEF".repeat(250) + ">");
        HEX.put("LongWithSpaceAfterFirstBlock", "<" + "AB".repeat(200) + " " + "CD".repeat(300) + ">");
    }

    @Test
    void givenEveryKindOfHexString_thenSameBytesAsPdfBoxsOwnParser() throws Exception {
        Path pdf = pdfWith(HEX);

        try (PDDocument ours = HexStringParser.load(new RandomAccessReadBufferedFile(pdf.toFile()));
             PDDocument theirs = Loader.loadPDF(pdf.toFile())) {
            for (String key : HEX.keySet()) {
                assertThat(string(ours, key)).as(key).isEqualTo(string(theirs, key));
            }
            assertThat(string(ours, "Plain")).isEqualTo("Hello, Việt Nam".getBytes(StandardCharsets.UTF_8));
            assertThat(string(ours, "Long")).hasSize(2000);
            assertThat(string(ours, "Odd")).containsExactly(0x48, 0x65, 0x6C, 0x6C, 0x60);
        }
    }

    @Test
    void givenHexStringWithoutClosingBracket_thenUnreadableLikePdfBox() throws Exception {
        Path pdf = pdfWith(Map.of("Open", "<4865"));
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<4865");
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, java.util.Arrays.copyOf(bytes, at + 5));

        org.assertj.core.api.ThrowableAssert.ThrowingCallable ours = () -> {
            try (PDDocument d = HexStringParser.load(new RandomAccessReadBufferedFile(cut.toFile()))) {
                d.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("Open"));
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(ours).isInstanceOf(IOException.class);
    }

    private static byte[] string(PDDocument doc, String key) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        return ((COSString) catalog.getDictionaryObject(COSName.getPDFName(key))).getBytes();
    }

    /** A one-page PDF whose catalogue holds literal placeholders, then patched to the hex strings, same lengths. */
    private Path pdfWith(Map<String, String> hex) throws IOException {
        Path pdf = dir.resolve("hex.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            for (Map.Entry<String, String> e : hex.entrySet()) {
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName(e.getKey()),
                        new COSString("#".repeat(e.getValue().length() - 2) + e.getKey()));
            }
            doc.save(pdf.toFile());
        }
        String text = Files.readString(pdf, StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> e : hex.entrySet()) {
            String placeholder = "(" + "#".repeat(e.getValue().length() - 2) + e.getKey() + ")";
            assertThat(text).contains(placeholder);
            text = text.replace(placeholder, e.getValue() + " ".repeat(e.getKey().length()));
        }
        Files.writeString(pdf, text, StandardCharsets.ISO_8859_1);
        return pdf;
    }
}
