package org.occtensor.tests.felix;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Receives Felix's own log (set as {@code felix.log.logger}) and keeps the errors and warnings, so a
 * test can assert that nothing went wrong while wiring and starting bundles.
 */
final class FrameworkLog extends Logger {

    private final List<String> problems = new ArrayList<>();

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference reference, int level,
                         String message, Throwable throwable) {
        if (level > LOG_WARNING) {
            return;
        }
        String origin = bundle == null ? "" : " (bundle " + bundle.getSymbolicName() + " [" + bundle.getBundleId() + "])";
        String text = (level == LOG_ERROR ? "ERROR " : "WARNING ") + message + origin
                + (throwable == null ? "" : ": " + throwable);
        synchronized (problems) {
            problems.add(text);
        }
        System.err.println("[felix] " + text);
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }
}
