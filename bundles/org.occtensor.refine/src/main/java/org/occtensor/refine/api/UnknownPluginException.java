package org.occtensor.refine.api;

import java.util.List;

/** A strategy, target or backend was requested by a name that no registered plug-in has. */
public final class UnknownPluginException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;
    private final List<String> available;

    /**
     * @param kind      what was looked up ("grouping strategy")
     * @param name      the requested name
     * @param available the names registered at the time of the request
     */
    public UnknownPluginException(String kind, String name, List<String> available) {
        super(message(kind, name, available));
        this.kind = kind;
        this.name = name;
        this.available = List.copyOf(available);
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Names registered when the lookup failed, sorted. */
    public List<String> available() {
        return available;
    }

    private static String message(String kind, String name, List<String> available) {
        String choices = available.isEmpty() ? "none is registered" : "available: " + String.join(", ", available);
        return "no " + kind + " named '" + name + "'; " + choices;
    }
}
