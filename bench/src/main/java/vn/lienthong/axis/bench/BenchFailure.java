package vn.lienthong.axis.bench;

/** A scenario that errored (refused packages, lost deliveries): the harness exits non-zero. */
public class BenchFailure extends RuntimeException {
    public BenchFailure(String message) {
        super(message);
    }
}
