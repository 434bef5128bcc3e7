package cn.jsedu.ledger.system.browser;

import cn.jsedu.ledger.testsupport.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run})
 * driven through Selenium, with the console's origin, logins of the system tests' users, and screenshots kept in
 * {@code target/screenshots} as test artefacts. Without Chromium the browser tests fail, saying what to install:
 * they are part of the suite, not optional.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
    /** How long a page may take to show an element: seconds at worst, unless the machine is busy with other work. */
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    final WebDriver driver;
    private final String origin;
    private final Path profile;

    private Browser(WebDriver driver, String origin, Path profile) {
        this.driver = driver;
        this.origin = origin;
        this.profile = profile;
    }

    static Browser start(String origin) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new AssertionError("The browser tests need Chromium and its driver at " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run installs them when missing)");
        }
        try {
            Path profile = Files.createTempDirectory("ledger-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // Without the background-networking flags Chromium calls out at start-up, which this closed network refuses.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), origin, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(origin + path);
    }

    /** Logs in through the console's form as a system-test user (password {@link TestUsers#PASSWORD}). */
    void login(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(TestUsers.PASSWORD);
        find(By.id("login-submit")).click();
        waitFor(By.id("current-user"));
    }

    /**
     * Submits the page's form and waits for the page that answers it. A test that clicked and then looked for an
     * element the old page also had (a field error after an earlier refusal) could read the old page on a busy machine.
     */
    void submit() {
        submit("submit");
    }

    /** {@link #submit()} with the button of this id, for a page with several forms. */
    void submit(String buttonId) {
        submit(find(By.id(buttonId)));
    }

    /** {@link #submit()} with this button. */
    void submit(WebElement button) {
        WebElement before = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, PATIENCE).until(page -> gone(before));
    }

    /**
     * Whether the old page is gone. Chrome reports a node of a replaced page as stale, or, asked while the new page is
     * being attached, "Node with given id does not belong to the document" (a plain WebDriverException, which
     * Selenium's own stalenessOf lets through: ConsoleFormsIT failed on it once in CI). Both mean the same.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    WebElement find(By by) {
        return waitFor(by);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** An element that is there but not shown, such as a form's hidden Idempotency-Key. */
    WebElement hidden(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    String text(String id) {
        return find(By.id(id)).getText().trim();
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(origin.length());
    }

    /** Runs {@code js}, which calls its last argument with the result (a fetch, say), and waits for it. */
    Object asyncScript(String js, Object... args) {
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The window at a width (and height) as a phone or a desktop shows the console: 390 or 1440 px. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * The words in Latin letters a reader sees on the page (text, placeholders, labels for assistive technology),
     * each with the text around it; what is not language is left out: codes and ids in capitals ({@code
     * VALIDATION_FAILED}, {@code JS-101}), elements marked {@code translate="no"} (user names, keys), code and id
     * elements ({@code code}, {@code .ids}), the raw payload behind a closed "details", and the link to the English
     * console itself.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> latinWords() {
        return (java.util.List<String>) script("""
                const skip = 'code, .ids, pre, script, style, noscript, [translate=no], #lang-en';
                const found = [];
                const check = (text, where) => (text.match(/[A-Za-z]{2,}/g) || [])
                    .filter(w => !/^[A-Z0-9_]+$/.test(w) && w !== 'Excel')
                    .forEach(w => found.push(w + ' «' + text.trim().slice(0, 100) + '» in ' + where));
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    const el = walker.currentNode.parentElement;
                    if (!el || el.closest(skip) || el.closest('details:not([open]) > :not(summary)')) continue;
                    check(walker.currentNode.textContent, el.tagName + (el.id ? '#' + el.id : ''));
                }
                document.querySelectorAll('[placeholder], [aria-label], [title], [alt]').forEach(el => {
                    if (el.closest(skip)) return;
                    ['placeholder', 'aria-label', 'title', 'alt'].forEach(a => el.hasAttribute(a)
                        && check(el.getAttribute(a), el.tagName + '@' + a));
                });
                check(document.title, 'title');
                return found;""");
    }

    /** A full-page screenshot, kept as a test artefact. */
    void screenshot(String name) {
        screenshot(SCREENSHOTS, name, 1400);
    }

    /** A full-page screenshot at a window width, into a folder (docs/screenshots for the README's). */
    void screenshot(Path folder, String name, int width) {
        try {
            Files.createDirectories(folder);
            int before = driver.manage().window().getSize().getWidth();
            driver.manage().window().setSize(new Dimension(width, 1000));
            long height = ((Number) script("return Math.max(document.body.scrollHeight, "
                    + "document.documentElement.scrollHeight)")).longValue() + 150; // + the window's own frame
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 800), 8000)));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(before, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
