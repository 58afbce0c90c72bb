package vn.lienthong.axis.wiring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.directory.EncryptVxpSecretsMigration;
import vn.lienthong.axis.directory.VxpSecretCipher;

/**
 * VXP secrets at rest: the AES-GCM cipher keyed by {@code axis.vxp.secret-key} (startup fails without
 * it) and the Flyway V13 migration that encrypts secrets stored in clear (Spring Boot hands
 * JavaMigration beans to Flyway).
 */
@Configuration(proxyBeanMethods = false)
public class VxpSecretConfiguration {

    @Bean
    VxpSecretCipher vxpSecretCipher(VxpFacadeProperties props) {
        return new VxpSecretCipher(props.secretKey());
    }

    @Bean
    EncryptVxpSecretsMigration encryptVxpSecretsMigration(VxpSecretCipher cipher) {
        return new EncryptVxpSecretsMigration(cipher);
    }
}
