package org.paperscope.analyst;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian (chromium, chromium-driver) with the system driver given
 * explicitly, so Selenium downloads nothing. Skips when they are not installed, fails under CI=true
 * ({@code .ci/run} installs them).
 */
final class Browser {

  private Browser() {}

  static ChromeDriver start() {
    Path driver = Path.of(System.getProperty("paperscope.chromedriver", "/usr/bin/chromedriver"));
    Path chromium = Path.of(System.getProperty("paperscope.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(driver) || !Files.isExecutable(chromium)) {
      String message = "Skipping: headless Chromium needs " + driver + " and " + chromium
          + " (apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run does it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but " + message.substring("Skipping: ".length()));
      }
      assumeTrue(false, message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
