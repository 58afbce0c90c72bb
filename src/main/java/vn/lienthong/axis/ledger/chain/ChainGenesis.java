package vn.lienthong.axis.ledger.chain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up of the chain: creates the head row of each lane, and once (the first start after
 * migration V17) chains the events that existed before the chain did, in id order, on lane 0.
 * Events inserted later without a link are never adopted: the verifier reports them as inserted.
 */
public final class ChainGenesis {
    private static final Logger log = LoggerFactory.getLogger(ChainGenesis.class);
    private static final int CHUNK = 10_000;

    private ChainGenesis() {}

    public static void run(JdbcTemplate jdbc, TransactionTemplate tx, LedgerChain chain) {
        for (int lane = 0; lane < chain.lanes(); lane++) {
            try {
                jdbc.update("insert into ledger_chain_head (lane, seq, head_hash, updated_at) select ?, 0, ?, ?"
                        + " where not exists (select 1 from ledger_chain_head where lane = ?)", lane,
                        ChainContent.GENESIS, OffsetDateTime.now(ZoneOffset.UTC), lane);
            } catch (DuplicateKeyException raceWithAnotherNode) {
                // the other node created it
            }
        }
        tx.executeWithoutResult(s -> {
            var genesis = jdbc.queryForMap("select adopt_up_to, adopted_at from ledger_chain_genesis where id = 1"
                    + " for update");
            if (genesis.get("adopted_at") != null) {
                return;
            }
            long upTo = ((Number) genesis.get("adopt_up_to")).longValue();
            int adopted = 0;
            List<Long> ids;
            do {
                ids = jdbc.queryForList("select e.id from event e where e.id <= ? and not exists (select 1 from"
                        + " ledger_chain c where c.event_id = e.id) order by e.id fetch first " + CHUNK + " rows only",
                        Long.class, upTo);
                if (!ids.isEmpty()) {
                    chain.append(ids, 0);
                    adopted += ids.size();
                }
            } while (ids.size() == CHUNK);
            jdbc.update("update ledger_chain_genesis set adopted_at = ? where id = 1", OffsetDateTime.now(ZoneOffset.UTC));
            log.info("Ledger chain started: {} events recorded before migration V17 chained on lane 0", adopted);
        });
    }
}
