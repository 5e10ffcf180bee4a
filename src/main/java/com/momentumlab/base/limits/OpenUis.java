package com.momentumlab.base.limits;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Knows every open tab (Vaadin UI) of this server, and removes dead ones.
 *
 * <p>A tab closed normally is removed by Vaadin at once (the browser's unload beacon). A tab that vanished
 * without a word (browser killed, laptop closed, network gone) stops sending heartbeats; Vaadin would only
 * notice at the next request of the same session, or when the session expires, up to
 * {@code server.servlet.session.timeout} later. Here, every heartbeat interval, a UI that has missed
 * three heartbeats ({@link VaadinService#isUIActive}) is closed and removed from its session, so its memory
 * is freed and it no longer counts against {@code momentumlab.limits.max-open-uis}.
 */
@Component
public class OpenUis implements VaadinServiceInitListener, DisposableBean {

    private final Set<UI> uis = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dead-ui-reaper");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reaperStarted = new AtomicBoolean();
    private volatile VaadinService service;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        if (reaperStarted.compareAndSet(false, true)) {
            long interval = Math.max(1, service.getDeploymentConfiguration().getHeartbeatInterval());
            reaper.scheduleWithFixedDelay(this::removeDeadUis, interval, interval, TimeUnit.SECONDS);
        }
        service.addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.add(ui);
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }

    /** Open tabs (UIs) on this server. */
    public int count() {
        return uis.size();
    }

    /** Closes and removes every UI whose tab has missed three heartbeats. */
    void removeDeadUis() {
        VaadinService current = service;
        if (current == null) {
            return;
        }
        for (UI ui : List.copyOf(uis)) {
            VaadinSession session = ui.getSession();
            if (session == null) {
                uis.remove(ui);
            } else if (!current.isUIActive(ui)) {
                try {
                    // What Vaadin itself does with a closed UI, under the session lock.
                    ui.access(() -> {
                        ui.close();
                        session.removeUI(ui);
                    });
                } catch (UIDetachedException | IllegalStateException alreadyGone) {
                    uis.remove(ui);
                }
            }
        }
    }

    @Override
    public void destroy() {
        reaper.shutdownNow();
    }
}
