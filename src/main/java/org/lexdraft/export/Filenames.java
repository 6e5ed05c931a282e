package org.lexdraft.export;

/** Filenames for Content-Disposition that no client can misread: ASCII letters, digits, '-' and '.'. */
final class Filenames {

    private static final int MAX = 120;

    private Filenames() {
    }

    static String safe(String baseName, String extension) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < baseName.length() && sb.length() < MAX; i++) {
            char c = baseName.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (plain) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String name = sb.toString().replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "document" : name) + "." + extension;
    }
}
