package nl.verwijsindex.subjectrights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The WinAnsi forms of names and the plain Dutch purposes of the inspection letter. */
class LetterTextTests {

    @Test
    void closestFormDropsAccents() {
        assertThat(WinAnsiText.closest("ễ")).isEqualTo("e");
        assertThat(WinAnsiText.closest("Ş")).isEqualTo("S");
        assertThat(WinAnsiText.closest("ő")).isEqualTo("o");
    }

    @Test
    void closestFormMapsStrokedLetters() {
        assertThat(WinAnsiText.closest("Ł")).isEqualTo("L");
        assertThat(WinAnsiText.closest("ł")).isEqualTo("l");
        assertThat(WinAnsiText.closest("Ø")).isEqualTo("O");
        assertThat(WinAnsiText.closest("ø")).isEqualTo("o");
        assertThat(WinAnsiText.closest("Đ")).isEqualTo("D");
        assertThat(WinAnsiText.closest("đ")).isEqualTo("d");
        assertThat(WinAnsiText.closest("ß")).isEqualTo("ß");
    }

    @Test
    void closestFormOfLoneMarkIsEmpty() {
        assertThat(WinAnsiText.closest("\u0301")).isEmpty();
    }

    @Test
    void purposesReadAsDutch() {
        assertThat(LetterPurposes.purpose("register-signal")).isEqualTo("melding gedaan");
        assertThat(LetterPurposes.purpose("read-signal")).isEqualTo("melding bekeken");
        assertThat(LetterPurposes.purpose("match-notification")).isEqualTo("e-mail over een match verstuurd");
        assertThat(LetterPurposes.purpose("some-new-code")).isEqualTo("ander gebruik door de verwijsindex");
    }

    @Test
    void jobsReadAsDutch() {
        assertThat(LetterPurposes.job("notification-dispatcher")).isEqualTo("de e-mailverzending van de verwijsindex");
        assertThat(LetterPurposes.job("some-new-job")).isEqualTo("de verwijsindex zelf");
    }
}
