package vn.lienthong.axis.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.EvidenceProperties;
import vn.lienthong.axis.evidence.AxisKey;
import vn.lienthong.axis.evidence.CheckpointStamps;
import vn.lienthong.axis.evidence.Checkpoints;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.evidence.container.EvidenceContainers;
import vn.lienthong.axis.evidence.timestamp.TimeStampAuthority;
import vn.lienthong.axis.evidence.timestamp.TimeStampTokens;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.Trace;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.chain.ChainGenesis;
import vn.lienthong.axis.ledger.chain.LedgerChain;

/** Wires the hash-chained ledger, the axis signing key, receipts and checkpoints. */
@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    @Bean
    LedgerChain ledgerChain(JdbcTemplate jdbc, TransactionTemplate tx, EvidenceProperties props) {
        LedgerChain chain = new LedgerChain(jdbc, props.chainLanes());
        ChainGenesis.run(jdbc, tx, chain);
        return chain;
    }

    @Bean
    AxisKey axisKey(AxisProperties props) {
        AxisProperties.Signing s = props.signing();
        if (s.keyStore().isBlank()) {
            return new AxisKey(null);
        }
        return new AxisKey(EvidenceSigner.fromPkcs12(Path.of(s.keyStore()), s.keyStorePassword().toCharArray(),
                s.keyAlias(), scratch(props)));
    }

    @Bean
    CheckpointStamps checkpointStamps(JdbcTemplate jdbc, EvidenceProperties props, Clock clock, MeterRegistry registry) {
        EvidenceProperties.Tsa t = props.tsa();
        TimeStampAuthority tsa = !t.configured() ? null : new TimeStampAuthority(URI.create(t.url()), t.timeout(),
                t.policy(), TimeStampTokens.readPem(t.trust().stream().map(Path::of).toList()));
        return new CheckpointStamps(jdbc, tsa, t.retryFor(), clock, registry);
    }

    @Bean
    Checkpoints checkpoints(JdbcTemplate jdbc, DataSource dataSource, AxisKey key, AxisProperties props,
                            CheckpointStamps stamps) {
        return new Checkpoints(jdbc, dataSource, key, props.nodeId(), scratch(props), stamps);
    }

    @Bean
    Receipts receipts(LedgerRepository repo, JdbcClient jdbc, AxisKey key, AxisProperties props, ObjectMapper json) {
        return new Receipts(repo, jdbc, key, props.nodeId(), json);
    }

    @Bean
    EvidenceContainers evidenceContainers(LedgerRepository repo, BlobStore blobs, Receipts receipts, Trace trace,
                                          AxisKey key, ObjectMapper json, Checkpoints checkpoints) {
        return new EvidenceContainers(repo, blobs, receipts, trace, key, json, checkpoints);
    }

    private static Path scratch(AxisProperties props) {
        return props.dataDir().resolve("evidence-scratch");
    }
}
