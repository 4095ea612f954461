package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.importing.ImportedRealStore;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.network.KnownRegisters;

/**
 * The map page in headless Chromium against the application on a random port over the real imported
 * data: it loads without console errors, draws the layers of the country and of Chernivtsi oblast,
 * shows a hromada's details, runs a scenario to the end with its comparison, recomputes a what-if,
 * switches language, and links the exports. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Skipped when Chromium or its driver is not installed, except on CI ({@code CI=true}), where that
 * is a failure.
 */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String OBLAST = KnownRegisters.CHERNIVETSKA_2025.oblastCode();
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static WebDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realStore(DynamicPropertyRegistry registry) {
        registry.add("planner.workspace", () -> ImportedRealStore.workspace().toString());
        registry.add("planner.store", () -> "embedded");
        registry.add("planner.data-dir", () -> RealData.folder().toString());
        registry.add("planner.map.tile-url", () -> ""); // no internet here: the vector layers alone
        // security on, as shipped: the planner logs in through the login page
        registry.add("planner.security.admin-password", () -> ADMIN_PASSWORD);
    }

    static final String ADMIN_PASSWORD = "browser-test-admin";
    /** A planner who sees the admin's scenarios read-only. */
    static final String PLANNER = "olena";
    static final String PLANNER_PASSWORD = "Olena-planuye-Bukovynu-2025";

    @BeforeAll
    static void browser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium and its driver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": on CI they must be installed");
            }
            Assumptions.abort(message + ": browser test skipped");
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory("cnap-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void thePlannerSeesTheLayersRunsAScenarioAndTriesAWhatIf() throws Exception {
        // the page asks for a login first; the planner's writes then carry the CSRF token
        logIn("admin", ADMIN_PASSWORD, "");
        // the national view: every hromada with a polygon of the country
        int countryPaths = count(".leaflet-hromadas-pane svg path");
        assertThat(countryPaths).isGreaterThan(1000);
        // the Order 376 territories are left out by default, and the page says what that took out
        assertThat(driver.findElement(By.id("exclude-occupied")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("exclusions-note")).getText()).contains("376").contains("громад");

        // issue 12: the country keeps its whole population and names the oblasts without a register
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("41").contains("Покриття невідоме");
        // issue 14: national figures with the population that has a register, the share over it, and the
        // register with its date in words beside them
        String countryKpis = driver.findElement(By.id("kpis")).getText();
        assertThat(countryKpis).contains("Населення областей з реєстром").contains("Частка покритого населення");
        String countryNote = driver.findElement(By.id("model-note")).getText();
        assertThat(countryNote).contains("Реєстр: ").contains("01.10.2025").contains("Покриття невідоме (немає реєстру): ")
                .contains("Рівненська");
        // the register selector: today's registers, the 2017 map, with their dates
        Select registers = new Select(driver.findElement(By.id("register")));
        assertThat(registers.getFirstSelectedOption().getText()).isEqualTo("чинні реєстри областей");
        assertThat(registers.getOptions()).extracting(WebElement::getText)
                .anyMatch(text -> text.contains("2017") && text.contains("історичний"))
                .anyMatch(text -> text.contains("Чернівецької") && text.contains("01.10.2025"));
        screenshot("country-view");
        assertNoLatinWords();

        // the 2017 map drives every figure: Рівненська has no current register (coverage unknown), on the
        // 2017 map its coverage is known
        markStale();
        new Select(driver.findElement(By.id("oblast"))).selectByVisibleText("Рівненська");
        waitUntilReady(Duration.ofSeconds(60));
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("невідомо");
        markStale();
        registers.selectByValue(KnownRegisters.UKRAINE_2017.id());
        waitUntilReady(Duration.ofSeconds(120));
        String with2017 = driver.findElement(By.id("kpis")).getText();
        assertThat(with2017).doesNotContain("Покриття невідоме").containsPattern("Частка покритого населення\\s+\\d+,\\d %");
        assertThat(driver.findElement(By.id("model-note")).getText()).contains("Карта ЦНАП України (2017)")
                .contains("01.01.2017");
        assertThat(figure(with2017, "Населення областей з реєстром")).isPositive();
        screenshot("rivne-2017-map");
        markStale();
        registers.selectByValue("");
        waitUntilReady(Duration.ofSeconds(60));

        // Kyiv city has no current register: its coverage is unknown, drawn grey with "невідомо", never red
        markStale();
        new Select(driver.findElement(By.id("oblast"))).selectByValue(ua.cnap.planner.territory.KyivCity.CODE);
        waitUntilReady(Duration.ofSeconds(60));
        assertThat(count(".leaflet-hromadas-pane svg path")).isEqualTo(1);
        // read through script: a zoom after the fit redraws the polygons, and a held path goes stale
        String unknownFill = (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.leaflet-hromadas-pane svg path').getAttribute('fill')");
        assertThat(unknownFill).isEqualToIgnoringCase("#bdbdbd");
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("невідомо").doesNotContain("0,0 %");
        screenshot("kyiv-unknown");

        // oblast picker → Chernivtsi oblast, 10 min or 5 km so that there are white spots
        markStale();
        new Select(driver.findElement(By.id("oblast"))).selectByValue(OBLAST);
        waitUntilReady(Duration.ofSeconds(60));
        setValue("minutes", "10");
        setValue("km", "5");
        markStale();
        driver.findElement(By.id("apply")).click();
        waitUntilReady(Duration.ofSeconds(60));
        int hromadas = Integer.parseInt(body().getDomAttribute("data-hromadas"));
        int accessPoints = Integer.parseInt(body().getDomAttribute("data-access-points"));
        int whiteSpots = Integer.parseInt(body().getDomAttribute("data-white-spots"));
        assertThat(hromadas).isBetween(40, 60);
        assertThat(whiteSpots).isPositive();
        assertThat(count(".leaflet-hromadas-pane svg path")).isEqualTo(hromadas);
        assertThat(count(".leaflet-overlay-pane svg path")).isGreaterThanOrEqualTo(whiteSpots);
        assertThat(count(".leaflet-marker-pane .leaflet-marker-icon")).isEqualTo(accessPoints);
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("Частка покритого населення");
        // the travel model in words, with its error and the sensitivity band (the model's out-of-sample error)
        String oblastNote = driver.findElement(By.id("model-note")).getText();
        assertThat(oblastNote).contains("Час у дорозі оцінено моделлю").contains("медіанна похибка")
                .containsPattern("Якщо поїздки на \\d+ % довші, частка покритих — \\d+,\\d %");
        screenshot("oblast-view");

        // a settlement's popup is laid out in lines: wider than high, values whole
        clickPath(".leaflet-overlay-pane svg path[fill='#4393c3']");
        WebElement popup = shownPopup(".leaflet-popup-content");
        assertThat(popup.getText()).contains("Населення").contains("Стандарт").contains("у межах стандарту");
        assertThat(popup.getRect().getWidth()).isGreaterThan(popup.getRect().getHeight());
        for (WebElement value : popup.findElements(By.tagName("dd"))) {
            assertThat(value.getRect().getHeight()).as("one line: %s", value.getText()).isLessThan(30);
        }
        screenshot("settlement-popup");
        closePopup();

        // a white spot's popup names its settlements with their population
        clickPath(".leaflet-overlay-pane svg path[stroke='#d7301f']");
        WebElement spotPopup = shownPopup(".white-spot-popup");
        assertThat(spotPopup.getText()).contains("Жителів: ").contains("Населені пункти: ");
        assertThat(spotPopup.findElements(By.cssSelector("li"))).isNotEmpty();
        // each settlement on one line: its name, then its population
        WebElement firstSettlement = spotPopup.findElement(By.cssSelector("li"));
        assertThat(firstSettlement.getText()).containsPattern("^\\D+\\s+\\d[\\d\\s\\u00a0]*$");
        assertThat(firstSettlement.getRect().getHeight()).isLessThan(30);
        screenshot("white-spot-popup");
        closePopup();

        // a hromada's details: figures, nearest offices, the travel-time histogram
        WebElement hromada = driver.findElements(By.cssSelector(".leaflet-hromadas-pane svg path")).get(0);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 400, clientY: 400}))",
                hromada);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("hromada-panel")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector("#hromada-histogram .row"))).hasSize(8);

        // a scenario with a small budget and a short search, run to the end
        setValue("budget", "2000000");
        setValue("time-limit", "3");
        driver.findElement(By.id("run-plan")).click();
        new WebDriverWait(driver, Duration.ofSeconds(240))
                .until(d -> d.findElement(By.id("comparison")).isDisplayed());
        assertThat(driver.findElement(By.id("plan-progress")).getDomAttribute("data-status")).isEqualTo("DONE");
        assertThat(driver.findElement(By.id("plan-progress")).getText()).contains("готово").doesNotContain("DONE");
        int proposals = Integer.parseInt(body().getDomAttribute("data-proposals"));
        assertThat(proposals).isPositive();
        assertThat(count(".leaflet-marker-pane .leaflet-marker-icon")).isEqualTo(accessPoints + proposals);
        List<WebElement> rows = driver.findElements(By.cssSelector("#comparison-table tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        // the proposals as a table: one row each and a total, with cost per newly covered resident
        List<WebElement> proposalRows = driver.findElements(By.cssSelector("#proposals-table tbody tr"));
        assertThat(proposalRows).hasSize(proposals + 1);
        String header = driver.findElement(By.cssSelector("#proposals-table thead")).getText();
        assertThat(header).contains("громада").contains("разово").contains("на рік").contains("за 3 роки")
                .contains("Грн на нового покритого жителя");
        long totalCost = 0;
        for (WebElement row : proposalRows.subList(0, proposals)) {
            WebElement costCell = row.findElement(By.cssSelector("td.cost"));
            long cost = number(costCell.findElement(By.tagName("div")).getText());
            long newlyCovered = number(row.findElement(By.cssSelector("td.newly")).getText());
            long perResident = number(row.findElement(By.cssSelector("td.per-resident")).getText());
            assertThat(newlyCovered).isPositive();
            assertThat(perResident).isCloseTo(cost / newlyCovered, org.assertj.core.data.Offset.offset(1L));
            // one-off plus three years of the yearly cost make the cost over the horizon
            java.util.regex.Matcher parts = java.util.regex.Pattern.compile("([\\d\\s\\u00a0]+) разово \\+ ([\\d\\s\\u00a0]+) на рік")
                    .matcher(costCell.findElement(By.cssSelector(".note")).getText());
            assertThat(parts.find()).as(costCell.getText()).isTrue();
            assertThat(number(parts.group(1).strip()) + 3 * number(parts.group(2).strip())).isEqualTo(cost);
            assertThat(row.findElement(By.cssSelector("td.site .hromada")).getText()).as("hromada name").isNotBlank()
                    .doesNotContain("UA");
            totalCost += cost;
        }
        assertThat(number(proposalRows.get(proposals).findElement(By.cssSelector("td.cost")).getText()))
                .isEqualTo(totalCost);
        // the optimality statement in words, never a raw score
        assertThat(driver.findElement(By.id("plan-optimality")).getText())
                .containsPattern("Доведено оптимальний|Не більше ніж на \\d+,\\d % гірший|Межу найкращого можливого не обчислено");
        assertThat(driver.findElement(By.id("comparison-standard")).getText()).contains("10 хв або 5 км");
        screenshot("scenario-finished");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("plan-proposals")));
        screenshot("plan-proposals");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("comparison")));
        screenshot("comparison");

        // the export links follow the exports contract
        String href = driver.findElement(By.cssSelector("a.export-link[data-layer='hromadas'][data-format='geojson']"))
                .getDomAttribute("href");
        assertThat(href).startsWith("/api/exports/hromadas?").contains("oblast=" + OBLAST).contains("format=geojson")
                .contains("minutes=10");
        assertThat(driver.findElements(By.cssSelector("a.export-link[data-layer='proposals']"))).hasSize(3);
        // the download behind the link, in the page's own session: an attachment holding valid GeoJSON
        JsonNode response = download(href);
        assertThat(response.get("status").asInt()).isEqualTo(200);
        assertThat(response.get("disposition").asText()).startsWith("attachment").contains(".geojson");
        assertThat(response.get("type").asText()).startsWith("application/geo+json");
        JsonNode collection = new ObjectMapper().readTree(response.get("body").asText());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.has("crs")).isFalse();
        assertThat(collection.get("features")).hasSize(hromadas);
        assertThat(collection.get("features").get(0).get("properties").get("coveredShare").isNumber()).isTrue();

        // what-if: a remote workplace placed by a click inside a white spot (its popup must not take the
        // click); the white spots and figures then follow the change
        // with the plan shown, the white spots are those the plan leaves; back to today's before the what-if
        assertThat(body().getDomAttribute("data-spots")).isEqualTo("plan");
        driver.findElement(By.id("show-plan-colours")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "today".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.spots")));
        WebElement spot = smallestWhiteSpot();
        String spotId = spot.getDomAttribute("d");
        driver.findElement(By.id("whatif-add")).click();
        new Actions(driver).moveToElement(spot).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.id("whatif-result")).getDomAttribute("data-after") != null);
        assertThat(driver.findElements(By.cssSelector("#whatif-edits li"))).hasSize(1);
        assertThat(count(".leaflet-popup")).as("no popup opened by the placing click").isZero();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "what-if".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.spots")));
        String whatIf = driver.findElement(By.id("whatif-result")).getText();
        assertThat(whatIf).containsPattern("У межах стандарту: зміна\\s+\\+\\d");
        assertThat(driver.findElements(By.cssSelector(".leaflet-overlay-pane svg path[stroke='#d7301f']")))
                .extracting(e -> e.getDomAttribute("d")).doesNotContain(spotId);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("whatif-panel")));
        screenshot("what-if-in-white-spot");

        // closing a main office lists the hromadas left without one and the people who lose access
        WebElement mainOffice = driver.findElement(By.xpath(
                "//div[contains(@class,'leaflet-marker-icon')][.//*[local-name()='rect']]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                mainOffice);
        WebElement close = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.xpath("//div[contains(@class,'leaflet-popup-content')]//button[text()='Позначити зачиненою']")));
        close.click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElements(By.cssSelector("#whatif-edits li")).size() == 2
                        && d.findElement(By.id("whatif-losses")).getText().contains("Громади, що залишаться без ЦНАП"));
        assertThat(driver.findElements(By.cssSelector("#left-without-main-office li"))).isNotEmpty();
        assertThat(driver.findElement(By.id("whatif-losses")).getText())
                .containsPattern("Втратять доступ у межах стандарту: \\d[\\d\\s\\u00a0]* жителів");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("whatif-panel")));
        screenshot("what-if-closure");
        assertNoLatinWords();

        // mobile routes for what is still beyond the standard: a schedule is made and drawn
        int pathsBefore = count(".leaflet-overlay-pane svg path");
        setValue("routes-vehicles", "2");
        driver.findElement(By.id("run-routes")).click();
        new WebDriverWait(driver, Duration.ofSeconds(180))
                .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-routes") != null
                        || "FAILED".equals(d.findElement(By.id("routes-result")).getDomAttribute("data-status")));
        assertThat(driver.findElement(By.id("routes-result")).getDomAttribute("data-status")).isEqualTo("DONE");
        assertThat(count(".leaflet-overlay-pane svg path")).isGreaterThan(pathsBefore);
        screenshot("mobile-routes");

        // two saved scenarios (made through the API in the page's session), compared side by side in the page
        String ids = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const c = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));"
                        + "const csrf = c ? {'X-XSRF-TOKEN': decodeURIComponent(c.substring(11))} : {};"
                        + "async function make(name, budget) {"
                        + " const r = await fetch('/api/scenarios', {method: 'POST', headers: {'Content-Type':"
                        + " 'application/json', ...csrf}, body: JSON.stringify({name, oblasts: ['" + OBLAST + "'],"
                        + " budgetUah: budget, rules: 'none', standard: {minutes: 10, km: 5},"
                        + " solver: {timeLimitSeconds: 20, exactTimeLimitSeconds: 0, stepLimit: 200}})});"
                        + " const s = await r.json();"
                        + " await fetch('/api/scenarios/' + s.id + '/run', {method: 'POST', headers: csrf});"
                        + " return s.id; }"
                        + "make('Малий бюджет', 1200000).then(a => make('Більший бюджет', 4000000).then(b => done(a + ','"
                        + " + b))).catch(e => done('error: ' + e));");
        assertThat(ids).doesNotStartWith("error").contains(",");
        // both of them done (the page's own plans are saved scenarios too, so count only these two)
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            d.findElement(By.id("scenarios-refresh")).click();
            return java.util.Arrays.stream(ids.split(",")).allMatch(id -> !d.findElements(By.cssSelector(
                    "#scenarios-table tr[data-id='" + id + "'][data-status='DONE']")).isEmpty());
        });
        for (String id : ids.split(",")) {
            driver.findElement(By.cssSelector("#scenarios-table tr[data-id='" + id + "'] input[type=checkbox]")).click();
        }
        driver.findElement(By.id("scenarios-compare")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("scenario-comparison")).isDisplayed());
        String comparison = driver.findElement(By.id("scenario-comparison")).getText();
        assertThat(comparison).contains("Малий бюджет").contains("Більший бюджет").contains("Частка з планом");
        WebElement budgetRow = driver.findElement(By.cssSelector("#scenario-comparison-table tr[data-kpi='budgetUah']"));
        assertThat(budgetRow.getText()).contains("1 200 000").contains("4 000 000").contains("+2 800 000");
        long newlyA = number(driver.findElement(By.cssSelector(
                "#scenario-comparison-table tr[data-kpi='newlyCoveredPopulation'] td:nth-child(2)")).getText());
        long newlyB = number(driver.findElement(By.cssSelector(
                "#scenario-comparison-table tr[data-kpi='newlyCoveredPopulation'] td:nth-child(3)")).getText());
        assertThat(newlyB).as("a larger budget covers at least as many").isGreaterThanOrEqualTo(newlyA);
        // the difference map is drawn once its layer has loaded (after the table)
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ids.equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.comparedScenarios")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("scenarios-panel")));
        screenshot("scenarios-compared");

        // the routes schedule per vehicle and day, with arrival times
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("routes-panel")));
        assertThat(driver.findElements(By.cssSelector("#routes-schedule .schedule-table tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("routes-schedule")).getText()).containsPattern("День \\d+\\s+\\d\\d:\\d\\d")
                .contains("Вартість на рік, грн");
        screenshot("routes-schedule");
        assertNoLatinWords();

        // readable on a laptop (1366×768) and on a 390-px phone: nothing wider than the screen
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        screenshot("laptop-1366x768");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Long pageWidth = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth");
        assertThat(pageWidth).isLessThanOrEqualTo(390L);
        screenshot("phone-390");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));

        // English by the switch
        driver.findElement(By.id("language")).click();
        assertThat(driver.findElement(By.cssSelector("header h1")).getText()).isEqualTo("CNAP planning map");
        assertThat(driver.findElement(By.id("kpis")).getText()).contains("Covered share");
        assertThat(driver.findElement(By.id("model-note")).getText()).containsPattern("If trips take \\d+ % longer");
        assertThat(driver.findElement(By.id("plan-optimality")).getText())
                .containsPattern("Proven optimal|At most \\d+\\.\\d % worse|No bound");
        // every fixed word of the page is English now (names of places stay Ukrainian)
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('[data-i18n]')].map(e => e.textContent)"
                        + ".concat([...document.querySelectorAll('#plan-progress dt, #kpis dt, #model-note, #proposals-table th')]"
                        + ".map(e => e.textContent))");
        assertThat(words).hasSizeGreaterThan(50)
                .allSatisfy(w -> assertThat(w).as("an English word").doesNotContainPattern("[А-Яа-яІіЇїЄєҐґ]{3,}"));

        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    /**
     * Issue 14 scope 3: a plan run from the page is a saved scenario, listed with its owner; a planner sees
     * another's scenario read-only. Issue 14 scope 6: its proposals table fits its panel at 1366×768.
     */
    @Test
    void aPlanFromThePageIsASavedScenarioWithItsOwnerAndOthersSeeItReadOnly() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        try {
            logIn("admin", ADMIN_PASSWORD, "?oblast=" + OBLAST);
            setValue("minutes", "10");
            setValue("km", "5");
            markStale();
            driver.findElement(By.id("apply")).click();
            waitUntilReady(Duration.ofSeconds(60));
            setValue("budget", "4000000");
            setValue("time-limit", "3");
            driver.findElement(By.id("run-plan")).click();
            new WebDriverWait(driver, Duration.ofSeconds(240))
                    .until(d -> d.findElement(By.id("comparison")).isDisplayed() && body().getDomAttribute("data-plan") != null);
            String plan = body().getDomAttribute("data-plan");
            int proposals = Integer.parseInt(body().getDomAttribute("data-proposals"));
            assertThat(proposals).isPositive();

            // the proposals table fits its panel at 1366 px: nothing to scroll sideways
            scrollTo("plan-proposals");
            assertFits("proposals-table", "plan-proposals");
            assertThat(driver.findElements(By.cssSelector("#proposals-table tbody tr"))).hasSize(proposals + 1);
            screenshot("plan-proposals-1366x768");

            // the plan is a saved scenario, named in words, owned by who ran it, which they may change
            WebElement row = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("#scenarios-table tr[data-id='" + plan + "'][data-status='DONE']")).stream()
                    .findFirst().orElse(null));
            assertThat(row.getText().replace('\u00a0', ' ')).contains("План: Чернівецька").contains("4 000 000 грн")
                    .contains("10 хв або 5 км").contains("власник: admin").contains("готово");
            assertThat(row.findElements(By.cssSelector("button.rename"))).hasSize(1);
            assertThat(row.findElements(By.cssSelector("button.delete"))).hasSize(1);
            assertThat(row.findElements(By.cssSelector("a[href$='/donor-report.csv']"))).hasSize(1);
            scrollTo("scenarios-panel");
            screenshot("plan-saved-as-scenario");

            // a planner sees the admin's plan read-only, and their own scenario with its buttons
            if (accounts.findAccount(PLANNER).isEmpty()) {
                accounts.create(PLANNER, PLANNER_PASSWORD, ua.cnap.planner.account.Role.PLANNER);
            }
            logIn(PLANNER, PLANNER_PASSWORD, "?oblast=" + OBLAST);
            String own = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const c = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));"
                            + "fetch('/api/scenarios', {method: 'POST', headers: {'Content-Type': 'application/json',"
                            + " 'X-XSRF-TOKEN': decodeURIComponent(c.substring(11))}, body: JSON.stringify({name:"
                            + " 'Олени сценарій', oblasts: ['" + OBLAST + "'], budgetUah: 1000000})})"
                            + ".then(r => r.json()).then(s => done(s.id), e => done('error: ' + e));");
            assertThat(own).doesNotStartWith("error");
            driver.findElement(By.id("scenarios-refresh")).click();
            // read each row whole through script: the list is redrawn on every refresh
            JsonNode mine = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> scenarioRow(own));
            JsonNode others = scenarioRow(plan);
            assertThat(others.get("text").asText()).contains("власник: admin").contains("лише перегляд");
            assertThat(others.get("buttons").asInt()).as("no rename or delete of another's").isZero();
            assertThat(others.get("checkboxes").asInt()).as("still comparable").isEqualTo(1);
            assertThat(mine.get("text").asText()).contains("власник: " + PLANNER).doesNotContain("лише перегляд");
            assertThat(mine.get("buttons").asInt()).isEqualTo(2);
            scrollTo("scenarios-panel");
            screenshot("scenarios-as-planner");
            assertNoLatinWords();
        } finally {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        }
    }

    /**
     * Issue 16 on the map: the service selector drives the figures (passport coverage of Чернівецька is
     * below the figure for any access point), says the service in words, and a service the register does
     * not tell is unknown and grey, never 0 %.
     */
    @Test
    void theServiceSelectorDrivesTheFiguresAndUnknownStaysGrey() throws Exception {
        try {
            logIn("admin", ADMIN_PASSWORD, "?oblast=" + OBLAST);
            String any = driver.findElement(By.id("kpis")).getText();
            assertThat(any).contains("усі послуги (будь-яка точка доступу)");
            double anyShare = share(any);

            markStale();
            new Select(driver.findElement(By.id("service"))).selectByValue("PASSPORT");
            waitUntilReady(Duration.ofSeconds(120));
            String passport = driver.findElement(By.id("kpis")).getText();
            assertThat(passport).contains("Показники для послуги").contains("паспортні послуги");
            assertThat(share(passport)).as("passport coverage below any access point's").isLessThan(anyShare)
                    .isGreaterThan(50);
            assertThat(driver.findElement(By.id("model-note")).getText())
                    .containsPattern("Враховано точки доступу, де за реєстром є паспортні послуги: \\d+");
            // the layers follow: more white spots for passports than for any access point
            assertThat(Integer.parseInt(body().getDomAttribute("data-white-spots"))).isPositive();
            screenshot("service-passport");
            assertNoLatinWords();

            markStale();
            new Select(driver.findElement(By.id("service"))).selectByValue("RESIDENCE");
            waitUntilReady(Duration.ofSeconds(120));
            String residence = driver.findElement(By.id("kpis")).getText();
            assertThat(residence).contains("невідомо").doesNotContain("0,0 %");
            assertThat(driver.findElement(By.id("model-note")).getText())
                    .contains("Реєстр не каже, які точки доступу надають цю послугу");
            @SuppressWarnings("unchecked")
            List<String> fills = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return [...document.querySelectorAll('.leaflet-hromadas-pane svg path')].map(p => p.getAttribute('fill'))");
            assertThat(fills).isNotEmpty().allSatisfy(fill -> assertThat(fill).isEqualToIgnoringCase("#bdbdbd"));
            screenshot("service-unknown-grey");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    /**
     * Issue 16 scope 3 from the page: the donor's scenario (passport stations and mobile cases for the
     * passport service in Чернівецька) with before/after for that service, the proposals cheapest per newly
     * served resident first, the donor report downloadable, and the scenario saved with its owner.
     */
    @Test
    void theDonorsScenarioFromThePageShowsBeforeAfterAndItsReport() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        try {
            logIn("admin", ADMIN_PASSWORD, "?oblast=" + OBLAST);
            new Select(driver.findElement(By.id("donor-oblast"))).selectByValue(OBLAST);
            new Select(driver.findElement(By.id("donor-service"))).selectByValue("PASSPORT");
            setValue("donor-stations", "2");
            setValue("donor-cases", "2");
            setValue("donor-time-limit", "10");
            driver.findElement(By.id("donor-run")).click();
            new WebDriverWait(driver, Duration.ofSeconds(300)).until(d -> d.findElement(By.id("donor-result"))
                    .isDisplayed() || "FAILED".equals(d.findElement(By.id("donor-progress")).getDomAttribute("data-status")));
            assertThat(driver.findElement(By.id("donor-progress")).getText()).contains("готово");
            String scenario = driver.findElement(By.id("donor-result")).getDomAttribute("data-scenario");

            assertThat(driver.findElement(By.id("donor-service-words")).getText())
                    .contains("Послуга: паспортні послуги").contains("30 хв або 14 км");
            long servedBefore = number(cell("served", 2));
            long servedAfter = number(cell("served", 3));
            long newly = number(cell("newly", 3));
            assertThat(servedAfter).isGreaterThan(servedBefore);
            assertThat(newly).isEqualTo(servedAfter - servedBefore);
            // before: the passport coverage the map shows for the same service and standard
            assertThat(cell("share", 2)).matches("\\d+,\\d %");

            List<WebElement> sites = driver.findElements(By.cssSelector("#donor-proposals tr.site-row"));
            List<WebElement> figures = driver.findElements(By.cssSelector("#donor-proposals tr.figures"));
            assertThat(sites).isNotEmpty().hasSameSizeAs(figures);
            assertThat(sites).extracting(WebElement::getText)
                    .allSatisfy(text -> assertThat(text).containsPattern("паспортна станція|мобільний кейс"));
            assertThat(sites.stream().filter(r -> r.getText().contains("паспортна станція")).count()).isLessThanOrEqualTo(2);
            assertThat(sites.stream().filter(r -> r.getText().contains("мобільний кейс")).count()).isLessThanOrEqualTo(2);
            long previous = 0;
            long sum = 0;
            for (WebElement row : figures) {
                long perResident = number(row.findElement(By.cssSelector("td.per-resident")).getText());
                assertThat(perResident).as("cheapest per newly served resident first").isGreaterThanOrEqualTo(previous);
                previous = perResident;
                sum += number(row.findElement(By.cssSelector("td.newly div")).getText());
            }
            assertThat(sum).as("the rows add up to the newly served").isEqualTo(newly);
            assertThat(driver.findElement(By.id("donor-optimality")).getText())
                    .containsPattern("Доведено оптимальний|Не більше ніж на \\d+,\\d % гірший|Межу найкращого можливого не обчислено");
            assertFits("donor-proposals", "donor-proposals-box");
            scrollTo("donor-result");
            screenshot("donor-before-after");
            scrollTo("donor-proposals");
            screenshot("donor-proposals");

            // the donor report behind the link: a CSV attachment, one line per proposal under its header
            String href = driver.findElement(By.id("donor-report")).getDomAttribute("href");
            assertThat(href).isEqualTo("/api/scenarios/" + scenario + "/donor-report.csv");
            JsonNode report = download(href);
            assertThat(report.get("status").asInt()).isEqualTo(200);
            assertThat(report.get("type").asText()).startsWith("text/csv");
            assertThat(report.get("disposition").asText()).startsWith("attachment").contains(".csv");
            List<String> lines = report.get("body").asText().lines().toList();
            assertThat(lines.get(0)).contains("costPerNewlyCoveredUah");
            assertThat(lines).hasSize(sites.size() + 1);
            assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).containsPattern(
                    "PASSPORT_STATION|MOBILE_CASE"));

            // and it is a saved scenario like any other, with its owner
            WebElement saved = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("#scenarios-table tr[data-id='" + scenario + "']")).stream().findFirst().orElse(null));
            assertThat(saved.getText()).contains("Донор: паспортні послуги, Чернівецька").contains("власник: admin");
            assertNoLatinWords();
        } finally {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    ua.cnap.planner.account.AccountService accounts;

    /** Logs in through the login page (a fresh session) and waits for the map at {@code query}. */
    private void logIn(String username, String password, String query) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/" + query);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntilReady(Duration.ofSeconds(120));
    }

    /** The download behind a link, fetched in the page's own session: status, disposition, type and body. */
    private static JsonNode download(String href) throws java.io.IOException {
        String response = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => done(JSON.stringify({status: r.status,"
                        + " disposition: r.headers.get('content-disposition'), type: r.headers.get('content-type'),"
                        + " body: await r.text()})), e => done('error: ' + e));", href);
        assertThat(response).as(href).doesNotStartWith("error");
        return new ObjectMapper().readTree(response);
    }

    /** A saved scenario's row as a person sees it (text, buttons, checkboxes), null while it is not listed. */
    private static JsonNode scenarioRow(String id) {
        String json = (String) ((JavascriptExecutor) driver).executeScript(
                "const r = document.querySelector(`#scenarios-table tr[data-id='${arguments[0]}']`);"
                        + "return r ? JSON.stringify({text: r.innerText, buttons: r.querySelectorAll('button').length,"
                        + " checkboxes: r.querySelectorAll('input[type=checkbox]').length}) : null", id);
        try {
            return json == null ? null : new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A table, on screen, is no wider than the box that holds it: nothing scrolls sideways. */
    private static void assertFits(String tableId, String boxId) {
        Number table = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById(arguments[0]).getBoundingClientRect().width", tableId);
        Number box = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById(arguments[0]).clientWidth", boxId);
        Number panel = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('panel').clientWidth");
        assertThat(table.doubleValue()).as("%s within %s", tableId, boxId).isPositive()
                .isLessThanOrEqualTo(box.doubleValue() + 0.5).isLessThanOrEqualTo(panel.doubleValue());
    }

    /** A cell of the donor's before/after table: the row by its name, the column by its number. */
    private static String cell(String row, int column) {
        return driver.findElement(By.cssSelector("#donor-before-after tr[data-row='" + row + "'] td:nth-child("
                + column + ")")).getText();
    }

    /** The covered share printed in the KPI panel, in percent. */
    private static double share(String kpis) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Частка покритого населення\\s+(\\d+),(\\d) %")
                .matcher(kpis);
        assertThat(m.find()).as(kpis).isTrue();
        return Double.parseDouble(m.group(1) + "." + m.group(2));
    }

    private static void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id(id)));
    }

    /**
     * Latin-script words the Ukrainian page may show: units, proper names of formats and tools, and account
     * names (the owners of saved scenarios). Anything else in Latin letters is a leftover of English or a raw
     * code.
     */
    static final java.util.Set<String> ALLOWED_LATIN = java.util.Set.of("EN", "Leaflet", "geojson", "csv", "gpkg",
            "GeoJSON", "CSV", "GeoPackage", "admin", PLANNER);

    /** The page's visible text in Ukrainian holds no Latin-script word outside {@link #ALLOWED_LATIN}. */
    private static void assertNoLatinWords() {
        String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z_.-]*[A-Za-z]|[A-Za-z]")
                .matcher(text);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (words.find()) {
            if (!ALLOWED_LATIN.contains(words.group())) {
                found.add(words.group());
            }
        }
        assertThat(found).as("Latin-script words in the Ukrainian page").isEmpty();
    }

    /** A number as the page prints it (uk-UA: spaces between thousands, comma for decimals), whole part. */
    private static long number(String printed) {
        String digits = printed.replaceAll("[\\s\\u00a0\\u202f]", "").replaceAll(",.*$", "");
        return Long.parseLong(digits);
    }

    /** The figure printed after a term of a definition list's text. */
    private static long figure(String dlText, String term) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile(java.util.regex.Pattern.quote(term) + "\\s+([\\d\\s\\u00a0\\u202f]+)").matcher(dlText);
        assertThat(m.find()).as("%s in %s", term, dlText).isTrue();
        return number(m.group(1).strip());
    }

    private static void clickPath(String css) {
        WebElement path = driver.findElements(By.cssSelector(css)).get(0);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "const r = arguments[0].getBoundingClientRect();"
                + "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + r.width / 2,"
                + " clientY: r.y + r.height / 2}))", path);
    }

    /** A popup once it has faded in (while it fades, its text reads empty). */
    private static WebElement shownPopup(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && !e.getText().isBlank()).findFirst().orElse(null));
    }

    private static void closePopup() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.leaflet-popup-close-button').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
    }

    /**
     * The white spot with the smallest outline whose centre is on screen and on the spot itself (a lone
     * disc): a spot the map has panned out of view, or one under the layer control, would take no click.
     */
    private static WebElement smallestWhiteSpot() {
        return driver.findElements(By.cssSelector(".leaflet-overlay-pane svg path[stroke='#d7301f']")).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + "return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === arguments[0]", e)))
                .min(java.util.Comparator.comparingInt(e -> e.getRect().getWidth() * e.getRect().getHeight()))
                .orElseThrow();
    }

    private static WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    private static void markStale() {
        ((JavascriptExecutor) driver).executeScript("document.body.dataset.ready = 'stale'");
    }

    private static void waitUntilReady(Duration timeout) {
        // read through script: the page may replace elements while it loads, and a held
        // element reference then goes stale (this failed CI once)
        new WebDriverWait(driver, timeout).until(d -> {
            Object ready = ((JavascriptExecutor) d).executeScript("return document.body ? document.body.dataset.ready : null");
            if ("error".equals(ready)) {
                throw new AssertionError("the page failed: " + d.findElement(By.id("status")).getText());
            }
            return "true".equals(ready);
        });
    }

    private static int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static void setValue(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void screenshot(String name) throws Exception {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
