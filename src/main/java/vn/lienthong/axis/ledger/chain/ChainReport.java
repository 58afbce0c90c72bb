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
                          long entriesAfterLastCheckpoint, Problem firstProblem, List<Problem> problems,
                          String verifiedAt) {

    /** One finding. {@code kind}: changed, removed, inserted, checkpoint-mismatch, checkpoint-signature. */
    public record Problem(String kind, Long eventId, Integer lane, Long seq, String detail) {}

    /** The newest checkpoint whose signature verified. */
    public record Checkpoint(long id, String createdAt, String node, String signer, String signerSha256, long entries) {}
}
