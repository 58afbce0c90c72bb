package vn.lienthong.axis.ledger.chain;

import java.util.List;

/**
 * What {@code ledger verify} found (JSON): intact up to the last signed checkpoint, or the first
 * entry changed, removed or inserted, and every other problem after it.
 *
 * @param entries                    chain entries walked (all lanes)
 * @param entriesAfterLastCheckpoint entries protected by the chain only, not yet by a signed checkpoint
 */
public record ChainReport(boolean intact, String summary, long entries, int lanes, Checkpoint lastCheckpoint,
                          long entriesAfterLastCheckpoint, long checkpointsWithoutTimeStamp, Problem firstProblem,
                          List<Problem> problems, String verifiedAt) {

    /**
     * One finding. {@code kind}: changed, removed, inserted, checkpoint-mismatch, checkpoint-signature,
     * checkpoint-timestamp (a stored RFC 3161 token that does not verify over its checkpoint).
     */
    public record Problem(String kind, Long eventId, Integer lane, Long seq, String detail) {}

    /** The newest checkpoint whose signature verified. */
    public record Checkpoint(long id, String createdAt, String node, String signer, String signerSha256, long entries,
                             TimeStamp timeStamp) {}

    /**
     * The RFC 3161 token stored with a checkpoint, verified over the signed checkpoint.
     *
     * @param trusted the TSA certificate chains to a configured TSA trust anchor (false: none was given)
     */
    public record TimeStamp(String time, String authority, String authoritySha256, boolean trusted) {}
}
