package com.momentumlab.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.PropertyChangeEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Vaadin's {@code vaadin-select} given its items as one JSON property ({@code [{label, value}]}): the browser
 * renders the list itself, so the whole select is one element on the server, where Vaadin's own {@code Select}
 * keeps a list box and an element and a text node per item. Each item travels as a stable key; a key the items
 * do not have (a crafted request) is ignored and the browser is put back on the current item.
 *
 * <p>Labels must come from a fixed set (the translation bundles), never from what a user typed: the items' JSON
 * is shared by every tab that shows the same labels, kept in a map that grows with each distinct list.
 *
 * @param <T> the item type
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.4")
@JsModule("@vaadin/select/src/vaadin-select.js")
public class ItemSelect<T> extends AbstractField<ItemSelect<T>, T> implements HasLabel, HasHelper, HasStyle, HasSize {

    /** The same items with the same labels, one JSON array for all tabs (it is never changed once made). */
    private static final Map<String, ArrayNode> SHARED_ITEMS = new ConcurrentHashMap<>();

    private final Function<T, String> keyOf;
    private List<T> items = List.of();
    /** Null until set: items are sent with their real labels only (see {@link #SHARED_ITEMS}). */
    private ItemLabelGenerator<T> labels;

    /** @param keyOf each item's key: stable, unique among the items and not empty */
    public ItemSelect(Function<T, String> keyOf) {
        super(null);
        this.keyOf = keyOf;
        getElement().addPropertyChangeListener("value", "value-changed", this::valueChanged);
    }

    /** Offers {@code items}; the value stays if it is one of them and is cleared otherwise. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        sendItems();
        if (getValue() != null && !this.items.contains(getValue())) {
            clear();
        }
    }

    public List<T> getItems() {
        return items;
    }

    /** Names the items in the list and in the field; call it again to re-send the labels (a new language). */
    public void setItemLabelGenerator(ItemLabelGenerator<T> labels) {
        this.labels = Objects.requireNonNull(labels);
        sendItems();
    }

    public String getItemLabel(T item) {
        return labels == null ? String.valueOf(item) : labels.apply(item);
    }

    private void sendItems() {
        if (labels == null) {
            return;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (T item : items) {
            array.addObject().put("label", labels.apply(item)).put("value", keyOf.apply(item));
        }
        getElement().setPropertyJson("items", SHARED_ITEMS.computeIfAbsent(array.toString(), json -> array));
    }

    @Override
    protected void setPresentationValue(T value) {
        getElement().setProperty("value", value == null ? "" : keyOf.apply(value));
    }

    private void valueChanged(PropertyChangeEvent event) {
        if (!event.isUserOriginated()) {
            return;
        }
        T chosen = event.getValue() instanceof String key ? itemFor(key) : null;
        if (chosen != null) {
            setModelValue(chosen, true);
        } else {
            setPresentationValue(getValue()); // not one of the items: the browser shows the current one again
        }
    }

    private T itemFor(String key) {
        for (T item : items) {
            if (keyOf.apply(item).equals(key)) {
                return item;
            }
        }
        return null;
    }
}
