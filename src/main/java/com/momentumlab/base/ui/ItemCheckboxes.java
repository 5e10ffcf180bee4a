package com.momentumlab.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.PropertyChangeEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Vaadin's {@code vaadin-checkbox-group} with a plain {@code vaadin-checkbox} element per item: the group keeps
 * which boxes are ticked in its {@code value}, a list of the items' keys. Vaadin's own {@code CheckboxGroup}
 * costs about 24 KB of server memory per group (a component, a data provider and key mappers for five items);
 * this one is a few elements. A key the items do not have (a crafted request) is dropped.
 *
 * @param <T> the item type
 */
@Tag("vaadin-checkbox-group")
@NpmPackage(value = "@vaadin/checkbox", version = "25.2.4")
@NpmPackage(value = "@vaadin/checkbox-group", version = "25.2.4")
@JsModule("@vaadin/checkbox-group/src/vaadin-checkbox-group.js")
@JsModule("@vaadin/checkbox/src/vaadin-checkbox.js")
public class ItemCheckboxes<T> extends AbstractField<ItemCheckboxes<T>, Set<T>> implements HasLabel, HasStyle {

    private final Function<T, String> keyOf;
    private List<T> items = List.of();

    /** @param keyOf each item's key: stable, unique among the items and not empty */
    public ItemCheckboxes(Function<T, String> keyOf) {
        super(Set.of());
        this.keyOf = keyOf;
        getElement().addPropertyChangeListener("value", "value-changed", this::valueChanged);
    }

    /** Offers {@code items}, none ticked. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        getElement().removeAllChildren();
        for (T item : this.items) {
            getElement().appendChild(new Element("vaadin-checkbox").setAttribute("value", keyOf.apply(item)));
        }
        clear();
    }

    /** Names the boxes; call it again to re-send the labels (a new language). */
    public void setItemLabelGenerator(ItemLabelGenerator<T> labels) {
        Objects.requireNonNull(labels);
        for (int i = 0; i < items.size(); i++) {
            getElement().getChild(i).setProperty("label", labels.apply(items.get(i)));
        }
    }

    @Override
    protected void setPresentationValue(Set<T> value) {
        ArrayNode keys = JsonNodeFactory.instance.arrayNode();
        for (T item : items) {
            if (value.contains(item)) {
                keys.add(keyOf.apply(item));
            }
        }
        getElement().setPropertyJson("value", keys);
    }

    private void valueChanged(PropertyChangeEvent event) {
        if (!event.isUserOriginated()) {
            return;
        }
        if (event.getValue() instanceof ArrayNode keys) {
            Set<T> ticked = new LinkedHashSet<>();
            for (JsonNode key : keys) {
                if (key.isString()) {
                    itemFor(key.stringValue()).ifPresent(ticked::add);
                }
            }
            setModelValue(Set.copyOf(ticked), true);
        }
        setPresentationValue(getValue()); // the browser shows exactly what the server took
    }

    private Optional<T> itemFor(String key) {
        return items.stream().filter(item -> keyOf.apply(item).equals(key)).findFirst();
    }
}
