package org.lexdraft.drafting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Byte arrays by key, bounded by their total length, least recently used first out; a value longer
 * than {@code maxEntryBytes} is not kept. What {@link VersionCache} and {@link ComparisonCache} hold.
 */
final class BoundedBytes<K> {

    private final long maxBytes;
    private final long maxEntryBytes;
    private final Map<K, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    BoundedBytes(long maxBytes, long maxEntryBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    synchronized byte[] get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, byte[] value) {
        if (value.length > maxEntryBytes) {
            return;
        }
        byte[] replaced = entries.put(key, value);
        bytes += value.length - (replaced == null ? 0 : replaced.length);
        // the eldest first: iteration follows access order
        var eldest = entries.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }
}
