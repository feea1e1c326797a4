package org.occtensor.opencl.internal;

import com.aparapi.Config;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Aparapi's java.util.logging records to SLF4J instead of the console. Aparapi 3.0.0 logs a
 * kernel that fails to build or run at WARNING and then prints the stack trace to standard error,
 * while the backend already reports each such failure once as a {@link KernelFailure}. So Aparapi's
 * WARNING records go to DEBUG, and unless DEBUG is on for the {@code com.aparapi} SLF4J logger or the
 * {@code com.aparapi.logLevel} system property is set, Aparapi's level is raised to SEVERE, which
 * also stops those stack traces. SEVERE records reach WARN without their stack trace.
 */
final class AparapiLogBridge extends Handler {

    private static final Logger LOG = LoggerFactory.getLogger("com.aparapi");
    private static final Formatter FORMATTER = new SimpleFormatter();

    /** Strong reference, because java.util.logging holds loggers weakly and a collected one loses its handler. */
    private static java.util.logging.Logger aparapiLogger;

    private AparapiLogBridge() {
    }

    /** Installs the bridge on Aparapi's logger once per class loader; later calls do nothing. */
    static synchronized void install() {
        if (aparapiLogger == null) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(Config.getLoggerName());
            logger.setUseParentHandlers(false);
            logger.addHandler(new AparapiLogBridge());
            // Aparapi names its logger after the system property that sets its level.
            if (System.getProperty(Config.getLoggerName()) == null && !LOG.isDebugEnabled()) {
                logger.setLevel(Level.SEVERE);
            }
            aparapiLogger = logger;
        }
    }

    @Override
    public void publish(LogRecord record) {
        String message = FORMATTER.formatMessage(record);
        Throwable thrown = record.getThrown();
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            LOG.warn("{}", message);
            if (thrown != null) {
                LOG.debug("Stack trace of the Aparapi error above", thrown);
            }
        } else {
            LOG.debug("{}", message, thrown);
        }
    }

    @Override
    public void flush() {
        // Nothing is buffered: each record goes to SLF4J as it arrives.
    }

    @Override
    public void close() {
        // The handler has nothing to release.
    }
}
