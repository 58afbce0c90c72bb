package vn.lienthong.axis.wiring;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.retention.LegalHolds;
import vn.lienthong.axis.retention.Retention;
import vn.lienthong.axis.retention.RetentionProperties;

/** Wires the retention job and the legal holds (ADR 027). */
@Configuration(proxyBeanMethods = false)
public class RetentionConfiguration {

    @Bean
    Retention retention(JdbcClient jdbc, LedgerRepository repo, BlobStore blobs, PlatformTransactionManager txm,
                        RetentionProperties props, Clock clock) {
        return new Retention(jdbc, repo, blobs, new TransactionTemplate(txm), props, clock);
    }

    @Bean
    LegalHolds legalHolds(JdbcClient jdbc, LedgerRepository repo, PlatformTransactionManager txm) {
        return new LegalHolds(jdbc, repo, new TransactionTemplate(txm));
    }
}
