package org.lexdraft.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilenamesTest {

    @Test
    void plainNamesAreKept() {
        assertEquals("draft-12-v3-zh-Hans.docx", Filenames.safe("draft-12-v3-zh-Hans", "docx"));
    }

    @Test
    void quotesSlashesControlsAndNonAsciiBecomeDashes() {
        assertEquals("a-b-c-d-e.txt", Filenames.safe("a\"b/c\r\nd;é e", "txt"));
        assertEquals("document.md", Filenames.safe("\"/..", "md"));
    }

    @Test
    void longNamesAreCut() {
        String name = Filenames.safe("x".repeat(1000), "html");
        assertTrue(name.length() <= 125, name);
        assertTrue(name.matches("[A-Za-z0-9-]+\\.html"), name);
    }
}
