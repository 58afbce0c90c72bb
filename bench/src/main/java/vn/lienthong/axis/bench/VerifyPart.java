package vn.lienthong.axis.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;

/** XML-DSig verification of one intake package ({@link EdxmlSignatureVerifier}) per second, on N threads. */
final class VerifyPart {
    private VerifyPart() {}

    static Map<String, Object> measure(Path pkg, int threads, Duration duration) throws Exception {
        EdxmlSignatureVerifier verifier = new EdxmlSignatureVerifier();
        for (int i = 0; i < 20; i++) {
            verifier.verify(pkg); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    verifier.verify(pkg);
                    n++;
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> c : counts) {
            total += c.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", threads);
        m.put("verifications", total);
        m.put("perSecond", Rate.round(Rate.perSecond(total, nanos)));
        return m;
    }
}
