package org.lexdraft.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the real GNU {@code patch} program, the judge of whether a unified diff is valid. */
final class GnuPatch {

    static final Path PROGRAM = Path.of("/usr/bin/patch");
    private static final String FILE = "doc.txt";

    private GnuPatch() {
    }

    static boolean isAvailable() {
        return Files.isExecutable(PROGRAM);
    }

    /** The patch for {@code from -> to}, applied with {@code patch -p1} to a file holding {@code from}. */
    static String applyRendered(String from, String to) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lexdraft-patch");
        try {
            return apply(dir, from, UnifiedPatch.render(FILE, FILE, from, to));
        } finally {
            deleteRecursively(dir);
        }
    }

    private static String apply(Path dir, String oldText, String patch) throws IOException, InterruptedException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, oldText, StandardCharsets.UTF_8);
        if (patch.isEmpty()) {
            return oldText;
        }
        Path patchFile = dir.resolve("change.diff");
        Files.writeString(patchFile, patch, StandardCharsets.UTF_8);
        // --force: never ask, and never take a patch for a reversed one.
        Process process = new ProcessBuilder(PROGRAM.toString(), "-p1", "--force", "--no-backup-if-mismatch",
                "--input", patchFile.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("patch did not finish");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("patch failed (" + process.exitValue() + "): " + output + "\n" + patch);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
