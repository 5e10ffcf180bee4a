package com.momentumlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

class ItemCheckboxesTest {

    private final ItemCheckboxes<Integer> boxes = new ItemCheckboxes<>(n -> "k" + n);
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void offerThreeItems() {
        new UI().add(boxes);
        boxes.setItems(List.of(1, 2, 3));
        boxes.setItemLabelGenerator(n -> "item " + n);
        boxes.setValue(Set.of(2));
        boxes.addValueChangeListener(e -> events.add(e.getValue() + (e.isFromClient() ? " from client" : " from server")));
    }

    /** What the browser sends when the learner ticks or clears a box (or what a crafted request claims). */
    private void fromClient(Serializable value) {
        try {
            boxes.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("the value property is synchronized", e);
        }
    }

    private static ArrayNode keys(String... keys) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String key : keys) {
            array.add(key);
        }
        return array;
    }

    private String sentValue() {
        return boxes.getElement().getPropertyRaw("value").toString();
    }

    @Test
    void oneCheckboxPerItemWithItsKeyAndLabelAndTheTickedKeysAsValue() {
        assertThat(boxes.getElement().getTag()).isEqualTo("vaadin-checkbox-group");
        assertThat(boxes.getElement().getChildren().map(Element::getTag)).containsOnly("vaadin-checkbox");
        assertThat(boxes.getElement().getChildren().map(box -> box.getAttribute("value"))).containsExactly("k1", "k2", "k3");
        assertThat(boxes.getElement().getChildren().map(box -> box.getProperty("label")))
                .containsExactly("item 1", "item 2", "item 3");
        assertThat(sentValue()).isEqualTo("[\"k2\"]");
    }

    @Test
    void tickedKeysFromTheBrowserBecomeTheirItems() {
        fromClient(keys("k3", "k1"));
        assertThat(boxes.getValue()).containsExactlyInAnyOrder(1, 3);
        assertThat(events).singleElement().asString().endsWith(" from client");

        fromClient(keys());
        assertThat(boxes.getValue()).isEmpty();
    }

    @Test
    void unknownKeysAreDroppedMalformedValuesIgnoredAndTheBrowserShowsWhatWasTaken() {
        fromClient(keys("k9", "K1", "", "k3"));
        assertThat(boxes.getValue()).containsExactly(3);
        assertThat(sentValue()).isEqualTo("[\"k3\"]");

        ArrayNode mixed = JsonNodeFactory.instance.arrayNode();
        mixed.add(1.0);
        mixed.addObject();
        mixed.add("k1");
        fromClient(mixed);
        assertThat(boxes.getValue()).containsExactly(1);

        for (Serializable forged : new Serializable[] {"k2", 2.0, true, JsonNodeFactory.instance.objectNode(), null}) {
            fromClient(forged); // not a list: nothing changes
            assertThat(boxes.getValue()).containsExactly(1);
            assertThat(sentValue()).isEqualTo("[\"k1\"]");
        }
    }

    @Test
    void newLabelsAreSentToEveryBox() {
        boxes.setItemLabelGenerator(n -> "Punkt " + n);
        assertThat(boxes.getElement().getChildren().map(box -> box.getProperty("label")))
                .containsExactly("Punkt 1", "Punkt 2", "Punkt 3");
    }
}
