package org.lexdraft.common;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Durability and lock waits of the embedded H2 database do not depend on the operator knowing URL
 * options: whatever {@code quarkus.datasource.jdbc.url} an H2 URL is given, it is used with
 * {@code WRITE_DELAY=0} (a commit is in the file before it is acknowledged, and {@link H2Sync} forces
 * it to the device; H2's default of 500 ms lost
 * acknowledged versions to a kill -9, and their numbers were handed out again) and, unless the URL
 * sets one, {@code LOCK_TIMEOUT=10000} (writers wait for the draft's row lock instead of failing
 * after H2's default of 1 s) and, unless the URL sets one, {@code QUERY_CACHE_SIZE=64} (a version
 * write runs more distinct statements than H2's default cache of 8 per connection keeps, and parsed
 * them again on every write). Other URLs are left as they are.
 */
public class H2Durability implements ConfigSourceInterceptor {

    static final String URL = "quarkus.datasource.jdbc.url";

    private static final Pattern NAMED_URL = Pattern.compile("quarkus\\.datasource\\.\"?[^.]+\"?\\.jdbc\\.url");

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value == null || !URL.equals(name) && !(name.endsWith(".jdbc.url") && NAMED_URL.matcher(name).matches())) {
            return value;
        }
        String url = value.getValue();
        return url == null ? value : value.withValue(durable(url));
    }

    /** The URL with WRITE_DELAY=0 forced, a LOCK_TIMEOUT and a QUERY_CACHE_SIZE, if it is an H2 URL. */
    public static String durable(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return url;
        }
        String[] parts = url.split(";");
        StringBuilder sb = new StringBuilder(parts[0]);
        boolean lockTimeout = false;
        boolean queryCache = false;
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].strip();
            String key = option.contains("=") ? option.substring(0, option.indexOf('=')).strip().toUpperCase(Locale.ROOT) : "";
            if (option.isEmpty() || key.equals("WRITE_DELAY")) {
                continue; // replaced below: no delay is the only durable setting
            }
            lockTimeout |= key.equals("LOCK_TIMEOUT");
            queryCache |= key.equals("QUERY_CACHE_SIZE");
            sb.append(';').append(option);
        }
        sb.append(";WRITE_DELAY=0");
        if (!lockTimeout) {
            sb.append(";LOCK_TIMEOUT=10000");
        }
        if (!queryCache) {
            sb.append(";QUERY_CACHE_SIZE=64");
        }
        return sb.toString();
    }
}
