package org.lexdraft.common;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.util.Locale;

/**
 * Durability and lock waits of the embedded H2 database do not depend on the operator knowing URL
 * options: whatever {@code quarkus.datasource.jdbc.url} an H2 URL is given, it is used with
 * {@code WRITE_DELAY=0} (a commit is on disk before it is acknowledged; H2's default of 500 ms lost
 * acknowledged versions to a kill -9, and their numbers were handed out again) and, unless the URL
 * sets one, {@code LOCK_TIMEOUT=10000} (writers wait for the draft's row lock instead of failing
 * after H2's default of 1 s). Other URLs are left as they are.
 */
public class H2Durability implements ConfigSourceInterceptor {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value == null || !URL.equals(name) && !name.matches("quarkus\\.datasource\\.\"?[^.]+\"?\\.jdbc\\.url")) {
            return value;
        }
        String url = value.getValue();
        return url == null ? value : value.withValue(durable(url));
    }

    /** The URL with WRITE_DELAY=0 forced and a LOCK_TIMEOUT, if it is an H2 URL. */
    public static String durable(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return url;
        }
        String[] parts = url.split(";");
        StringBuilder sb = new StringBuilder(parts[0]);
        boolean lockTimeout = false;
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].strip();
            String key = option.contains("=") ? option.substring(0, option.indexOf('=')).strip().toUpperCase(Locale.ROOT) : "";
            if (option.isEmpty() || key.equals("WRITE_DELAY")) {
                continue; // replaced below: no delay is the only durable setting
            }
            lockTimeout |= key.equals("LOCK_TIMEOUT");
            sb.append(';').append(option);
        }
        sb.append(";WRITE_DELAY=0");
        if (!lockTimeout) {
            sb.append(";LOCK_TIMEOUT=10000");
        }
        return sb.toString();
    }
}
