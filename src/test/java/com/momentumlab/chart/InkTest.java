package com.momentumlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InkTest {

    @Test
    void aColourThatStandsOutOnADarkPageStaysAsItIs() {
        assertThat(Ink.onDarkPage("#d55e00")).isEqualTo("#d55e00");
        assertThat(Ink.onDarkPage("#ffffff")).isEqualTo("#ffffff");
        assertThat(Ink.onDarkPage("rgb(1, 2, 3)")).isEqualTo("rgb(1, 2, 3)");
    }

    @Test
    void aDarkColourIsMixedWithWhiteJustEnoughToReachTheLuminanceALineNeeds() {
        String lighter = Ink.onDarkPage("#555555");
        int grey = Integer.parseInt(lighter.substring(1, 3), 16);
        assertThat(lighter).isEqualTo(String.format("#%02x%02x%02x", grey, grey, grey)); // stays grey
        // WCAG luminance 0.2 is sRGB 124/255 for a grey; 12 halvings land within one step of it
        assertThat(grey).isBetween(124, 125);
        assertThat(Ink.swatchStyle("#555555")).isEqualTo("--ml-swatch: #555555; --ml-swatch-dark: " + lighter);
    }
}
