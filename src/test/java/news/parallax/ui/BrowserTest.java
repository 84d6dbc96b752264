package news.parallax.ui;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import news.parallax.testing.Fixtures;

/**
 * The pages in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver, on the demo corpus (loaded at start by this test's own profile and database).
 * Screenshots are written to {@code target/ui-screenshots/} for a person to look at. Needs
 * {@code chromium} and {@code chromium-driver} ({@code scripts/test.sh} installs them); paths can be
 * changed with -Dparallax.test.chromium and -Dparallax.test.chromedriver.
 */
@QuarkusTest
@TestProfile(BrowserTest.Demo.class)
class BrowserTest {

    /** The demo corpus loaded at start, as on the embedded database, in a database of its own. */
    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.demo.load", "always");
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
    private static final String CHROMIUM = System.getProperty("parallax.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("parallax.test.chromedriver", "/usr/bin/chromedriver");

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertTrue(Files.isExecutable(Path.of(binary)), binary + " is missing: install Debian's chromium and chromium-driver"
                    + " (scripts/test.sh does, as root)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                // root needs --no-sandbox; the rest keeps Chromium off the network this machine does not have
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--lang=en", "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory("parallax-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theParisConferencePageShowsEveryOutletSideBySide() {
        long paris = eventId("مؤتمر باريس حول ليبيا");
        open("/ui/events/" + paris);

        assertEquals("Paris conference on Libya", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> columns = browser.findElements(By.cssSelector("section.column"));
        assertEquals(List.of("الرصد الليبي", "Desert Ledger", "نافذة المتوسط"),
                columns.stream().map(c -> c.findElement(By.tagName("h3")).getText()).toList());
        assertEquals(List.of("rtl", "ltr", "rtl"), columns.stream().map(c -> c.getCssValue("direction")).toList(),
                "Arabic columns are laid out right to left, English left to right, on one page");
        WebElement arabicTitle = columns.get(0).findElement(By.cssSelector("li a"));
        assertTrue(arabicTitle.getLocation().getX() + arabicTitle.getSize().getWidth()
                > columns.get(0).getLocation().getX() + columns.get(0).getSize().getWidth() - 60, "an Arabic title starts at the right");

        WebElement election = browser.findElement(By.cssSelector("tr[data-fact=election_date]"));
        assertEquals("agree", election.findElement(By.cssSelector(".badge")).getText());
        assertEquals("rgba(227, 243, 230, 1)", election.findElement(By.cssSelector(".badge")).getCssValue("background-color"),
                "agreement is marked in colour too");
        assertEquals(List.of("2018-12-10", "2018-12-10", "2018-12-10"),
                election.findElements(By.cssSelector("td .value")).stream().map(WebElement::getText).toList());
        assertTrue(browser.findElement(By.id("first-reported")).getText().contains("الرصد الليبي"));

        List<WebElement> bars = browser.findElements(By.cssSelector("#timeline rect.bar"));
        assertEquals(3, bars.size(), "one bar per outlet and day");
        bars.forEach(bar -> assertTrue(bar.getSize().getHeight() > 0 && bar.getSize().getWidth() > 0, "the chart is drawn"));
        assertEquals(4, browser.findElements(By.cssSelector("#citations line.edge")).size(), "publisher -> cited outlet arrows");

        assertNoConsoleErrors();
        screenshot("paris-conference");

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/ui/events/" + paris);
        assertTrue((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"),
                "nothing is wider than a phone's screen; the facts table scrolls inside its box");
        screenshot("paris-conference-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aDisagreementIsMarkedInColourAndWords() {
        String marker = uniqueWord();
        long attack = UiFixtures.disagreement("Qasrat" + marker, marker);
        open("/ui/events/" + attack);

        WebElement toll = browser.findElement(By.cssSelector("tr[data-fact=death_toll]"));
        assertEquals("disagree", toll.findElement(By.cssSelector(".badge")).getText());
        assertEquals("rgba(253, 231, 228, 1)", toll.findElement(By.cssSelector(".badge")).getCssValue("background-color"));
        assertEquals(List.of("9 killed", "7 killed", "9 killed"), toll.findElements(By.cssSelector("td .value")).stream().map(WebElement::getText).toList());
        assertNoConsoleErrors();
        screenshot("disagreement");
    }

    @Test
    void aClaimFoundBySearchLeadsToItsEvent() {
        long paris = eventId("مؤتمر باريس حول ليبيا");
        open("/ui/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("Skip to content", browser.switchTo().activeElement().getText(), "the first key press offers to skip the header");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("أبو الغيط");
        // a click on the button, as a person would; WebElement.submit() returns before the next page loads
        browser.findElement(By.cssSelector("main form[role=search] button")).click();
        awaitPath("/ui/search");
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertEquals(1, hits.size());
        assertEquals("أبو الغيط", hits.get(0).findElement(By.tagName("mark")).getText().strip()
                + " " + hits.get(0).findElements(By.tagName("mark")).get(1).getText().strip());
        screenshot("search");

        hits.get(0).findElement(By.linkText("Paris conference on Libya")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/ui/events/" + paris), browser.getCurrentUrl());
        assertEquals("Paris conference on Libya", browser.findElement(By.tagName("h1")).getText());
        assertNoConsoleErrors();
    }

    @Test
    void aStoryFoundInTheStreamLeadsToItsOutletsItsTimelineAndItsEvent() {
        long paris = eventId("مؤتمر باريس حول ليبيا");
        Fixtures.awaitLinking(paris);
        UiFixtures.recountStories(); // a story's events are counted with its other counters (the job does not run in tests)
        open("/ui/");
        browser.findElement(By.linkText("Stories")).click();
        awaitPath("/ui/stories");
        assertEquals("Stories", browser.findElement(By.tagName("h1")).getText());
        WebElement listed = browser.findElements(By.cssSelector("li.story")).stream()
                .filter(li -> li.findElement(By.cssSelector(".covered-by")).getText().equals("Desert Ledger, الرصد الليبي"))
                .findFirst().orElseThrow();
        assertEquals("Event: Paris conference on Libya", listed.findElement(By.cssSelector(".event-status")).getText());
        assertNoConsoleErrors();
        screenshot("stories");

        listed.findElement(By.cssSelector("a.story-link")).click();
        awaitPath("/ui/stories/");
        assertEquals("الفرقاء الليبيون يتفقون في باريس على انتخابات في العاشر من ديسمبر", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> columns = browser.findElements(By.cssSelector("section.column"));
        assertEquals(List.of("الرصد الليبي", "Desert Ledger"), columns.stream().map(c -> c.findElement(By.tagName("h3")).getText()).toList(),
                "the outlet that reported first first");
        assertEquals(List.of("rtl", "ltr"), columns.stream().map(c -> c.getCssValue("direction")).toList());
        List<WebElement> bars = browser.findElements(By.cssSelector("#timeline rect.bar"));
        assertEquals(2, bars.size(), "one bar per outlet and hour");
        bars.forEach(bar -> assertTrue(bar.getSize().getHeight() > 0 && bar.getSize().getWidth() > 0, "the chart is drawn"));
        assertNoConsoleErrors();
        screenshot("story");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertTrue((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"), "a phone needs no sideways scrolling");
        screenshot("story-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.cssSelector("#events a.event-link")).click();
        awaitPath("/ui/events/");
        assertTrue(browser.getCurrentUrl().endsWith("/ui/events/" + paris), browser.getCurrentUrl());
        assertNoConsoleErrors();
    }

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    /** Waits (up to 10 s) until the browser shows a page under {@code path} and has loaded it. */
    private static void awaitPath(String path) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(browser.getCurrentUrl().contains(path) && "complete".equals(script("return document.readyState")))) {
            assertTrue(System.nanoTime() < until, "no page under " + path + " after 10 s: " + browser.getCurrentUrl());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "console errors and warnings");
    }

    /** A screenshot of the whole page: the window is made as tall as the page first. */
    private static void screenshot(String name) {
        Dimension size = browser.manage().window().getSize();
        long height = (Long) script("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(height + 200, size.getHeight())));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    private static long eventId(String query) {
        long id = api().queryParam("q", query).get("/events").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Fixtures.awaitLinking(id);
        return id;
    }
}
