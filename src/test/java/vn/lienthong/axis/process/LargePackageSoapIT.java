package vn.lienthong.axis.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.MTOMFeature;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.api.soap.contract.AxisAuth;
import vn.lienthong.axis.api.soap.contract.AxisPortType;
import vn.lienthong.axis.api.soap.contract.AxisService;
import vn.lienthong.axis.api.soap.contract.GetPackage;
import vn.lienthong.axis.api.soap.contract.SendPackage;
import vn.lienthong.axis.api.soap.contract.SendPackageResponse;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.AxisProcess;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;

/**
 * The SOAP edge streams MTOM (ADR 033): a signed package of about 200 MB sent as an MTOM attachment to
 * {@code /ws/axis} — through the camel-cxf consumer route into the intake route — is accepted by a server
 * running with -Xmx256m, and {@code GetPackage} returns it byte for byte as an MTOM attachment.
 */
class LargePackageSoapIT {
    static final String A = LargePackageServerIT.A;
    static final String B = LargePackageServerIT.B;

    @Test
    void givenTwoHundredMegabytePackageOverMtom_whenServerHeapIs256m_thenAcceptedAndFetchedByteForByte()
            throws Exception {
        Path dir = TestDirs.fresh("large-soap");
        Path attachment = LargePackageServerIT.randomFile(dir.resolve("ban-ve.bin"), 150L * 1024 * 1024);
        Path pkg = TestPackages.writeSigned(TestPackages.document(A, List.of(B), attachment),
                dir.resolve("large.edxml"), A, false);
        Files.delete(attachment);
        Files.deleteIfExists(dir.resolve("large.edxml.unsigned"));
        assertThat(Files.size(pkg)).isGreaterThan(200_000_000L);
        String sent = LargePackageServerIT.sha256(pkg);
        Path fetched = dir.resolve("fetched.edxml");
        try (AxisProcess axis = new AxisProcess(dir.resolve("axis"), "256m").start()) {
            Api api = new Api(axis.port());
            AxisPortType soap = port(axis.port());
            SendPackage send = new SendPackage();
            send.setPackage(new DataHandler(new FileDataSource(pkg.toFile())));
            SendPackageResponse accepted = soap.sendPackage(send, auth(client(api, A)));
            assertThat(accepted.getReceipt().getSha256()).isEqualTo(sent);

            GetPackage get = new GetPackage();
            get.setAxisId(accepted.getReceipt().getAxisId());
            try (InputStream in = soap.getPackage(get, auth(client(api, B))).getPackage().getInputStream()) {
                Files.copy(in, fetched, StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(LargePackageServerIT.sha256(fetched)).isEqualTo(sent);
            assertThat(Files.readString(dir.resolve("axis/axis.log"))).doesNotContain("OutOfMemoryError");
        } finally {
            Files.deleteIfExists(pkg);
            Files.deleteIfExists(fetched);
        }
    }

    /** A CXF client from the served WSDL, MTOM on, chunked (streams the file), patient with a slow machine. */
    private static AxisPortType port(int port) throws Exception {
        AxisPortType p = new AxisService(new URL("http://127.0.0.1:" + port + "/ws/axis?wsdl"))
                .getAxisPort(new MTOMFeature(true));
        ((BindingProvider) p).getRequestContext().put("mtom-enabled", Boolean.TRUE);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setAllowChunking(true);
        policy.setReceiveTimeout(600_000);
        ((HTTPConduit) ClientProxy.getClient(p).getConduit()).setClient(policy);
        return p;
    }

    private static AxisAuth auth(String token) {
        AxisAuth a = new AxisAuth();
        a.setToken(token);
        return a;
    }

    private static String client(Api api, String agency) {
        var r = api.postJson("/admin/api/v1/clients", "sample-admin-token", null,
                "{\"name\":\"DMS " + agency + "\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Api.json(r).path("token").asText();
    }
}
