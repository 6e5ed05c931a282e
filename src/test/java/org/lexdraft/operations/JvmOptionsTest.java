package org.lexdraft.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/jvm.options} is a java argument file that the README's start commands, the
 * container image's entrypoint and {@link RestartIT} pass to {@code java}. This checks that this JDK
 * reads it as meant (comments skipped, every option taking effect with its value) and that the image
 * really carries and uses it.
 */
class JvmOptionsTest {

    static final Path FILE = Path.of("deploy/jvm.options");
    private static final Pattern OPTION = Pattern.compile("-XX:(\\w+)=(\\S+)");

    @Test
    void everyOptionOfTheFileTakesEffectWithItsValue() throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FILE)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher m = OPTION.matcher(text);
            assertTrue(m.matches(), "one -XX:Name=value per line, no trailing text: " + line);
            options.put(m.group(1), m.group(2));
        }
        assertFalse(options.isEmpty(), "the file sets options");

        Process java = new ProcessBuilder(javaBinary(), "@" + FILE.toAbsolutePath(),
                "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String flags = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "java -version ends");
        assertEquals(0, java.exitValue(), "java accepts the file:\n" + flags);
        for (Map.Entry<String, String> option : options.entrySet()) {
            Pattern effective = Pattern.compile("\\s" + option.getKey() + "\\s+=\\s+"
                    + Pattern.quote(option.getValue()) + "\\s+\\{[^}]*\\}\\s+\\{command line\\}");
            assertTrue(effective.matcher(flags).find(),
                    option.getKey() + " is " + option.getValue() + ", set from the command line");
        }
    }

    @Test
    void theImageCopiesTheFileAndItsEntrypointReadsItBeforeJavaOpts() throws IOException {
        List<String> dockerfile = Files.readAllLines(Path.of("deploy/Dockerfile"));
        assertTrue(dockerfile.stream().anyMatch(
                        l -> l.matches("COPY\\s.*deploy/jvm\\.options\\s+/deployments/jvm\\.options")),
                "the Dockerfile copies deploy/jvm.options to /deployments/jvm.options");
        assertTrue(Files.readAllLines(Path.of("deploy/Dockerfile.dockerignore"))
                        .contains("!deploy/jvm.options"),
                "the build context lets the file through");
        assertTrue(Files.readAllLines(Path.of("deploy/entrypoint.sh")).stream().anyMatch(
                        l -> l.matches("exec java @/deployments/jvm\\.options \\$\\{JAVA_OPTS:-\\}.*")),
                "the entrypoint passes the file to java before JAVA_OPTS");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
