package com.momentumlab.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages as a Vaadin page sends them pass; anything else is refused before Vaadin reads it. */
class VaadinMessageCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"csrfToken\":\"0f3a\",\"rpc\":[{\"type\":\"event\",\"node\":5,\"event\":\"click\",\"data\":{\"event.shiftKey\":false}}],\"syncId\":3,\"clientId\":3}",
            "{\"csrfToken\":\"0f3a\",\"rpc\":[{\"type\":\"mSync\",\"node\":7,\"feature\":1,\"property\":\"value\",\"value\":\"0.2\"},"
                    + "{\"type\":\"event\",\"node\":7,\"event\":\"value-changed\",\"data\":{}}],\"syncId\":4,\"clientId\":4}",
            "{\"csrfToken\":\"0f3a\",\"rpc\":[{\"type\":\"publishedEventHandler\",\"node\":2,\"templateEventMethodName\":\"f\",\"templateEventMethodArgs\":[[1,[2,{\"a\":[3]}]]],\"promise\":0}],\"syncId\":1,\"clientId\":1}",
            "{\"csrfToken\":\"0f3a\",\"rpc\":[{\"type\":\"navigation\",\"location\":\"?lr=0.1\",\"link\":0}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"0f3a\",\"rpc\":[{\"type\":\"channel\",\"node\":3,\"channel\":0,\"args\":[]}],\"syncId\":2,\"clientId\":2}",
            "{\"csrfToken\":\"0f3a\",\"rpc\":[],\"syncId\":9,\"clientId\":9,\"resynchronize\":true}",
            "{\"csrfToken\":\"0f3a\",\"rpc\":[],\"UNLOAD\":true}"})
    void aPagesMessagesPass(String message) {
        assertThat(VaadinMessageCheck.isVaadinMessage(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "null", "42", "\"text\"", "[]", "not json", "{", "{\"csrfToken\":\"x\",\"rpc\":[}",
            "{\"rpc\":[],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"init\"}",
            "{\"csrfToken\":\"x\",\"rpc\":[],\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0}",
            "{\"csrfToken\":7,\"rpc\":[],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":\"0\",\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":1.5}",
            "{\"csrfToken\":\"x\",\"rpc\":{},\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[null],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[[]],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"node\":1}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"shutdown\"}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":null}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"event\":\"click\"}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":\"1\",\"event\":\"click\"}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"value\":1}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"channel\",\"node\":1,\"channel\":0}],\"syncId\":0,\"clientId\":0}",
            "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"navigation\"}],\"syncId\":0,\"clientId\":0}"})
    void anythingElseIsRefused(String message) {
        assertThat(VaadinMessageCheck.isVaadinMessage(message)).as(message).isFalse();
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        for (int depth : new int[] {VaadinMessageCheck.MAX_DEPTH + 1, 1_000, 100_000}) {
            String nested = "[".repeat(depth) + "]".repeat(depth);
            assertThat(VaadinMessageCheck.isVaadinMessage(
                    "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"data\":" + nested + "}],\"syncId\":0,\"clientId\":0}"))
                    .as("depth %d", depth).isFalse();
        }
    }
}
