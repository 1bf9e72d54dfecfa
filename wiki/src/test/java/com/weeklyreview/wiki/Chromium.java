package com.weeklyreview.wiki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through its ChromeDriver (no driver download), and screenshots for people to look at. */
final class Chromium {

    static final Path SHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Starts a headless browser with a window of the given size and extra arguments. */
    static WebDriver start(String windowSize, String... extra) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("wsr.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=" + windowSize);
        options.addArguments(extra);
        Files.createDirectories(SHOTS);
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("wsr.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build(), options);
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
    static void shot(WebDriver browser, String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
