package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoomCodeTest {

    @Test
    void theAlphabetHasNoLookAlikes() {
        for (char c : "0O1IL2Z5S6G8BD".toCharArray()) {
            assertThat(RoomCode.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(RoomCode.ALPHABET.chars().distinct().count()).isEqualTo(RoomCode.ALPHABET.length());
    }

    @Test
    void randomCodesUseTheWholeAlphabet() {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            seen.append(RoomCode.random(random).value());
        }
        assertThat(seen.chars().distinct().count()).isEqualTo(RoomCode.ALPHABET.length());
    }

    @Test
    void aTypedCodeIsReadForgivinglyButNeverGuessedAt() {
        assertThat(RoomCode.parse("acf-hjk")).contains(new RoomCode("ACFHJK"));
        assertThat(RoomCode.parse(" ACF HJK ")).contains(new RoomCode("ACFHJK"));
        assertThat(RoomCode.parse("ACFHJ")).isEmpty();
        assertThat(RoomCode.parse("ACFHJKM")).isEmpty();
        assertThat(RoomCode.parse("ACFHJ0")).isEmpty(); // a zero is not silently read as an O
        assertThat(RoomCode.parse(null)).isEmpty();
        assertThat(RoomCode.parse("A".repeat(10_000))).isEmpty();
    }
}
