package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.security.StrayPercentRepair;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stray % becomes %25, so that decoding gives back exactly what was typed; valid escapes stay. */
class StrayPercentRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lr=%zz          | lr=%25zz         | lr=%zz",
            "lr=%            | lr=%25           | lr=%",
            "lr=%2           | lr=%252          | lr=%2",
            "lr=100%&beta=%9 | lr=100%25&beta=%259 | lr=100%&beta=%9",
            "lr=%41          | lr=%41           | lr=A",
            "f=%E6%97%A5     | f=%E6%97%A5      | f=日",
            "lr=%%41         | lr=%25%41        | lr=%A",
            "lr=0.1          | lr=0.1           | lr=0.1"})
    void repairsOnlyStrayPercentSigns(String typed, String repaired, String decoded) {
        assertThat(StrayPercentRepair.repair(typed)).isEqualTo(repaired);
        assertThat(URLDecoder.decode(StrayPercentRepair.repair(typed), StandardCharsets.UTF_8)).isEqualTo(decoded);
    }

    @Test
    void repairsTheQueryOfANavigationMessageAndNothingElse() {
        String message = "{\"csrfToken\":\"a%b\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"\",\"query\":\"lr=%zz&x=%41&y=\\\"%\",\"appShellTitle\":\"\"}}],\"syncId\":0}";
        assertThat(StrayPercentRepair.repairMessage(message)).isEqualTo(message
                .replace("lr=%zz&x=%41&y=\\\"%", "lr=%25zz&x=%41&y=\\\"%25"));
    }

    @Test
    void leavesOtherMessagesAlone() {
        String click = "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":5,\"event\":\"click\","
                + "\"data\":{\"query\":\"%zz\"}}]}";
        assertThat(StrayPercentRepair.repairMessage(click)).isEqualTo(click);
    }

    @Test
    void aTenThousandCharacterQueryIsRepairedToo() {
        String query = "lr=" + "9".repeat(10_000) + "%";
        String message = "{\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"query\":\""
                + query + "\"}}]}";
        assertThat(StrayPercentRepair.repairMessage(message)).isEqualTo(message.replace(query, query + "25"));
    }
}
