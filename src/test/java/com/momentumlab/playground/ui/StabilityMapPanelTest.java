package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.HeatMap;
import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class StabilityMapPanelTest extends KaribuSpringTest {

    private final List<double[]> picks = new ArrayList<>();
    private StabilityMapPanel panel;

    @BeforeEach
    void showTheValleysPanelWithTheLessonsSettings() {
        panel = new StabilityMapPanel(new Valley(), 0.1, 0.9, (alpha, beta) -> picks.add(new double[] {alpha, beta}));
        UI.getCurrent().add(panel);
    }

    // Looked up inside this panel: the page Karibu opens has a map of its own.
    private HeatMap map() {
        return _get(panel, HeatMap.class, spec -> spec.withId("stability-map"));
    }

    /** The text of the element {@code id} the learner sees: an element of the panel or one in its HTML. */
    private Optional<String> find(String id) {
        for (ServerHtml html : LocatorJ._find(panel, ServerHtml.class)) { // Karibu finds the visible ones only
            org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html.getEscapedHtml()).body();
            if (id.equals(html.getId().orElse(null))) {
                return Optional.of(body.wholeText());
            }
            org.jsoup.nodes.Element inside = body.getElementById(id);
            if (inside != null) {
                return Optional.of(inside.wholeText());
            }
        }
        return Optional.empty();
    }

    private String text(String id) {
        return find(id).orElseThrow(() -> new AssertionError("no visible #" + id));
    }

    /** The heading and the paragraph under it, as the learner reads them. */
    private List<String> headingAndText() {
        ServerHtml html = LocatorJ._find(panel, ServerHtml.class).get(0);
        return Jsoup.parseBodyFragment(html.getEscapedHtml()).body().children().stream()
                .map(e -> e.tagName() + ": " + e.text()).toList();
    }

    private void clickOnTheMap(double x, double y) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("event.detail.x", x);
        detail.put("event.detail.y", y);
        BasicUtilsKt._fireDomEvent(map(), "heat-map-pick", detail);
    }

    /** Each line of the legend with its sample, as the learner reads it. */
    private List<String> legendLines() {
        String html = _get(panel, MathHtml.class, spec -> spec.withId("stability-legend")).getSanitizedHtml();
        return Jsoup.parseBodyFragment(html).select(".ml-stability-legend-entry").stream()
                .map(entry -> (entry.selectFirst("svg") == null ? "no sample: " : "") + entry.text())
                .toList();
    }

    @Test
    void theLegendExplainsEveryMarkWithThisFunctionsCurvaturesInTheLearnersLanguage() {
        assertThat(legendLines()).containsExactly(
                "Colour: the rate per step. The distance to the minimum shrinks by this factor each step, so brighter"
                        + " means faster. The scale counts nines: each mark is ten times closer to 1.",
                "Hatched grey: the path diverges there, because αλ > 2 + 2β on some axis.",
                "Solid line: the stability limit α = (2 + 2β)/λmax, here with λmax = 2. Right on it the path neither"
                        + " converges nor diverges: it keeps swinging with the same size.",
                "Long dashes: above this curve the path spirals in along x, (1 − √β)² < αλx < (1 + √β)² with"
                        + " λx = 0.1.",
                "Short dashes: the same for y, with λy = 2. Below this curve the path does not spiral along y: left"
                        + " of its lowest point it creeps in without crossing the minimum, right of it it jumps to the"
                        + " other side at every step.",
                "Ring: your α and β.");

        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(legendLines()).hasSize(6).contains("実線：安定の限界 α = (2 + 2β)/λmax です（ここでは λmax = 2）。"
                + "ちょうどこの線の上では、経路は収束も発散もせず、同じ大きさで揺れ続けます。");
    }

    @Test
    void theRingStartsOnTheLearnersAlphaAndBetaAndTheLineGivesTheRate() {
        assertThat(find("stability-note")).isEmpty();
        assertThat(headingAndText()).containsExactly("h3: Where does momentum converge?",
                "p: Each point of this map is one choice of the learning rate α (across) and the momentum β (up) for"
                        + " this quadratic function. Click a point, or focus the map, move the ring with the arrow keys"
                        + " and press Enter, to use that α and β.");
        assertThat(map().getMarker()).hasValueSatisfying(m -> assertThat(m).containsExactly(0.1, 0.9));
        assertThat(map().getData()).isPresent();
        assertThat(map().getElement().getProperty("data")).startsWith("{\"xMin\":0.0,\"xMax\":2.2,");
        assertThat(text("stability-point"))
                .isEqualTo("At α = 0.1, β = 0.9 the distance to the minimum shrinks by a factor of 0.9487 per step.");
        assertThat(map().getElement().getAttribute("aria-label"))
                .isEqualTo("Stability map: how fast momentum converges for each learning rate α and momentum β");
        assertThat(map().getElement().getProperty("labels")).isEqualTo(
                "{\"xTitle\":\"learning rate α\",\"yTitle\":\"momentum β\",\"legendTitle\":\"rate per step\"}");
    }

    @Test
    void theRingFollowsShow() {
        panel.show(0.5, 0.3);
        assertThat(map().getMarker()).hasValueSatisfying(m -> assertThat(m).containsExactly(0.5, 0.3));
        // x axis: real roots, b = 1 + 0.3 − 0.5·0.1 = 1.25, rate (b + √(b² − 4·0.3))/2.
        assertThat(text("stability-point")).isEqualTo("At α = 0.5, β = 0.3 the distance to the minimum shrinks by a factor of "
                + Numbers.rounded((1.25 + Math.sqrt(1.25 * 1.25 - 1.2)) / 2, 4) + " per step.");

        panel.show(10, 0.9); // beyond the map's right edge: the ring waits at the edge, the line explains
        assertThat(map().getMarker()).hasValueSatisfying(m -> assertThat(m).containsExactly(10, 0.9));
        assertThat(text("stability-point"))
                .isEqualTo("At α = 10, β = 0.9 the path diverges: on the y axis αλ = 20 > 2 + 2β = 3.8.");
        assertThat(picks).isEmpty(); // show() is the lab talking to the map, not a pick
    }

    @Test
    void aClickOnTheMapSetsAlphaAndBetaRoundedToHundredths() {
        clickOnTheMap(0.4372, 0.9049);
        assertThat(picks).hasSize(1);
        assertThat(picks.get(0)).containsExactly(0.44, 0.9);
        assertThat(map().getMarker()).hasValueSatisfying(m -> assertThat(m).containsExactly(0.44, 0.9));
        assertThat(text("stability-point")).startsWith("At α = 0.44, β = 0.9 ");

        clickOnTheMap(5, 3); // a forged event far outside: kept within the map and the lab's ranges
        assertThat(picks.get(1)).containsExactly(2.2, 0.99);
    }

    @Test
    void aFunctionThatIsNotQuadraticShowsTheNoteInsteadOfTheMap() {
        panel.showFunction(new Rosenbrock(), 0.001, 0.9);
        _assertNone(panel, HeatMap.class); // Karibu sees only what is visible
        assertThat(text("stability-note")).startsWith("The stability map exists for quadratic functions only");

        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(text("stability-note")).startsWith("安定性マップは二次関数でのみ表示できます。");
        assertThat(headingAndText()).hasSize(2).first().asString().startsWith("h3: ").doesNotContain("Where");
        assertThat(find("stability-point")).isEmpty();
        _assertNone(panel, MathHtml.class);
    }

    @Test
    void aNewPanelForANonQuadraticNeverShowsTheMap() {
        UI.getCurrent().remove(panel);
        panel = new StabilityMapPanel(new Rosenbrock(), 0.001, 0.9, (a, b) -> picks.add(new double[] {a, b}));
        UI.getCurrent().add(panel);
        assertThat(text("stability-note")).startsWith("The stability map exists for quadratic functions only");
        _assertNone(panel, HeatMap.class);
    }

    /** The map's setMarker calls that would travel with the next response (and forgets them). */
    private long markerCallsSent() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("setMarker")).count();
    }

    @Test
    void theRingTravelsWhenItMovesOrTheMapIsNewButNotForTheSameAlphaAndBeta() {
        markerCallsSent();
        panel.show(0.1, 0.9); // a new start or step count: α and β as they were, the map's canvas stays as it is
        assertThat(markerCallsSent()).isZero();
        panel.show(0.2, 0.9);
        assertThat(markerCallsSent()).isEqualTo(1);
        assertThat(map().getMarker()).hasValueSatisfying(m -> assertThat(m).containsExactly(0.2, 0.9));
        panel.showFunction(new Valley(), 0.2, 0.9); // new data: the ring again, even on the same α and β
        panel.show(0.2, 0.9);
        assertThat(markerCallsSent()).isEqualTo(1);
        clickOnTheMap(0.2, 0.9); // a pick always answers: it corrects a ring the learner moved in the browser
        assertThat(markerCallsSent()).isEqualTo(1);
    }

    @Test
    void theLanguageSwitchTranslatesTheLineAndTheAxisTitles() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(text("stability-point")).isEqualTo("α = 0.1、β = 0.9 では、最小値までの距離が 1 ステップごとに 0.9487 倍に縮みます。");
        assertThat(map().getElement().getProperty("labels")).contains("\"xTitle\":\"学習率 α\"");
    }
}
