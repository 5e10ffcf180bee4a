package com.momentumlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class ItemSelectTest {

    private final ItemSelect<Integer> select = new ItemSelect<>(n -> "k" + n);
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void offerThreeItems() {
        new UI().add(select);
        select.setItemLabelGenerator(n -> "item " + n);
        select.setItems(List.of(1, 2, 3));
        select.setValue(2);
        select.addValueChangeListener(e -> events.add(e.getValue() + (e.isFromClient() ? " from client" : " from server")));
    }

    /** What the browser does when the learner picks an item (or what a crafted request claims it did). */
    private void fromClient(Serializable value) {
        try {
            select.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("the value property is synchronized", e);
        }
    }

    @Test
    void sendsTheItemsAsLabelsAndKeysAndTheValueAsItsKey() {
        assertThat(select.getElement().getTag()).isEqualTo("vaadin-select");
        assertThat(select.getElement().getChildCount()).isZero();
        assertThat(select.getElement().getPropertyRaw("items").toString()).isEqualTo(
                "[{\"label\":\"item 1\",\"value\":\"k1\"},{\"label\":\"item 2\",\"value\":\"k2\"},"
                        + "{\"label\":\"item 3\",\"value\":\"k3\"}]");
        assertThat(select.getElement().getProperty("value")).isEqualTo("k2");
    }

    @Test
    void aKeyFromTheBrowserBecomesItsItem() {
        fromClient("k3");
        assertThat(select.getValue()).isEqualTo(3);
        assertThat(events).containsExactly("3 from client");
    }

    @Test
    void anUnknownOrMalformedValueIsIgnoredAndTheBrowserIsPutBack() {
        for (Serializable forged : new Serializable[] {"k9", "", "K1", 1.0, true, JsonNodeFactory.instance.objectNode()}) {
            fromClient(forged);
            assertThat(select.getValue()).isEqualTo(2);
            assertThat(select.getElement().getProperty("value")).isEqualTo("k2");
        }
        fromClient(null);
        assertThat(select.getValue()).isEqualTo(2);
        assertThat(events).isEmpty();
    }

    @Test
    void newLabelsAreSentAgainAndEqualListsShareOneArray() {
        select.setItemLabelGenerator(n -> "Punkt " + n);
        assertThat(((JsonNode) select.getElement().getPropertyRaw("items")).path(0).path("label").stringValue())
                .isEqualTo("Punkt 1");

        ItemSelect<Integer> other = new ItemSelect<>(n -> "k" + n);
        other.setItemLabelGenerator(n -> "Punkt " + n);
        other.setItems(List.of(1, 2, 3));
        assertThat(other.getElement().getPropertyRaw("items")).isSameAs(select.getElement().getPropertyRaw("items"));
    }

    @Test
    void newItemsKeepTheValueIfTheyHoldItAndClearItOtherwise() {
        select.setItems(List.of(2, 3));
        assertThat(select.getValue()).isEqualTo(2);
        select.setItems(List.of(1, 3));
        assertThat(select.getValue()).isNull();
        assertThat(select.getElement().getProperty("value")).isEmpty();
    }
}
