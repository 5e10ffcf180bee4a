package com.momentumlab.base.limits;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.List;
import java.util.Map;
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
 *
 * <p>It also knows which client (address) opened each tab and whether a real page is behind it: a page opens its push
 * connection right after its tab is created, a client asking for tabs by plain HTTP requests never does.
 * {@link BusyGate} bounds such page-less tabs per client.
 */
@Component
public class OpenUis implements VaadinServiceInitListener, DisposableBean {

    /** Each open tab and the client that opened it. */
    private final Map<UI, Tab> uis = new ConcurrentHashMap<>();
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
            VaadinRequest request = VaadinRequest.getCurrent();
            uis.put(ui, new Tab(request == null ? "" : request.getRemoteAddr()));
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }

    /** Open tabs (UIs) on this server. */
    public int count() {
        return uis.size();
    }

    /**
     * Open tabs of {@code client} (an address as {@code getRemoteAddr()} gives it) whose page has never opened its push
     * connection.
     */
    public int withoutPage(String client) {
        int count = 0;
        for (Map.Entry<UI, Tab> entry : uis.entrySet()) {
            if (entry.getValue().client.equals(client) && !hasPage(entry.getKey(), entry.getValue())) {
                count++;
            }
        }
        return count;
    }

    /** Whether the tab's push connection has ever been open; read under its session's lock, if free at once. */
    private static boolean hasPage(UI ui, Tab tab) {
        if (tab.pushConnected) {
            return true;
        }
        VaadinSession session = ui.getSession();
        if (session != null && session.getLockInstance().tryLock()) {
            try {
                PushConnection push = ui.getInternals().getPushConnection();
                tab.pushConnected = push != null && push.isConnected();
            } finally {
                session.unlock(); // Vaadin's unlock: runs what other threads queued meanwhile
            }
        }
        return tab.pushConnected;
    }

    /** The client that opened a tab, and whether its push connection has ever been open (once true, stays true). */
    private static final class Tab {
        final String client;
        volatile boolean pushConnected;

        Tab(String client) {
            this.client = client;
        }
    }

    /** Closes and removes every UI whose tab has missed three heartbeats. */
    void removeDeadUis() {
        VaadinService current = service;
        if (current == null) {
            return;
        }
        for (UI ui : List.copyOf(uis.keySet())) {
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
