package com.momentumlab.lesson;

import com.momentumlab.lesson.MathProtector.MathFragment;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Turns our lesson Markdown into HTML that is safe to put into the page.
 *
 * <ol>
 *   <li>TeX is taken out first ({@link MathProtector}) so Markdown cannot touch it.</li>
 *   <li>CommonMark with GFM tables renders the rest; fenced code gets {@code class="language-xxx"}.</li>
 *   <li>The TeX comes back as {@code <span class="math" data-tex="...">} (inline) or
 *       {@code <div class="math math-display" data-tex="...">} (display); KaTeX in the browser reads
 *       {@code data-tex}, and the element's text (the same TeX) is the fallback.</li>
 *   <li>A paragraph that is only {@code [[widget:NAME]]} becomes {@code <div class="lesson-widget" data-widget="NAME">}.</li>
 *   <li>Headings get ids: the first {@code #} heading the given anchor, the others {@code anchor-slug}; then
 *       every heading moves one level down ({@code #} becomes {@code h2}, {@code ##} {@code h3}, …), because
 *       on the page the lesson sits under the page's own {@code h1}.</li>
 *   <li>Finally a jsoup {@link Safelist} keeps only what this class emits: no scripts, no event handlers,
 *       no {@code style}, no {@code javascript:} links. Our content is trusted, but a slip in a Markdown file
 *       then stays harmless.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownRenderer {

    /** {@code [[widget:NAME]]}, NAME in kebab case. */
    static final Pattern WIDGET_MARKER = Pattern.compile("\\[\\[widget:([a-z0-9]+(?:-[a-z0-9]+)*)]]");
    /** A link to {@code lab:QUERY} sets the lab to the permalink's QUERY and runs it. */
    static final String LAB_LINK_SCHEME = "lab:";
    /** The attribute of a lab link's button that holds its query. */
    public static final String LAB_LINK_ATTRIBUTE = "data-lab";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
                    "span", "div", "button")
            .addAttributes("h1", "id")
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("h5", "id")
            .addAttributes("h6", "id")
            .addAttributes("ol", "start")
            .addAttributes("code", "class")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("span", "class", "data-tex")
            .addAttributes("div", "class", "data-tex", "data-widget")
            .addAttributes("a", "href")
            .addAttributes("button", "type", "class", LAB_LINK_ATTRIBUTE)
            .addProtocols("a", "href", "https", "http", "#");

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;

    public MarkdownRenderer() {
        var extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        htmlRenderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /**
     * Renders a whole document.
     *
     * @param anchor the id of the first {@code #} heading and the prefix of the other headings' ids
     */
    public RenderedMarkdown render(String markdown, String anchor) {
        Element body = toHtml(markdown);
        List<String> widgets = replaceWidgetMarkers(body);
        replaceLabLinks(body);
        String title = assignHeadingIds(body, anchor);
        demoteHeadings(body);
        return new RenderedMarkdown(title, sanitize(body.html()), widgets);
    }

    /**
     * Renders a short text of one paragraph (a quiz question, a choice) as inline HTML:
     * {@code <span class="lesson-inline">...</span>}.
     *
     * @throws IllegalArgumentException when the text is not exactly one paragraph
     */
    public String renderInline(String markdown) {
        Element body = toHtml(markdown);
        if (body.childrenSize() != 1 || !body.child(0).nameIs("p")) {
            throw new IllegalArgumentException("not a single paragraph: " + markdown);
        }
        Element span = new Element("span").addClass("lesson-inline");
        span.appendChildren(body.child(0).childNodes());
        return sanitize(span.outerHtml());
    }

    /**
     * {@code [text](lab:lr=1.9&beta=0.9)} becomes a button that sets the lab to that link and runs it: the lesson
     * names a setting, the reader tries it with one press. The page handles every such button with one listener.
     */
    private static void replaceLabLinks(Element body) {
        for (Element link : body.select("a[href^=" + LAB_LINK_SCHEME + "]")) {
            Element button = new Element("button").attr("type", "button").addClass("ml-lab-link")
                    .attr(LAB_LINK_ATTRIBUTE, link.attr("href").substring(LAB_LINK_SCHEME.length()));
            button.appendChildren(link.childNodes());
            link.replaceWith(button);
        }
    }

    /** Markdown to an (unsanitized) HTML body with the TeX back in math elements. */
    private Element toHtml(String markdown) {
        MathProtector.Protected protectedMarkdown = MathProtector.protect(markdown);
        String html = htmlRenderer.render(parser.parse(protectedMarkdown.markdown()));
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        restoreMath(document.body(), protectedMarkdown.fragments());
        joinEastAsianLines(document.body());
        return document.body();
    }

    private static void restoreMath(Element body, List<MathFragment> fragments) {
        // Inside code, "$...$" was never math (e.g. an indented code block): put the source back as text.
        for (Element code : body.select("code")) {
            for (TextNode text : code.textNodes()) {
                text.text(replacePlaceholders(text.getWholeText(), fragments));
            }
        }
        // A paragraph holding one display fragment and nothing else becomes the display element itself.
        for (Element paragraph : body.select("p")) {
            Matcher m = MathProtector.PLACEHOLDER.matcher(paragraph.wholeText().strip());
            if (paragraph.children().isEmpty() && m.matches() && fragments.get(index(m)).display()) {
                paragraph.replaceWith(mathElement(fragments.get(index(m))));
            }
        }
        for (TextNode text : body.nodeStream(TextNode.class).toList()) {
            splitAtPlaceholders(text, fragments);
        }
    }

    private static void splitAtPlaceholders(TextNode text, List<MathFragment> fragments) {
        String whole = text.getWholeText();
        Matcher m = MathProtector.PLACEHOLDER.matcher(whole);
        int last = 0;
        Node cursor = text;
        boolean found = false;
        while (m.find()) {
            found = true;
            cursor = insertAfter(cursor, new TextNode(whole.substring(last, m.start())));
            cursor = insertAfter(cursor, mathElement(fragments.get(index(m))));
            last = m.end();
        }
        if (found) {
            insertAfter(cursor, new TextNode(whole.substring(last)));
            text.remove();
        }
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.after(node);
        return node;
    }

    private static String replacePlaceholders(String text, List<MathFragment> fragments) {
        return MathProtector.PLACEHOLDER.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(fragments.get(index(m)).source()));
    }

    private static int index(MatchResult m) {
        return Integer.parseInt(m.group(1));
    }

    private static Element mathElement(MathFragment fragment) {
        return formula(fragment.tex(), fragment.display());
    }

    /** A formula as the lesson's HTML carries it, for {@code math-html} to typeset: TeX in data-tex. */
    public static Element formula(String tex, boolean display) {
        Element element = display
                ? new Element("div").addClass("math").addClass("math-display")
                : new Element("span").addClass("math");
        return element.attr("data-tex", tex).text(tex);
    }

    /**
     * A line break inside a paragraph is shown by the browser as a space. Between two Japanese characters that
     * space is wrong, so such a break is dropped (as Pandoc's {@code east_asian_line_breaks} does); between
     * anything else, e.g. English words or math, it stays a space. Code keeps its line breaks.
     */
    private static void joinEastAsianLines(Element body) {
        for (TextNode text : body.nodeStream(TextNode.class).toList()) {
            String whole = text.getWholeText();
            if (whole.indexOf('\n') < 0 || ((Element) text.parent()).closest("pre, code") != null) {
                continue;
            }
            StringBuilder joined = new StringBuilder(whole.length());
            for (int i = 0; i < whole.length(); i++) {
                char c = whole.charAt(i);
                if (c == '\n') {
                    int before = i > 0 ? whole.codePointBefore(i) : lastCodePoint(text.previousSibling());
                    int after = i + 1 < whole.length() ? whole.codePointAt(i + 1) : firstCodePoint(text.nextSibling());
                    if (isEastAsianWide(before) && isEastAsianWide(after)) {
                        continue;
                    }
                }
                joined.append(c);
            }
            text.text(joined.toString());
        }
    }

    private static int lastCodePoint(Node node) {
        String text = node instanceof Element e ? e.text() : node instanceof TextNode t ? t.getWholeText() : "";
        return text.isEmpty() ? -1 : text.codePointBefore(text.length());
    }

    private static int firstCodePoint(Node node) {
        String text = node instanceof Element e ? e.text() : node instanceof TextNode t ? t.getWholeText() : "";
        return text.isEmpty() ? -1 : text.codePointAt(0);
    }

    /** Kana, kanji, Japanese punctuation and full-width forms. */
    static boolean isEastAsianWide(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static List<String> replaceWidgetMarkers(Element body) {
        List<String> widgets = new ArrayList<>();
        for (Element paragraph : body.select("p")) {
            Matcher m = WIDGET_MARKER.matcher(paragraph.wholeText().strip());
            if (paragraph.children().isEmpty() && m.matches()) {
                widgets.add(m.group(1));
                paragraph.replaceWith(new Element("div").addClass("lesson-widget").attr("data-widget", m.group(1)));
            }
        }
        return widgets;
    }

    /** h1 → h2, …, h5 → h6 (h6 stays h6): the page's title is the only {@code h1}. */
    private static void demoteHeadings(Element body) {
        for (Element heading : body.select("h1, h2, h3, h4, h5")) {
            heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
        }
    }

    /** Gives every heading an id and returns the text of the first {@code h1} ("" if none). */
    private static String assignHeadingIds(Element body, String anchor) {
        Set<String> used = new HashSet<>();
        String title = "";
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            String id;
            if (title.isEmpty() && heading.nameIs("h1")) {
                title = heading.text();
                id = anchor;
            } else {
                id = anchor + "-" + slug(heading.text());
            }
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            heading.id(unique);
        }
        return title;
    }

    /**
     * A stable id from heading text: NFKC, lower case, every run of characters that are not letters or
     * digits (in any script, so Japanese headings keep their words) turned into one {@code -}.
     */
    static String slug(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        normalized.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                slug.appendCodePoint(cp);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        });
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "section" : slug.toString();
    }

    private static String sanitize(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, settings);
    }
}
