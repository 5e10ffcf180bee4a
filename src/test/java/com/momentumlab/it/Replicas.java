package com.momentumlab.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.momentumlab.Application;
import com.momentumlab.testsupport.RedisServer;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Replicas of the app on one Redis, and a browser profile per person, for the tests of rooms across replicas. */
final class Replicas {

    private Replicas() {
    }

    /** A replica on a free port; its settings as command-line arguments win over application.properties, like a host's environment. */
    static ConfigurableApplicationContext start(RedisServer redis) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--management.server.port=0",
                "--vaadin.devmode.devTools.enabled=false", "--momentumlab.rooms.redis-url=" + redis.url());
    }

    static int port(ConfigurableApplicationContext replica) {
        return Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
    }

    /** Closes what is still running, in the order given. */
    static void stop(AutoCloseable... parts) throws Exception {
        for (AutoCloseable part : parts) {
            if (part instanceof ConfigurableApplicationContext replica ? replica.isActive() : part != null) {
                part.close();
            }
        }
    }

    /** Playwright that never downloads a browser (the system Chromium is used when there is one). */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A page in its own browser profile (its own cookies: another person). */
    static Page newPage(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
        context.setDefaultTimeout(90_000);
        return context.newPage();
    }

    static void setBeta(Page page, String value) {
        page.locator("#field-beta input").fill(value);
        page.locator("#field-beta input").press("Enter");
    }
}
