package com.momentumlab.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.momentumlab.playground.StreamScheduler;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless view tests: the real Spring context, Vaadin mocked by Karibu-Testing. */
@SpringBootTest(properties = "momentumlab.stream.time-scale=0.02")
public abstract class KaribuSpringTest {

    private static final Routes ROUTES = new Routes(routeClasses(), Set.of(), true);

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StreamScheduler scheduler;

    /** A fresh browser session (also what a test calls to play a new session, e.g. on another replica). */
    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /**
     * Our views are package-private (feature packages), which Karibu's own discovery skips; Spring's
     * scanner finds them like the real application does.
     */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("com.momentumlab").stream()
                .map(bean -> {
                    try {
                        return (Class<? extends Component>) Class.forName(bean.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    /** The shared scheduler of every streamed run. */
    protected StreamScheduler scheduler() {
        return scheduler;
    }

    /** Lets background pushes ({@code ui.access}) run until {@code done} holds, for at most 10 s. */
    protected static void runUiQueueUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            MockVaadin.runUIQueue();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
