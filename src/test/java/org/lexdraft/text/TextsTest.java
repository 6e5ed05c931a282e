package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void codePointsCountASurrogatePairOnce() {
        assertEquals(3, Texts.codePoints("a👍🏽"));
    }

    @Test
    void sha256IsLowercaseHexOfTheUtf8Bytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Texts.sha256Hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Texts.sha256Hex("abc"));
    }

    @Test
    void sha256HashesMultibyteTextAsUtf8() {
        // printf 'é' | sha256sum, with é as the two UTF-8 bytes c3 a9
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Texts.sha256Hex("é"));
    }
}
