package org.occtensor.refine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.occtensor.refine.api.UnknownPluginException;

/**
 * Thread-safe table of the plug-ins of one kind, keyed by whatever identifies a registration
 * (a service reference in OSGi, the object itself outside).
 */
public final class PluginTable<T> {

    private static final Comparator<PluginEntry<?>> BY_RANK = Comparator
            .comparingInt((PluginEntry<?> e) -> e.ranking()).reversed()
            .thenComparingLong(PluginEntry::bundleId);

    private final String kind;
    private final Map<Object, PluginEntry<T>> entries = new LinkedHashMap<>();

    /** @param kind what the table holds, for messages ("grouping strategy") */
    public PluginTable(String kind) {
        this.kind = kind;
    }

    public synchronized void put(Object key, PluginEntry<T> entry) {
        entries.put(key, entry);
    }

    /** Removes the registration of {@code key} and returns it, or null when there was none. */
    public synchronized PluginEntry<T> remove(Object key) {
        return entries.remove(key);
    }

    /** Returns every entry sorted by name, then highest ranking first. */
    public synchronized List<PluginEntry<T>> byName() {
        List<PluginEntry<T>> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing((PluginEntry<T> e) -> e.name()).thenComparing(BY_RANK));
        return list;
    }

    /** Returns every entry, highest ranking first, then by name. */
    public synchronized List<PluginEntry<T>> byRank() {
        List<PluginEntry<T>> list = new ArrayList<>(entries.values());
        list.sort(Comparator.<PluginEntry<T>>comparingInt(PluginEntry::ranking).reversed()
                .thenComparing(PluginEntry::name));
        return list;
    }

    /**
     * Returns the highest-ranked entry named {@code name}.
     *
     * @throws UnknownPluginException when there is none, listing the names there are
     */
    public synchronized PluginEntry<T> get(String name) {
        PluginEntry<T> best = null;
        for (PluginEntry<T> e : entries.values()) {
            if (e.name().equals(name) && (best == null || BY_RANK.compare(e, best) < 0)) {
                best = e;
            }
        }
        if (best == null) {
            throw new UnknownPluginException(kind, name, names());
        }
        return best;
    }

    private List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (PluginEntry<T> e : entries.values()) {
            names.add(e.name());
        }
        return List.copyOf(names);
    }
}
