package com.momentumlab.testsupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.momentumlab.base.ui.ServerHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The lab's readout as the browser shows it: the text of one of its values, read from the HTML sent. */
public final class ReadoutText {

    private ReadoutText() {}

    /** The text of the readout's element {@code id} ({@code readout-step}, {@code readout-theta}, …). */
    public static String of(String id) {
        String html = _get(ServerHtml.class, spec -> spec.withClasses("ml-readout")).getEscapedHtml();
        Element value = Jsoup.parseBodyFragment(html).getElementById(id);
        if (value == null) {
            throw new AssertionError("the readout has no #" + id + ": " + html);
        }
        return value.wholeText();
    }
}
