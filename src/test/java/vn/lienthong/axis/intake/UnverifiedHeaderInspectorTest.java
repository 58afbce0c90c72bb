package vn.lienthong.axis.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.support.EdxmlSamples;

class UnverifiedHeaderInspectorTest {
    @TempDir Path dir;
    final UnverifiedHeaderInspector inspector = new UnverifiedHeaderInspector();

    @Test
    void readsTheDocumentHeader() throws Exception {
        PackageFacts f = inspect(EdxmlSamples.document("000.00.00.H99", "000.00.00.H99,2025/06/02,125/UBND-VP", 2,
                "000.00.00.H99,2025/06/01,1/UBND-VP", "V/v thử", "000.00.01.h99", "000.00.02.H99"));
        assertThat(f.kind()).isEqualTo(PackageKind.DOCUMENT);
        assertThat(f.from()).isEqualTo("000.00.00.H99");
        assertThat(f.recipients()).containsExactly("000.00.01.H99", "000.00.02.H99");
        assertThat(f.documentId()).isEqualTo("000.00.00.H99,2025/06/02,125/UBND-VP");
        assertThat(f.businessType()).isEqualTo(2);
        assertThat(f.responseForDocumentId()).isEqualTo("000.00.00.H99,2025/06/01,1/UBND-VP");
        assertThat(f.subject()).isEqualTo("V/v thử");
        assertThat(f.sha256()).isEqualTo("ab".repeat(32));
    }

    @Test
    void readsTheStatusHeader() throws Exception {
        PackageFacts f = inspect(EdxmlSamples.status("000.00.01.H99", "03", "doc-1", "000.00.00.H99", "Đã nhận"));
        assertThat(f.kind()).isEqualTo(PackageKind.STATUS);
        assertThat(f.statusCode()).isEqualTo("03");
        assertThat(f.responseForDocumentId()).isEqualTo("doc-1");
        assertThat(f.responseForOrganId()).isEqualTo("000.00.00.H99");
    }

    @Test
    void refusesDoctypeAndOtherRoots() {
        assertThatThrownBy(() -> inspect("<!DOCTYPE edXML [<!ENTITY x \"y\">]><edXML/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AxisException.class,
                        e -> assertThat(e.code()).isEqualTo(AxisErrorCode.DTD_NOT_ALLOWED));
        assertThatThrownBy(() -> inspect("<html/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.NOT_EDXML));
    }

    private PackageFacts inspect(byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve("p.xml"), bytes);
        return inspector.inspect(new SpooledPackage(f, "ab".repeat(32), bytes.length));
    }
}
