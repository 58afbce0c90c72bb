package vn.lienthong.axis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageFactsTest {

    @Test
    void documentKeyIsSenderDocumentIdAndBusinessType() {
        PackageFacts revoke = PackageFacts.document("A", List.of("B"), "A,2026/11/22,1/X", 1, "A,2026/11/20,9/X", "s",
                "f".repeat(64), 1, null);
        assertThat(revoke.intakeKey()).isEqualTo("D|A|A,2026/11/22,1/X|1");
    }

    @Test
    void statusKeyIgnoresContentExceptForTheRepeatableProcessingCode() {
        PackageFacts accepted = PackageFacts.status("B", "03", "doc", "A", "1".repeat(64), 1);
        PackageFacts processing1 = PackageFacts.status("B", "05", "doc", "A", "1".repeat(64), 1);
        PackageFacts processing2 = PackageFacts.status("B", "05", "doc", "A", "2".repeat(64), 1);
        assertThat(accepted.intakeKey()).isEqualTo("S|B|doc|03");
        assertThat(processing1.intakeKey()).isNotEqualTo(processing2.intakeKey());
    }
}
