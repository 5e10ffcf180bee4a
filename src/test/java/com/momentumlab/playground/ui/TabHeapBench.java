package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.momentumlab.playground.ui.PlaygroundViewTest.openAndFinish;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (its name matches no test pattern): the live heap of the page's components per tab,
 * in-process, in a minute. It opens N tabs in one Karibu session, lets each draw its run and encodes the
 * changes as a response would, then compares the live bytes before and after. Sockets, HTTP sessions and Tomcat are not
 * counted, so it reads lower than {@code CapacityBench heap}; use it to compare a change against main. Run with
 * {@code ./mvnw -q test -Dtest=TabHeapBench -Dsurefire.failIfNoSpecifiedTests=false -Dvaadin.productionMode=true}
 * (development mode records where every component was made: several MB a tab). {@code -Dtabs=60},
 * {@code -Dquery=opt=sgd,adam}, {@code -Dclick=drill-new} (ids of buttons each tab clicks after its run).
 */
class TabHeapBench extends KaribuSpringTest {

    @Test
    void heapPerTab() throws Exception {
        int tabs = Integer.getInteger("tabs", 60);
        String query = System.getProperty("query", "");
        List<String> clicks = List.of(System.getProperty("click", "").split(",")).stream().filter(id -> !id.isBlank()).toList();
        VaadinSession session = VaadinSession.getCurrent();
        openAndFinish(query); // the first tab warms up the shared caches (contours, maps, lesson)
        new UidlWriter().createUidl(UI.getCurrent(), false);
        List<UI> open = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < tabs; i++) {
            UI ui = new UI();
            ui.getInternals().setSession(session);
            UI.setCurrent(ui);
            ui.setLocale(Locale.ENGLISH);
            ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
            session.addUI(ui);
            openAndFinish(query);
            clicks.forEach(id -> _click(_get(Button.class, spec -> spec.withId(id))));
            new UidlWriter().createUidl(ui, false);
            open.add(ui);
        }
        long after = usedAfterGc();
        int[] nodes = {0};
        open.get(0).getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        System.out.printf(Locale.ROOT, "%s mode: %.1f KB per tab (%d tabs), %d state nodes per tab%n",
                VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode() ? "production"
                        : "DEVELOPMENT (add -Dvaadin.productionMode=true)",
                (after - before) / 1024.0 / tabs, open.size(), nodes[0]);
    }

    /**
     * Live bytes, from the JVM's class histogram (jcmd's GC.class_histogram): it runs a full GC and counts only
     * reachable objects, so unlike the heap's used size it does not move with the collector's timing.
     */
    private static long usedAfterGc() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }
}
