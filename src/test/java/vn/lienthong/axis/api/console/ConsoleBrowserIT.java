package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lienthong.axis.signature.pdf.SignedPdfFixture;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.RecordingEndpoint;
import vn.lienthong.axis.support.SampleCredentials;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.TestPackages;

/**
 * The console in a real browser (Debian's Chromium, headless, through chromedriver) against the real server:
 * each role signs in; a package found by its DocumentId shows every recipient's timeline and its PDF
 * signature's signer; a dead copy is requeued after a confirmation; a client's token is shown once; what a
 * role may not do is refused. Screenshots of each page go to {@code target/console-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT extends ConsoleTestBase {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PUSH_AGENCY = "000.00.09.H99";

    private final RecordingEndpoint endpoint = new RecordingEndpoint();
    private WebDriver browser;
    private Api api;
    private String documentId;
    private String deadAxisId;

    @BeforeAll
    void startBrowserAndSubmitPackages() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        Files.createDirectories(SCREENSHOTS);
        api = new Api(port);
        String tokenA = Api.json(api.postJson("/admin/api/v1/clients", ADMIN_TOKEN, null,
                "{\"name\":\"DMS Sở Nội vụ\",\"agencies\":[\"" + A + "\"]}")).path("token").asText();
        documentId = submitSignedPdfPackage(tokenA);
        deadAxisId = submitToFailingPushEndpoint(tokenA);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                        "--lang=vi");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        // a click that submits a form returns before the next page is there: look for elements until they are
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        endpoint.close();
    }

    @Test
    void givenEachRole_whenSigningIn_thenTheOverviewNamesThePersonAndTheRole() {
        for (String role : List.of("admin", "operator", "auditor")) {
            signIn(role);
            assertThat(text("who")).contains("SAMPLE " + role);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
            assertThat(browser.findElements(By.cssSelector("#routes tr"))).hasSizeGreaterThan(1);
            screenshot("overview-" + role);
        }
        signIn("admin");
        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/console/login?logout"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/login?logout");
        screenshot("signed-out");
    }

    @Test
    void givenADocumentId_whenSearched_thenEveryRecipientsTimelineAndThePdfSignersAreShown() {
        signIn("operator");
        browser.get(url("/console/packages"));
        browser.findElement(By.id("search-id")).sendKeys(documentId);
        browser.findElement(By.id("search")).click();
        screenshot("packages-search");
        browser.findElement(By.cssSelector("#packages a.package-link")).click();
        assertThat(text("document-id")).isEqualTo(documentId);
        List<WebElement> recipients = browser.findElements(By.cssSelector("#timeline .recipient"));
        assertThat(recipients).extracting(e -> e.getAttribute("data-recipient")).containsExactlyInAnyOrder(B, C);
        recipients.forEach(r -> assertThat(r.findElements(By.cssSelector("tr"))).as("events of " + r.getAttribute(
                "data-recipient")).hasSizeGreaterThan(1));
        assertThat(browser.findElement(By.cssSelector("#package-signature td.signer")).getText()).contains(A);
        assertThat(browser.findElement(By.cssSelector("#pdf-signatures td.pdf-signer")).getText())
                .contains(A + " signing RSA");
        assertThat(browser.findElements(By.id("download"))).as("operators do not download originals").isEmpty();
        screenshot("package");
    }

    @Test
    void givenAnAuditor_whenOpeningAPackagesEvidenceAndTheDuties_thenReceiptsContainerAndDutyReportShown() {
        signIn("auditor");
        browser.get(url("/console/packages?id=" + documentId));
        browser.findElement(By.cssSelector("#packages a.package-link")).click();
        browser.findElement(By.id("evidence")).click();
        assertThat(browser.findElements(By.cssSelector("#receipts tr[data-recipient]")))
                .extracting(e -> e.getAttribute("data-recipient")).contains(B, C);
        assertThat(browser.findElements(By.id("verification-report"))).hasSize(1);
        screenshot("evidence");
        String axisId = browser.findElement(By.id("container")).getAttribute("href").replaceAll(".*/packages/([^/]+)/.*", "$1");
        ConsoleBrowser auditor = ConsoleBrowser.signedIn(port, "auditor", PASSWORD);
        assertThat(auditor.get("/console/packages/" + axisId + "/container").body()).as("a ZIP (ASiC-E)").startsWith("PK");
        assertThat(auditor.get("/console/packages/" + axisId + "/receipts/acceptance").body()).contains("SignatureValue");
        assertThat(auditor.get("/console/packages/" + axisId + "/verification-report").body()).contains("\"valid\"");

        browser.get(url("/console/duties?agency=" + B));
        JsonNode report = Api.json(api.get("/admin/api/v1/duties?agency=" + B, ADMIN_TOKEN, null));
        for (String duty : List.of("received", "arrived", "registered")) {
            WebElement row = browser.findElement(By.cssSelector("#duties-overall tr[data-duty='" + duty + "']"));
            long shown = List.of("met", "late", "open", "overdue").stream()
                    .mapToLong(c -> Long.parseLong(row.findElement(By.className(c)).getText())).sum();
            JsonNode t = report.path("overall").path(duty);
            assertThat(shown).as(duty).isPositive()
                    .isEqualTo(t.path("met").asLong() + t.path("late").asLong() + t.path("open").asLong()
                            + t.path("overdue").asLong());
        }
        screenshot("duties");
        JsonNode audit = Api.json(api.get("/admin/api/v1/audit?person=auditor&action=console-evidence-downloaded",
                ADMIN_TOKEN, null));
        assertThat(audit.findValuesAsText("target")).contains(axisId);
    }

    @Test
    void givenTheAdmin_whenCreatingAnAccountAndTheOperatorEditingRouting_thenShownAndUsable() {
        signIn("admin");
        browser.findElement(By.id("nav-accounts")).click();
        browser.findElement(By.id("account-login")).sendKeys("le.van.c");
        browser.findElement(By.id("account-name")).sendKeys("Lê Văn C");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("account-role"))).selectByValue("auditor");
        browser.findElement(By.id("create-account")).click();
        awaitElement(By.id("initial-password")); // the click's navigation may still be under way
        String password = text("initial-password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        screenshot("account-created");
        browser.get(url("/console/accounts"));
        assertThat(browser.findElement(By.cssSelector("#accounts tr[data-account='le.van.c'] td.role")).getText())
                .isEqualTo("Kiểm toán");
        assertThat(browser.getPageSource()).doesNotContain(password);
        screenshot("accounts");
        ConsoleBrowser.signedIn(port, "le.van.c", password);

        signIn("operator");
        assertThat(browser.findElements(By.id("nav-accounts"))).as("admins only").isEmpty();
        browser.findElement(By.id("nav-routing")).click();
        browser.findElement(By.id("rule-pattern")).sendKeys("*.G44");
        browser.findElement(By.id("add-rule")).click();
        awaitElement(By.cssSelector("#rules tr[data-pattern='*.G44']"));
        browser.findElement(By.id("alias-old")).sendKeys("000.00.51.H99");
        browser.findElement(By.id("alias-new")).sendKeys("000.00.52.H99");
        browser.findElement(By.id("alias-reason")).sendKeys("Sáp nhập đơn vị");
        browser.findElement(By.id("add-alias")).click();
        awaitElement(By.cssSelector("#aliases tr[data-alias='000.00.51.H99']"));
        assertThat(browser.findElement(By.cssSelector("#rules tr[data-pattern='*.G44']")).getText()).contains("upstream");
        assertThat(browser.findElement(By.cssSelector("#aliases tr[data-alias='000.00.51.H99']")).getText())
                .contains("000.00.52.H99", "Sáp nhập đơn vị");
        screenshot("routing");
    }

    @Test
    void givenADeadCopy_whenTheOperatorRequeuesItAfterConfirming_thenQueuedAgainAndAudited() {
        signIn("operator");
        browser.get(url("/console/deliveries?state=dead"));
        WebElement row = browser.findElement(By.xpath("//table[@id='deliveries']//tr[td/a[text()='" + deadAxisId + "']]"));
        String id = row.getAttribute("data-delivery");
        assertThat(row.getText()).contains(PUSH_AGENCY);
        screenshot("deliveries-dead");
        browser.findElement(By.id("select-" + id)).click();
        browser.findElement(By.id("requeue")).click();
        screenshot("requeue-confirm");
        browser.findElement(By.id("confirm")).click();
        assertThat(text("requeued")).contains(id);
        screenshot("requeued");
        JsonNode audit = Api.json(api.get("/admin/api/v1/audit?person=operator&action=delivery-requeued", ADMIN_TOKEN, null));
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo("user:operator");
            assertThat(e.path("target").asText()).isEqualTo(id);
        });
    }

    @Test
    void givenANewClient_whenRegistered_thenItsTokenIsShownOnceOnly() {
        signIn("admin");
        browser.get(url("/console/clients/new"));
        browser.findElement(By.id("client-name")).sendKeys("DMS Sở Tài chính (trình duyệt)");
        browser.findElement(By.id("client-agencies")).sendKeys(B);
        browser.findElement(By.id("register-client")).click();
        String token = text("client-token");
        assertThat(token).startsWith("axc_");
        screenshot("client-created");
        assertThat(api.get("/api/v1/inbox", token, B).statusCode()).as("the shown token works").isEqualTo(200);
        browser.get(url("/console/clients"));
        assertThat(browser.getPageSource()).contains("DMS Sở Tài chính (trình duyệt)").doesNotContain(token);
        screenshot("clients");
    }

    @Test
    void givenTheAuditor_whenTryingWhatItMayNot_thenNoActionsOfferedAndRefused() {
        signIn("auditor");
        browser.get(url("/console/deliveries?state=dead"));
        assertThat(browser.findElements(By.id("requeue"))).isEmpty();
        browser.get(url("/console/clients"));
        assertThat(browser.findElements(By.id("new-client"))).isEmpty();
        browser.get(url("/console/clients/new"));
        assertThat(browser.getPageSource()).doesNotContain("register-client");
        screenshot("auditor-refused");
        browser.get(url("/console/audit"));
        assertThat(browser.findElement(By.id("audit")).getText()).contains("user:auditor", "console-signed-in");
        screenshot("audit");
        signIn("operator");
        browser.get(url("/console/audit"));
        assertThat(browser.findElements(By.id("audit"))).as("operators do not read the audit log").isEmpty();
        screenshot("operator-refused-audit");
    }

    @Test
    void givenEnglishChosen_thenThePagesAreEnglishAndStaySoAtTheNextSignIn() {
        signIn("auditor");
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
        screenshot("overview-english");
        signIn("auditor");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Tổng quan"));
    }

    /** Waits until the page that a click navigated to shows {@code what}. */
    private void awaitElement(By what) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private void signIn(String login) {
        browser.manage().deleteAllCookies();
        browser.get(url("/console/login"));
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    }

    private String submitSignedPdfPackage(String tokenA) throws Exception {
        Path dir = Files.createDirectories(DATA.resolve("browser"));
        Path pdf = SignedPdfFixture.sign(SignedPdfFixture.unsignedPdf(dir.resolve("plain.pdf")), dir.resolve("van-ban.pdf"),
                SampleCredentials.load(SampleKeys.signingP12(A, false)));
        byte[] pkg = Files.readAllBytes(TestPackages.writeSigned(TestPackages.document(A, List.of(B, C), pdf),
                dir.resolve("signed-pdf.edxml"), A, false));
        JsonNode receipt = Api.json(api.submit(pkg, tokenA));
        assertThat(receipt.path("documentId").asText()).as(receipt.toString()).isNotBlank();
        return receipt.path("documentId").asText();
    }

    private String submitToFailingPushEndpoint(String tokenA) throws IOException {
        endpoint.answer("/down", () -> 500);
        assertThat(api.postJson("/admin/api/v1/agencies", ADMIN_TOKEN, null, "{\"code\":\"" + PUSH_AGENCY + "\","
                + "\"name\":\"Đơn vị có máy chủ hỏng\",\"mode\":\"push\",\"signaturePolicy\":\"off\",\"endpoint\":\""
                + endpoint.url("/down") + "\"}").statusCode()).isEqualTo(201);
        Path dir = Files.createDirectories(DATA.resolve("browser"));
        byte[] pkg = Files.readAllBytes(TestPackages.writeSigned(TestPackages.document(A, List.of(PUSH_AGENCY)),
                dir.resolve("to-push.edxml"), A, false));
        String axisId = Api.json(api.submit(pkg, tokenA)).path("axisId").asText();
        await().atMost(WAIT).until(() -> Api.json(api.get("/admin/api/v1/deliveries?state=dead&agency=" + PUSH_AGENCY,
                ADMIN_TOKEN, null)).findValuesAsText("axisId").contains(axisId));
        return axisId;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) {
        try {
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
