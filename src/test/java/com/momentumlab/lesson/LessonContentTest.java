package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.playground.LabLink;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a learner reads: the numbers of the worked example, the program output, the glossary, the Japanese text. */
class LessonContentTest {

    private static final LessonLibrary LIBRARY = LessonLibraryTest.LIBRARY;

    private static Document section(String language, String anchor) {
        LessonSection section = LIBRARY.lesson(Locale.forLanguageTag(language)).section(anchor).orElseThrow();
        return Jsoup.parseBodyFragment(section.html());
    }

    /** Rounded to {@code places} decimals, trailing zeros dropped, ASCII minus: how the lesson writes numbers. */
    private static String num(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String pair(double x, double y) {
        return "(" + num(x, 4) + ",\\; " + num(y, 4) + ")";
    }

    private static String displayMathStartingWith(Document doc, String start) {
        List<String> matches = doc.select("div.math-display").eachAttr("data-tex").stream()
                .filter(tex -> tex.startsWith(start)).toList();
        assertThat(matches).as("display math starting with " + start).hasSize(1);
        return matches.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theTwoHandWorkedStepsMatchAnIndependentComputation(String language) {
        // f(x, y) = x^2/20 + y^2, grad = (x/10, 2y); alpha 0.1, beta 0.9, from (-7, 2), v0 = 0.
        double alpha = 0.1;
        double beta = 0.9;
        double x0 = -7;
        double y0 = 2;
        double gx0 = x0 / 10;
        double gy0 = 2 * y0;
        double vx1 = beta * 0 - alpha * gx0;
        double vy1 = beta * 0 - alpha * gy0;
        double x1 = x0 + vx1;
        double y1 = y0 + vy1;
        double gx1 = x1 / 10;
        double gy1 = 2 * y1;
        double vx2 = beta * vx1 - alpha * gx1;
        double vy2 = beta * vy1 - alpha * gy1;
        double x2 = x1 + vx2;
        double y2 = y1 + vy2;

        Document doc = section(language, "classic-example");

        // Gradients carry the number of the step that uses them: g_1 = grad f(theta_0), g_2 = grad f(theta_1).
        assertThat(displayMathStartingWith(doc, "g_1")).endsWith("= " + pair(gx0, gy0));
        assertThat(displayMathStartingWith(doc, "v_1")).endsWith("= " + pair(vx1, vy1));
        assertThat(displayMathStartingWith(doc, "\\theta_1")).endsWith("= " + pair(x1, y1));
        assertThat(displayMathStartingWith(doc, "g_2")).endsWith("= " + pair(gx1, gy1));
        assertThat(displayMathStartingWith(doc, "v_2"))
                .contains("(" + num(beta * vx1, 4) + " + " + num(-alpha * gx1, 4) + ",\\; "
                        + num(beta * vy1, 4) + " - " + num(alpha * gy1, 4) + ")")
                .endsWith("= " + pair(vx2, vy2));
        assertThat(displayMathStartingWith(doc, "\\theta_2")).endsWith("= " + pair(x2, y2));
        assertThat(doc.text()).contains("-6.93", "1.6", "-6.7977", "0.92", "0.1323", "-0.68");
        assertThat(doc.text()).doesNotContain("\u2212"); // one minus sign throughout: ASCII '-'
        // The plain-GD comparison for step 2.
        assertThat(doc.text()).contains("(" + num(x1 - alpha * gx1, 4) + ", " + num(y1 - alpha * gy1, 4) + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theDescriptionOfTheThirtyStepsMatchesTheRun(String language) {
        double[][] momentum = run(0.9);
        double[][] plain = run(0.0);
        String text = section(language, "classic-example").text();

        String ys = "2 \\to " + num(momentum[1][1], 3) + " \\to " + num(momentum[2][1], 3) + " \\to "
                + num(momentum[3][1], 3) + " \\to " + num(momentum[4][1], 3);
        assertThat(text).contains(ys, "-6.611", num(momentum[3][0], 3))
                .contains(num(momentum[6][1], 2), num(momentum[13][1], 2));
        assertThat(momentum[23][0]).isNegative();
        assertThat(momentum[24][0]).isPositive();
        assertThat(text).contains("(" + num(momentum[30][0], 3) + ", " + num(momentum[30][1], 3) + ")")
                .contains("f \\approx " + num(loss(momentum[30]), 3))
                .contains("x \\approx " + num(plain[30][0], 2))
                .contains("f \\approx " + num(loss(plain[30]), 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theProgramOutputShownIsWhatMomentumPyPrints(String language) {
        double[][] path = run(0.9);
        StringBuilder expected = new StringBuilder();
        for (int t : new int[] {0, 1, 2, 3, 30}) {
            expected.append(String.format(Locale.ROOT, "step %2d: theta = (%.4f, %.4f)  f = %.4f%n",
                    t, path[t][0], path[t][1], loss(path[t])));
        }

        Element output = section(language, "code").selectFirst("pre code.language-text");
        assertThat(output).isNotNull();
        assertThat(output.wholeText()).isEqualTo(expected.toString().replace(System.lineSeparator(), "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyCodeLineTheNotesExplainIsInMomentumPy(String language) {
        List<String> sourceLines = LIBRARY.numpySource().lines()
                .map(line -> line.split("  #")[0].strip()).toList();
        // The notes are the list whose every item starts with a line of code.
        List<Element> notes = section(language, "code").select("ul").stream()
                .filter(ul -> ul.children().stream().allMatch(LessonContentTest::startsWithCode)).toList();
        assertThat(notes).hasSize(1);
        List<String> explained = notes.get(0).children().stream().map(li -> li.child(0).text()).toList();

        assertThat(explained).hasSizeGreaterThanOrEqualTo(8);
        assertThat(sourceLines).containsAll(explained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theOutputShownForTheBookStyleClassIsWhatTwoCallsOfUpdateGive(String language) {
        // update(): v = momentum * v - lr * grad; W += v, with W = (-7, 2), lr 0.1, momentum 0.9, grad = (x/10, 2y).
        double[] w = {-7, 2};
        double[] v = {0, 0};
        StringBuilder expected = new StringBuilder();
        for (int call = 1; call <= 2; call++) {
            double[] g = {w[0] / 10, 2 * w[1]};
            for (int i = 0; i < 2; i++) {
                v[i] = 0.9 * v[i] - 0.1 * g[i];
                w[i] += v[i];
            }
            expected.append(String.format(Locale.ROOT, "call %d: W = (%.4f, %.4f)  v = (%.4f, %.4f)%n",
                    call, w[0], w[1], v[0], v[1]));
        }

        List<String> outputs = section(language, "code").select("pre code.language-text").eachText();
        assertThat(outputs).hasSize(2);
        assertThat(section(language, "code").select("pre code.language-text").get(1).wholeText())
                .isEqualTo(expected.toString().replace(System.lineSeparator(), "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theBookStyleClassIsExplainedLineByLineWithTheFormulaOfEachLine(String language) {
        List<String> sourceLines = LIBRARY.bookSource().lines().map(line -> line.split("  #")[0].strip()).toList();
        List<Element> tables = section(language, "code").select("table").stream()
                .filter(t -> t.select("tbody tr").stream().allMatch(tr -> tr.child(0).selectFirst("> code") != null))
                .toList();
        assertThat(tables).hasSize(1);
        List<Element> rows = tables.get(0).select("tbody tr");
        assertThat(rows).extracting(tr -> tr.child(0).text()).hasSize(5).allSatisfy(code -> assertThat(sourceLines).contains(code));
        assertThat(formulaOf(rows, "self.v[name] = self.momentum * self.v[name] - self.lr * grads[name]"))
                .isEqualTo("v_{t+1} = \\beta v_t - \\alpha \\nabla L(\\theta_t)");
        assertThat(formulaOf(rows, "params[name] += self.v[name]")).isEqualTo("\\theta_{t+1} = \\theta_t + v_{t+1}");
        assertThat(formulaOf(rows, "self.v = {name: np.zeros_like(p) for name, p in params.items()}")).isEqualTo("v_0 = 0");
    }

    private static String formulaOf(List<Element> rows, String code) {
        return rows.stream().filter(tr -> tr.child(0).text().equals(code)).findFirst().orElseThrow()
                .child(1).selectFirst(".math").attr("data-tex");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theOptimizerTableGivesTheBooksNamesAndDefaultsAndTheConstantInTheDivision(String language) {
        Element table = section(language, "optimizers").selectFirst("table");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).extracting(tr -> tr.child(0).text()).containsExactly("SGD",
                language.equals("ja") ? "モーメンタム" : "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam");
        assertThat(rows).extracting(tr -> tr.child(2).select("code").eachText()).containsExactly(
                List.of("lr=0.01"), List.of("lr=0.01", "momentum=0.9"), List.of("lr=0.01", "momentum=0.9"),
                List.of("lr=0.01"), List.of("lr=0.01", "decay_rate=0.99"),
                List.of("lr=0.001", "beta1=0.9", "beta2=0.999"));
        for (int row : new int[] {3, 4, 5}) {
            assertThat(String.join(" ", rows.get(row).child(1).select(".math").eachAttr("data-tex")))
                    .as(rows.get(row).child(0).text()).contains("\\sqrt{", "+ 10^{-7}");
        }
        for (int row : new int[] {0, 1, 2}) {
            assertThat(rows.get(row).child(1).select(".math").eachAttr("data-tex")).noneMatch(tex -> tex.contains("10^{-7}"));
        }
    }

    private static boolean startsWithCode(Element li) {
        return li.childNodeSize() > 0 && li.childNode(0) instanceof Element first && first.nameIs("code");
    }

    /** Every lab link of the lesson, in reading order: the queries its buttons carry. */
    private static List<String> labLinks(String language) {
        return LIBRARY.lesson(Locale.forLanguageTag(language)).sections().stream()
                .flatMap(section -> Jsoup.parseBodyFragment(section.html())
                        .select("button[" + MarkdownRenderer.LAB_LINK_ATTRIBUTE + "]").stream())
                .map(button -> button.attr(MarkdownRenderer.LAB_LINK_ATTRIBUTE))
                .toList();
    }

    @Test
    void everyLabLinkIsAValidPermalinkAndBothLanguagesOfferTheSameOnes() {
        List<String> english = labLinks("en");
        assertThat(english).hasSizeGreaterThanOrEqualTo(8);
        assertThat(labLinks("ja")).isEqualTo(english);
        Objective valley = Catalogue.all().get(0);
        for (String query : english) {
            LabLink.Decoded decoded = LabLink.decode(QueryParameters.fromString(query).getParameters(),
                    Catalogue::byKey, valley);
            assertThat(decoded.notices()).as(query).isEmpty();
            // Every value the link names is the one the lab gets (nothing silently replaced by a default).
            assertThat(LabLink.encode(decoded.state())).as(query)
                    .containsAllEntriesOf(QueryParameters.fromString(query).getParameters());
        }
    }

    @Test
    void theGlossaryHasTheSameTermPairsInBothLanguages() {
        List<List<String>> en = glossary("en");
        List<List<String>> ja = glossary("ja");

        assertThat(en).hasSize(ja.size()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(en).extracting(row -> row.subList(0, 2)).isEqualTo(ja.stream().map(row -> row.subList(0, 2)).toList());
        assertThat(en).extracting(row -> row.get(0) + " / " + row.get(1)).contains(
                "勾配降下法 / gradient descent", "学習率 / learning rate", "モーメンタム / momentum",
                "速度 / velocity", "慣性 / inertia", "ヘッセ行列 / Hessian", "損失関数 / loss function", "勾配 / gradient", "収束 / convergence",
                "発散 / divergence", "振動 / oscillation", "局所最適解 / local minimum", "プラトー / plateau",
                "鞍点 / saddle point", "ハイパーパラメータ / hyperparameter", "ステップ（イテレーション） / step (iteration)");
        assertThat(en).allSatisfy(row -> assertThat(row.get(2)).isNotBlank());
        assertThat(ja).allSatisfy(row -> assertThat(row.get(2)).isNotBlank());
    }

    private static List<List<String>> glossary(String language) {
        Element table = section(language, "summary").select("table").last();
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            rows.add(row.select("td").eachText());
        }
        return rows;
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。（）「」ー]");

    @Test
    void japaneseTextHasNoStraySpacesBetweenJapaneseCharacters() {
        for (LessonSection section : LIBRARY.lesson(Locale.JAPANESE).sections()) {
            Document doc = Jsoup.parseBodyFragment(section.html());
            for (TextNode text : doc.body().nodeStream(TextNode.class).toList()) {
                if (((Element) text.parent()).closest("pre, code, .math") != null) {
                    continue;
                }
                String context = lastChar(text.previousSibling()) + text.getWholeText() + firstChar(text.nextSibling());
                assertThat(context).as(section.anchor())
                        .doesNotContainPattern(JAPANESE.pattern() + "\\s+" + JAPANESE.pattern());
            }
        }
    }

    private static String lastChar(Node node) {
        String text = node instanceof Element e ? e.text() : "";
        return text.isEmpty() || text.startsWith("\\") ? "" : text.substring(text.length() - 1);
    }

    private static String firstChar(Node node) {
        String text = node instanceof Element e ? e.text() : "";
        return text.isEmpty() ? "" : text.substring(0, 1);
    }

    private static double[][] run(double beta) {
        double[][] path = new double[31][];
        double x = -7;
        double y = 2;
        double vx = 0;
        double vy = 0;
        path[0] = new double[] {x, y};
        for (int t = 1; t <= 30; t++) {
            double gx = x / 10;
            double gy = 2 * y;
            vx = beta * vx - 0.1 * gx;
            vy = beta * vy - 0.1 * gy;
            x = x + vx;
            y = y + vy;
            path[t] = new double[] {x, y};
        }
        return path;
    }

    private static double loss(double[] p) {
        return p[0] * p[0] / 20 + p[1] * p[1];
    }
}
