package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.momentumlab.testsupport.BrowserTest;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A study room in real browsers: the facilitator in one profile, a learner (in Japanese) on a phone-sized window in
 * another, each with their own session; what the facilitator does reaches the learner by server push.
 */
class RoomsIT extends BrowserTest {

    @Test
    void aFacilitatorLeadsALearnerWhoJoinedWithTheCodeFromTheProjector() {
        open(page, "");
        page.locator("#open-room").click();
        assertThat(page).hasURL(Pattern.compile(".*/room/[A-Z0-9]{6}/lead\\?key=[A-Za-z0-9_-]{22}$"));
        String code = page.url().replaceAll(".*/room/([A-Z0-9]{6})/lead.*", "$1");

        Page projector = page.context().newPage();
        projector.navigate(url("room/" + code + "/screen"));
        assertThat(projector.locator("#room-screen-code")).hasText(code);
        assertThat(projector.locator("#room-qr")).hasAttribute("src", Pattern.compile("^data:image/svg\\+xml;base64,.+"));
        assertThat(projector.locator("#room-screen-people")).hasText("0 in the room");

        BrowserContext learnerContext = newContext("ja-JP");
        Page learner = learnerContext.newPage();
        learner.setViewportSize(390, 844);
        learner.navigate(url("join?code=" + code.toLowerCase()));
        assertThat(learner.locator("#room-code input")).hasValue(code);
        learner.locator("#room-nickname input").fill("<i>Aiko</i>");
        learner.locator("#room-join").click();
        assertThat(learner.locator("#room-banner")).containsText("ルーム " + code);
        assertThat(projector.locator("#room-screen-people")).hasText("1 in the room");
        assertThat(page.locator("#room-participants")).containsText("Remove <i>Aiko</i>"); // shown as text

        // Follow me: the facilitator's β reaches the learner's lab; their Run draws there too.
        page.locator("#field-beta input").fill("0.5");
        page.locator("#field-beta input").press("Enter");
        assertThat(learner.locator("#field-beta input")).hasValue("0.5");
        assertThat(learner.locator("#room-banner")).hasText("ルーム " + code + "：進行役の実験パネルに合わせています。");
        page.locator("#run").click();
        assertThat(learner.locator("#readout-step")).hasText("30");

        // The learner steps away, then comes back to the facilitator's latest state.
        learner.locator("#field-beta input").fill("0.7");
        learner.locator("#field-beta input").press("Enter");
        assertThat(learner.locator("#room-banner")).hasText("ルーム " + code + "：自分で自由に試しています。");
        page.locator("#field-beta input").fill("0.3");
        page.locator("#field-beta input").press("Enter");
        learner.locator("#room-follow").click();
        assertThat(learner.locator("#field-beta input")).hasValue("0.3");

        // Ask the room: the learner reads the question in Japanese and answers; the projector counts; the reveal
        // shows the explanation on the learner's screen.
        page.locator("#poll-item").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("valley — ")).click();
        page.locator("#poll-ask").click();
        assertThat(learner.locator("#poll-question")).containsText("細長い谷");
        assertThat(projector.locator("#poll-count-3")).hasText("D: 0");
        learner.locator("#poll-choose-3").click();
        assertThat(projector.locator("#poll-count-3")).hasText("D: 1");
        assertThat(page.locator("#poll-status")).hasText("Answers so far: 1");
        page.locator("#poll-reveal").click();
        assertThat(learner.locator("#poll-explanation")).containsText("速度は最近の勾配を平均する");
        assertThat(learner.locator("#poll-right")).hasText("正解");
        assertThat(projector.locator("#poll-right")).hasText("Right answer");

        // The hand-computation drill on the facilitator's values (β = 0.3 from θ₀ = (−7, 2)): the learner checks g₁'s
        // x component on their phone, the projector counts it, the reveal shows the worked solution everywhere.
        page.locator("#poll-item").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("The hand-computation drill")).click();
        page.locator("#poll-ask").click();
        assertThat(learner.locator("#drill-task")).containsText("β = 0.3、θ₀ = (−7, 2)");
        assertThat(projector.locator("#drill-count-g1-x")).hasText("g₁ (x component): 0 of 1 right, 0 wrong");
        learner.locator("#drill-g1-x input").fill("-0.7");
        learner.locator("#drill-g1-x input").press("Enter");
        assertThat(learner.locator("#drill-g1-x-feedback")).hasText("正解です：g₁（x 成分）= −0.7");
        assertThat(projector.locator("#drill-count-g1-x")).hasText("g₁ (x component): 1 of 1 right, 0 wrong");
        assertThat(page.locator("#drill-count-g1-x")).hasText("g₁ (x component): 1 of 1 right, 0 wrong");
        page.locator("#poll-reveal").click();
        assertThat(learner.locator("#drill-solution-lines li").first())
                .hasText("g₁（x 成分）：θ₀ = (−7, 2) における ∂L/∂x = x/10 に代入すると −7/10 = −0.7");
        assertThat(projector.locator("#drill-solution-lines li").nth(2))
                .hasText("v₁ (x component) = βv₀ − αg₁ = 0.3 × 0 − 0.1 × (−0.7) = 0.07");
        page.locator("#poll-close").click();
        assertThat(learner.locator("#drill-poll")).isHidden();
        // A challenge: the facilitator sets the valley's goal; the learner submits the α and β of their own lab; the
        // projector ranks it (the nickname as text) and draws it as a white dot (reached) on the stability map.
        page.locator("#challenge-start").click();
        assertThat(learner.locator("#challenge-goal")).containsText("(−7, 2)");
        learner.locator("#field-lr input").fill("0.5");
        learner.locator("#field-lr input").press("Enter");
        learner.locator("#field-beta input").fill("0.7");
        learner.locator("#field-beta input").press("Enter");
        learner.locator("#challenge-submit").click();
        assertThat(learner.locator("#challenge-result")).hasText("あなたの α = 0.5、β = 0.7：25 ステップで f がしきい値を下回りました。");
        assertThat(projector.locator("#challenge-row-1")).hasText("1. <i>Aiko</i>: α = 0.5, β = 0.7, 25 steps");
        assertThat(projector.locator("#challenge-status")).hasText("Submissions so far: 1");
        projector.waitForFunction("() => { const m = document.querySelector('#challenge-map');"
                + " return m != null && m.colorAt(0.5, 0.7).join() === '255,255,255,255'; }");
        assertThat(page.locator("#challenge-row-1")).hasText("1. <i>Aiko</i>: α = 0.5, β = 0.7, 25 steps");
        projector.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "room-challenge-projector.png")).setFullPage(true));
        learner.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "room-challenge-learner.png")));
        learner.locator("#room-follow").click(); // back to the facilitator's lab

        // A room's lab has no lesson beside it: a divergence's "Why?" opens the lesson's section in a new tab.
        page.locator("#field-lr input").fill("10");
        page.locator("#field-lr input").press("Enter");
        assertThat(learner.locator("#status-why")).isVisible();
        Page lesson = learner.waitForPopup(() -> learner.locator("#status-why").click());
        assertThat(lesson).hasURL(Pattern.compile(".*/#convergence$"));
        assertThat(learner.locator("#room-banner")).containsText("ルーム " + code); // still in the room

        page.locator("#room-close").click();
        assertThat(learner.locator("#room-banner")).hasText("ルームは閉じられました。ご参加ありがとうございました。");
        assertThat(projector.locator("body")).containsText("There is no open room with this code.");
        learnerContext.close();
    }
}
