package org.lexdraft.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small facts about a text. */
public final class Texts {

    private Texts() {
    }

    /** Length in Unicode code points, the unit users count characters in. */
    public static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code s}. */
    public static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
