package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, "momentum").html());
    }

    @Test
    void aLabLinkBecomesAButtonThatCarriesItsQueryAndItsFormula() {
        Document doc = render("Try [$\\alpha = 1.9$ and $\\beta = 0.9$](lab:lr=1.9&beta=0.9&steps=100) on the valley.");

        Element button = doc.selectFirst("button.ml-lab-link");
        assertThat(button).isNotNull();
        assertThat(button.attr("type")).isEqualTo("button");
        assertThat(button.attr("data-lab")).isEqualTo("lr=1.9&beta=0.9&steps=100");
        assertThat(button.select("span.math").eachAttr("data-tex")).containsExactly("\\alpha = 1.9", "\\beta = 0.9");
        assertThat(doc.select("a")).isEmpty();
    }

    @Test
    void inlineMathKeepsUnderscoresStarsAndBackslashesAndIsNotEmphasised() {
        Document doc = render("Products $a_1 * b_2$ and $c_3 * d_4$, and $\\beta \\\\ \\{x\\}$ stay as written.");

        assertThat(doc.select("span.math").eachAttr("data-tex"))
                .containsExactly("a_1 * b_2", "c_3 * d_4", "\\beta \\\\ \\{x\\}");
        assertThat(doc.select("span.math").eachText()).containsExactly("a_1 * b_2", "c_3 * d_4", "\\beta \\\\ \\{x\\}");
        assertThat(doc.select("em, strong")).isEmpty();
    }

    @Test
    void displayMathOnItsOwnLinesBecomesADisplayDiv() {
        Document doc = render("""
                Before.

                $$
                v_{t+1} = \\beta v_t - \\alpha \\nabla L(\\theta_t)
                $$

                $$ \\theta_{t+1} = \\theta_t + v_{t+1} $$
                After.
                """);

        assertThat(doc.select("div.math.math-display").eachAttr("data-tex")).containsExactly(
                "v_{t+1} = \\beta v_t - \\alpha \\nabla L(\\theta_t)", "\\theta_{t+1} = \\theta_t + v_{t+1}");
        assertThat(doc.select("p").eachText()).containsExactly("Before.", "After.");
    }

    @Test
    void texWithQuotesAndAngleBracketsIsEscapedInTheAttribute() {
        String html = renderer.render("$a < b \"c\" & d$", "x").html();

        assertThat(html).contains("data-tex=\"a &lt; b &quot;c&quot; &amp; d\"");
        assertThat(Jsoup.parseBodyFragment(html).selectFirst("span.math").attr("data-tex")).isEqualTo("a < b \"c\" & d");
    }

    @Test
    void dollarsInCodeAndEscapedDollarsAreNotMath() {
        Document doc = render("""
                Costs \\$5 and \\$6; `echo $HOME $PATH` is shell.

                ```python
                price = "$a_1 * b_2$"
                ```

                    indented $x_1$ code
                """);

        assertThat(doc.select(".math")).isEmpty();
        assertThat(doc.select("p").first().text()).isEqualTo("Costs $5 and $6; echo $HOME $PATH is shell.");
        assertThat(doc.select("pre code.language-python").text()).isEqualTo("price = \"$a_1 * b_2$\"");
        assertThat(doc.select("pre code").last().text()).isEqualTo("indented $x_1$ code");
    }

    @Test
    void aDollarFollowedBySpaceOrClosedBeforeADigitIsText() {
        Document doc = render("Between $ 5 and $10 there is no math.");

        assertThat(doc.select(".math")).isEmpty();
        assertThat(doc.text()).isEqualTo("Between $ 5 and $10 there is no math.");
    }

    @Test
    void scriptsEventHandlersStylesAndJavascriptLinksAreRemoved() {
        String html = renderer.render("""
                # Title

                <script>alert('x')</script>

                <p onclick="alert(1)" style="color:red">Click</p>

                [bad](javascript:alert(1)) and <a href="javascript:alert(2)">worse</a>
                and [good](https://pytorch.org/docs) and [inside](#momentum)

                <img src=x onerror="alert(3)">
                """, "momentum").html();

        assertThat(html).doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("alert")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("style")
                .doesNotContainIgnoringCase("javascript")
                .doesNotContainIgnoringCase("<img");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a[href]").eachAttr("href")).containsExactly("https://pytorch.org/docs", "#momentum");
        assertThat(doc.text()).contains("Click", "bad", "worse");
    }

    @Test
    void headingsGetTheAnchorAndSlugIds() {
        Document doc = render("""
                # Momentum: the rolling ball

                ## Why it works
                ## Why it works
                ### β と学習率 α の関係
                """);

        assertThat(doc.select("h2, h3, h4").eachAttr("id"))
                .containsExactly("momentum", "momentum-why-it-works", "momentum-why-it-works-2", "momentum-β-と学習率-α-の関係");
        // one level down: on the page the lesson stands under the page's h1
        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.getElementById("momentum").tagName()).isEqualTo("h2");
        assertThat(doc.getElementById("momentum-β-と学習率-α-の関係").tagName()).isEqualTo("h4");
        assertThat(renderer.render("# Momentum: the rolling ball\n", "momentum").title())
                .isEqualTo("Momentum: the rolling ball");
    }

    @Test
    void widgetMarkersBecomeEmptyWidgetDivsAndAreListed() {
        RenderedMarkdown rendered = renderer.render("""
                Text.

                [[widget:compare-sgd-momentum]]

                Not a marker: [[widget:code-java]] inside a sentence.

                [[widget:code-numpy]]
                """, "code");
        Document doc = Jsoup.parseBodyFragment(rendered.html());

        assertThat(rendered.widgets()).containsExactly("compare-sgd-momentum", "code-numpy");
        assertThat(doc.select("div.lesson-widget").eachAttr("data-widget"))
                .containsExactly("compare-sgd-momentum", "code-numpy");
        assertThat(doc.select("div.lesson-widget")).allSatisfy(div -> assertThat(div.childNodeSize()).isZero());
        assertThat(doc.select("p").get(1).text()).isEqualTo("Not a marker: [[widget:code-java]] inside a sentence.");
    }

    @Test
    void gfmTablesRenderWithMathInCells() {
        Document doc = render("""
                | term | formula |
                |:-----|--------:|
                | velocity | $v \\leftarrow \\beta v - \\alpha g$ |
                | abs | $|x|$ |
                """);

        Element table = doc.selectFirst("table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th").eachText()).containsExactly("term", "formula");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.select("tbody td span.math").eachAttr("data-tex"))
                .containsExactly("v \\leftarrow \\beta v - \\alpha g", "|x|");
        assertThat(table.select("th").eachAttr("align")).containsExactly("left", "right");
    }

    @Test
    void renderInlineGivesOneSpanAndRejectsSeveralParagraphs() {
        String html = renderer.renderInline("Is $\\beta = 0$ **plain** GD?");

        Element span = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(span.className()).isEqualTo("lesson-inline");
        assertThat(span.select("span.math").attr("data-tex")).isEqualTo("\\beta = 0");
        assertThat(span.select("strong").text()).isEqualTo("plain");
        assertThatThrownBy(() -> renderer.renderInline("one\n\ntwo")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugKeepsLettersOfAnyScriptAndJoinsTheRestWithHyphens() {
        assertThat(MarkdownRenderer.slug("  Local minima & plateaus!  ")).isEqualTo("local-minima-plateaus");
        assertThat(MarkdownRenderer.slug("ＡＢＣ　収束")).isEqualTo("abc-収束");
        assertThat(MarkdownRenderer.slug("???")).isEqualTo("section");
    }

    @Test
    void lineBreaksBetweenJapaneseCharactersVanishButStaySpacesElsewhere() {
        Document doc = render("""
                勾配と逆向きに進めば、
                **損失** は下がります。$\\alpha$ は
                学習率です。English words
                stay apart.

                ```
                一行目
                二行目
                ```
                """);

        assertThat(doc.select("p").first().text()).isEqualTo("勾配と逆向きに進めば、損失 は下がります。\\alpha は学習率です。English words stay apart.");
        assertThat(doc.select("pre code").first().wholeText()).isEqualTo("一行目\n二行目\n");
    }
}
