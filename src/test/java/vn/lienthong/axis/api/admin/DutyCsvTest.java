package vn.lienthong.axis.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.duties.CopyFacts;
import vn.lienthong.axis.duties.Duty;
import vn.lienthong.axis.duties.DutyCheck;
import vn.lienthong.axis.duties.Outcome;

class DutyCsvTest {
    @Test
    void givenCommasQuotesAndAFormula_thenFieldsAreQuotedAndTheFormulaDefused() {
        Instant t = Instant.parse("2026-04-28T10:00:00Z");
        CopyFacts f = new CopyFacts("ax-1", "=HYPERLINK(\"x\"),2026", "000.00.00.H99", "000.00.02.H99", 7, t, null,
                null, null, null, null);
        String csv = AdminDutiesController.DutyCsv.write(List.of(
                new DutyCheck(f, Duty.RECEIVED, t, null, Outcome.OVERDUE, Duration.ofMinutes(5))));
        assertThat(csv.split("\r\n")).containsExactly(
                "recipient,document_id,sender,axis_id,duty,available_at,due,done_at,outcome,late_seconds",
                "000.00.02.H99,\"'=HYPERLINK(\"\"x\"\"),2026\",000.00.00.H99,ax-1,received,2026-04-28T10:00:00Z,"
                        + "2026-04-28T10:00:00Z,,overdue,300");
    }
}
