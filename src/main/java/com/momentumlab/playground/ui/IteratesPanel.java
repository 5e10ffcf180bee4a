package com.momentumlab.playground.ui;

import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.RunCsv;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The iterates of the optimizer chosen for details up to the step shown, and every run as CSV. */
final class IteratesPanel extends TabPanel implements LocaleChangeObserver {

    private final ServerHtml heading = new ServerHtml("h3");
    private final IterateTable table = new IterateTable();
    private final Anchor csv;

    IteratesPanel(LabModel model) {
        super(model);
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = RunCsv.write(model.runs()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "momentum-lab-" + model.state().functionKey() + ".csv", "text/csv", bytes.length);
        }), "");
        csv.setId("csv");
        add(heading, table, csv);
        model.addListener(this);
    }

    @Override
    protected void showCursor(LabModel.CursorMove move) {
        table.show(model.detailRun(), move.to());
    }

    @Override
    protected void catchUp() {
        table.show(model.detailRun(), model.cursor());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("table.heading"));
        ServerHtml.showEscapedText(csv.getElement(), getTranslation("table.csv"));
    }
}
