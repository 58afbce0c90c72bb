package vn.lienthong.axis.evidence.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.support.TestDirs;

/** The axis's RFC 3161 client against a real TSA over HTTP, and tokens checked by openssl too. */
class TimeStampAuthorityTest {
    static final byte[] CHECKPOINT = "<edXML>…checkpoint đã ký…</edXML>\n".getBytes(StandardCharsets.UTF_8);
    static TestTimeStampAuthority server;
    static TimeStampAuthority client;

    @BeforeAll
    static void start() {
        server = new TestTimeStampAuthority("unit");
        client = new TimeStampAuthority(server.url(), Duration.ofSeconds(5), "", List.of(server.root()));
    }

    @AfterAll
    static void stop() { server.close(); }

    @AfterEach
    void good() { server.mode(TestTimeStampAuthority.Mode.GOOD); }

    @Test
    void givenAGoodTsa_thenTheTokenStampsTheSha256OfTheBytes_andChainsToTheAnchor() {
        Instant before = Instant.now().minusSeconds(1);
        var stamp = client.stamp(CHECKPOINT);
        assertThat(stamp.verified().trusted()).isTrue();
        assertThat(stamp.verified().authority()).contains("unit TSA - TEST ONLY");
        assertThat(stamp.verified().time()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(TimeStampTokens.parse(stamp.token()).getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(TimeStampTokens.sha256(CHECKPOINT));
        assertThat(TimeStampTokens.verify(stamp.token(), CHECKPOINT, List.of(server.root())).time())
                .isEqualTo(stamp.verified().time());
    }

    @Test
    void givenAnAnswerForAnotherImprint_thenRefused() {
        server.mode(TestTimeStampAuthority.Mode.WRONG_IMPRINT);
        AxisException e = catchThrowableOfType(AxisException.class, () -> client.stamp(CHECKPOINT));
        assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNATURE_INVALID);
        assertThat(e.getMessage()).contains("imprint");
    }

    @Test
    void givenAnAnswerWithAnotherNonce_thenRefused() {
        server.mode(TestTimeStampAuthority.Mode.WRONG_NONCE);
        AxisException e = catchThrowableOfType(AxisException.class, () -> client.stamp(CHECKPOINT));
        assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNATURE_INVALID);
        assertThat(e.getMessage()).contains("nonce");
    }

    @Test
    void givenATsaUnderAnotherRoot_thenUntrusted() {
        try (TestTimeStampAuthority stranger = new TestTimeStampAuthority("stranger")) {
            var c = new TimeStampAuthority(stranger.url(), Duration.ofSeconds(5), "", List.of(server.root()));
            AxisException e = catchThrowableOfType(AxisException.class, () -> c.stamp(CHECKPOINT));
            assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER);
        }
    }

    @Test
    void givenTheTsaDownOrErroring_thenDependencyUnavailable() {
        server.mode(TestTimeStampAuthority.Mode.HTTP_500);
        assertThat(catchThrowableOfType(AxisException.class, () -> client.stamp(CHECKPOINT)).code())
                .isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE);
        server.mode(TestTimeStampAuthority.Mode.GOOD);
        server.stop();
        try {
            AxisException e = catchThrowableOfType(AxisException.class, () -> client.stamp(CHECKPOINT));
            assertThat(e.code()).isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE);
            assertThat(e.getMessage()).contains("cannot be reached");
        } finally {
            server.start();
        }
        assertThat(client.stamp(CHECKPOINT).verified().trusted()).as("same port again").isTrue();
    }

    @Test
    void givenATokenOverOtherBytesOrWithAFlippedByte_thenItDoesNotVerify() {
        byte[] token = client.stamp(CHECKPOINT).token();
        byte[] other = "<edXML>another checkpoint</edXML>".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(AxisException.class, () -> TimeStampTokens.verify(token, other, List.of()))
                .getMessage()).contains("imprint");
        byte[] flipped = token.clone();
        flipped[flipped.length - 10] ^= 0x01;   // inside the TSA's signature value
        assertThat(catchThrowableOfType(AxisException.class,
                () -> TimeStampTokens.verify(flipped, CHECKPOINT, List.of(server.root())))).isNotNull();
    }

    @Test
    void givenAStoredToken_thenOpensslTsVerifyAcceptsIt_andRefusesOtherData() throws Exception {
        OpenSslTs.require();
        Path dir = TestDirs.fresh("openssl-ts");
        Path data = Files.write(dir.resolve("checkpoint.xml"), CHECKPOINT);
        Path token = Files.write(dir.resolve("checkpoint.tst"), client.stamp(CHECKPOINT).token());
        Path ca = server.writeRootPem(dir.resolve("tsa-root.pem"));
        var ok = OpenSslTs.verify(data, token, ca);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Verification: OK");
        Path other = Files.writeString(dir.resolve("other.xml"), "<edXML>another checkpoint</edXML>");
        assertThat(OpenSslTs.verify(other, token, ca).exit()).isNotZero();
    }
}
