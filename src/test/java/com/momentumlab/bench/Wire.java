package com.momentumlab.bench;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one parameter change sends and costs in the browser ({@code BrowserBench change --trace DIR}): the
 * messages (requests by XHR, answers by XHR or push) (the request and the server's answer, with their time stamps and sizes) and the time
 * of every call the server's answer makes on the charts, so the answer's task can be split into Vaadin applying
 * node changes (before the first call: Vaadin runs JavaScript invocations after the node changes) and each call.
 */
final class Wire {

    static final String SCRIPT = """
            (() => {
              const wire = window.__wire = { sent: [], received: [], calls: [] };
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', (e) => {
                    const text = typeof e.data === 'string' ? e.data : '';
                    wire.received.push({ t: performance.now(), size: text.length, text });
                  });
                }
                send(data) {
                  wire.sent.push({ t: performance.now(), size: String(data).length, text: String(data) });
                  return super.send(data);
                }
              };
              // Vaadin's default push transport (WEBSOCKET_XHR): the client's requests, and their answers, go by XHR.
              const open = XMLHttpRequest.prototype.open;
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (...args) {
                this.__url = String(args[1]);
                return open.apply(this, args);
              };
              XMLHttpRequest.prototype.send = function (body) {
                if (this.__url.includes('v-r=uidl')) {
                  const text = String(body ?? '');
                  wire.sent.push({ t: performance.now(), size: text.length, text });
                  // Recorded before Vaadin's own handler (set before send) applies the answer.
                  const handler = this.onreadystatechange;
                  this.onreadystatechange = function (...args) {
                    if (this.readyState === 4) {
                      const answer = String(this.responseText ?? '');
                      wire.received.push({ t: performance.now(), size: answer.length, text: answer });
                    }
                    return handler?.apply(this, args);
                  };
                }
                return send.call(this, body);
              };
              customElements.whenDefined('apex-chart').then(() => {
                const proto = customElements.get('apex-chart').prototype;
                for (const name of ['configure', 'setLineSeries', 'setVisibleXMax', 'setArrows', 'setHandle', 'setOverlays',
                    'render', 'appendOverlayPoints']) {
                  const original = proto[name];
                  if (typeof original !== 'function') { continue; }
                  proto[name] = function (...args) {
                    const t = performance.now();
                    const result = original.apply(this, args);
                    wire.calls.push({ name, id: this.id, t, d: performance.now() - t });
                    return result;
                  };
                }
              });
            })()
            """;

    private Wire() {}

    static void clear(Page page) {
        page.evaluate("() => { const w = window.__wire; w.sent = []; w.received = []; w.calls = []; }");
    }

    /** Prints where the change's time went and writes the server's answer to {@code message}. */
    @SuppressWarnings("unchecked")
    static void report(Page page, double input, Map<String, Object> set, Path message) throws IOException {
        Map<String, Object> wire = (Map<String, Object>) page.evaluate("() => window.__wire");
        List<Map<String, Object>> sent = (List<Map<String, Object>>) wire.get("sent");
        List<Map<String, Object>> received = (List<Map<String, Object>>) wire.get("received");
        List<Map<String, Object>> calls = (List<Map<String, Object>>) wire.get("calls");
        Map<String, Object> request = sent.stream().filter(m -> LabPage.number(m, "t") >= input).findFirst().orElse(null);
        if (request == null) {
            System.out.println("  wire: no request after the input");
            return;
        }
        double sentAt = LabPage.number(request, "t");
        double setAt = LabPage.number(set, "start");
        Map<String, Object> answer = received.stream()
                .filter(m -> LabPage.number(m, "t") >= sentAt && LabPage.number(m, "t") <= setAt)
                .reduce((a, b) -> b).orElse(null);
        if (answer == null) {
            System.out.println("  wire: no answer before setOverlays");
            return;
        }
        double receivedAt = LabPage.number(answer, "t");
        Map<String, Object> detail = (Map<String, Object>) set.get("detail");
        double taskEnd = setAt + LabPage.number(detail, "script");
        Files.writeString(message, "// request\n" + request.get("text") + "\n// answer\n" + answer.get("text") + "\n",
                StandardCharsets.UTF_8);
        List<Map<String, Object>> inTask = calls.stream()
                .filter(c -> LabPage.number(c, "t") >= receivedAt && LabPage.number(c, "t") <= taskEnd).toList();
        double firstCall = inTask.isEmpty() ? taskEnd : LabPage.number(inTask.get(0), "t");
        System.out.printf(Locale.ROOT,
                "  wire: input → request sent %.1f | round trip (server) %.1f | answer %d chars (request %d) | "
                        + "answer received → first chart call %.1f (node changes) | → setOverlays %.1f | setOverlays → task end %.1f "
                        + "| wait %.1f | frame %.1f%n",
                sentAt - input, receivedAt - sentAt, ((Number) answer.get("size")).intValue(),
                ((Number) request.get("size")).intValue(), firstCall - receivedAt, setAt - receivedAt, taskEnd - setAt,
                LabPage.number(detail, "wait"), LabPage.number(detail, "render"));
        StringBuilder line = new StringBuilder("  calls:");
        for (Map<String, Object> c : calls) {
            double t = LabPage.number(c, "t");
            if (t >= receivedAt && t <= LabPage.number(set, "end") + 200) {
                line.append(String.format(Locale.ROOT, " %s.%s@%+.1f(%.1f)", c.get("id"), c.get("name"), t - receivedAt,
                        LabPage.number(c, "d")));
            }
        }
        System.out.println(line + String.format(Locale.ROOT, " | frame done @%+.1f", LabPage.number(set, "end") - receivedAt));
    }
}
