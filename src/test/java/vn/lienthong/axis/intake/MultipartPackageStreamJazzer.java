package vn.lienthong.axis.intake;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.lienthong.axis.support.FuzzTargets;

/**
 * Coverage-guided fuzzing with Jazzer, on demand only: the class name keeps it out of the normal
 * suite, whose brief pass is {@code MultipartPackageStreamFuzzTest}. Run
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=MultipartPackageStreamJazzer}; see docs/security.md ("Fuzzing").
 */
class MultipartPackageStreamJazzer {
    /** Coverage-guided: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=MultipartPackageStreamJazzer}. */
    @FuzzTest(maxDuration = "60s")
    void jazzer(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? MultipartPackageStreamFuzzTest.TYPE : "multipart/form-data; " + data.consumeString(80);
        FuzzTargets.multipart(data.consumeRemainingAsBytes(), contentType);
    }
}
