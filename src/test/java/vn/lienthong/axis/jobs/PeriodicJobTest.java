package vn.lienthong.axis.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs repeat, a failed run is retried at the next period, a run answering false stops the job. */
class PeriodicJobTest {
    private static final Duration SHORT = Duration.ofMillis(5);

    private static PeriodicJob job() {
        return new PeriodicJob("periodic-job-test", LoggerFactory.getLogger(PeriodicJobTest.class), "test run failed");
    }

    @Test
    void givenARunThatFails_thenTheNextRunsStillHappen() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch afterFailure = new CountDownLatch(2);
        try (PeriodicJob job = job()) {
            job.start(Duration.ZERO, SHORT, () -> {
                if (runs.incrementAndGet() == 1) {
                    throw new IllegalStateException("first run fails");
                }
                afterFailure.countDown();
                return true;
            });
            assertThat(afterFailure.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(job.stopped()).isFalse();
        }
    }

    @Test
    void givenARunAnsweringFalse_thenTheJobStopsAfterIt() {
        AtomicInteger runs = new AtomicInteger();
        try (PeriodicJob job = job()) {
            job.start(Duration.ZERO, SHORT, () -> runs.incrementAndGet() < 3);
            await().atMost(Duration.ofSeconds(10)).until(job::stopped);
            assertThat(runs).hasValue(3);
        }
    }

    @Test
    void givenNoPositiveInterval_thenNothingRuns() {
        AtomicInteger runs = new AtomicInteger();
        try (PeriodicJob job = job()) {
            job.start(Duration.ZERO, runs::incrementAndGet);
            assertThat(job.stopped()).isTrue();
            assertThat(runs).hasValue(0);
        }
    }

    @Test
    void whenClosed_thenItStops() {
        PeriodicJob job = job();
        job.start(Duration.ofHours(1), () -> { });
        assertThat(job.stopped()).isFalse();
        job.close();
        assertThat(job.stopped()).isTrue();
    }
}
