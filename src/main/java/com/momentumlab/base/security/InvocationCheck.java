package com.momentumlab.base.security;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.internal.nodefeature.AttachExistingElementFeature;
import com.vaadin.flow.internal.nodefeature.ComponentMapping;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry;
import com.vaadin.flow.internal.nodefeature.ReturnChannelMap;
import com.vaadin.flow.shared.JsonConstants;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Whether a tab can take an invocation a client sent it, judged on the tab's state: what a page of the tab may send.
 * Vaadin answers the others with a WARN line (a poll event when the tab does not poll, a return channel that does not
 * exist) or an internal error and an ERROR with its stack trace (a property of a feature the node does not have, a
 * method no component offers, an attach nobody asked for), once per message. (A property the element does not
 * synchronize is refused by Vaadin itself; {@link QuietUidlHandler} drops it quietly.)
 * A node that does not exist is left to Vaadin, which ignores it quietly.
 */
final class InvocationCheck {

    private InvocationCheck() {
    }

    /** Called under the session's lock, before Vaadin handles the invocation. */
    static boolean fits(UI ui, JsonNode invocation) {
        String type = invocation.path(JsonConstants.RPC_TYPE).asString("");
        StateNode node = ui.getInternals().getStateTree().getNodeById(invocation.path(JsonConstants.RPC_NODE).asInt(-1));
        if (type.equals(JsonConstants.RPC_TYPE_NAVIGATION) || node == null) {
            return true;
        }
        return switch (type) {
            case JsonConstants.RPC_TYPE_EVENT ->
                    !PollEvent.DOM_EVENT_NAME.equals(invocation.path(JsonConstants.RPC_EVENT_TYPE).asString(""))
                            || ui.getPollInterval() > 0;
            case JsonConstants.RPC_TYPE_CHANNEL -> node.getFeatureIfInitialized(ReturnChannelMap.class)
                    .map(channels -> channels.get(invocation.path(JsonConstants.RPC_CHANNEL).asInt(-1))).isPresent();
            case JsonConstants.RPC_TYPE_MAP_SYNC ->
                    NodeFeatureRegistry.getFeature(invocation.path(JsonConstants.RPC_FEATURE).asInt(-1))
                            == ElementPropertyMap.class && node.hasFeature(ElementPropertyMap.class);
            case JsonConstants.RPC_PUBLISHED_SERVER_EVENT_HANDLER -> node.hasFeature(ComponentMapping.class)
                    && offers(node.getFeature(ComponentMapping.class).getComponent(),
                    invocation.path(JsonConstants.RPC_TEMPLATE_EVENT_METHOD_NAME).asString(""));
            case JsonConstants.RPC_ATTACH_EXISTING_ELEMENT, JsonConstants.RPC_ATTACH_EXISTING_ELEMENT_BY_ID ->
                    node.getFeatureIfInitialized(AttachExistingElementFeature.class)
                            .map(feature -> feature.getCallback(node.getOwner() instanceof StateTree tree
                                    ? tree.getNodeById(invocation.path(JsonConstants.RPC_ATTACH_REQUESTED_ID).asInt(-1))
                                    : null))
                            .isPresent();
            default -> true;
        };
    }

    /** Whether the component (or a Composite's content) has a method the client may call by this name. */
    private static boolean offers(Optional<Component> component, String method) {
        if (component.isEmpty()) {
            return false;
        }
        for (Class<?> type = component.get().getClass(); type != null; type = type.getSuperclass()) {
            if (Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method) && callable(m))) {
                return true;
            }
        }
        return component.get() instanceof Composite<?> composite && offers(Optional.of(composite.getContent()), method);
    }

    private static boolean callable(Method method) {
        return method.isAnnotationPresent(ClientCallable.class) || Stream.of(method.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals("com.vaadin.flow.component.polymertemplate.EventHandler"));
    }
}
