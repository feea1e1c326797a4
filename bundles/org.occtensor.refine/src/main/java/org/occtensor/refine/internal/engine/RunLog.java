package org.occtensor.refine.internal.engine;

import org.occtensor.refine.api.RefineJob;
import org.occtensor.refine.api.ProgressListener;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the lines of PREFIX.log and passes each to SLF4J and the progress listener. */
public final class RunLog {

    private static final Logger LOG = LoggerFactory.getLogger(RefineJob.class);

    private final StringBuilder text = new StringBuilder();
    private final ProgressListener progress;

    public RunLog(ProgressListener progress) {
        this.progress = progress;
    }

    public void info(String message) {
        text.append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append(' ').append(message).append('\n');
        LOG.debug(message);
        progress.info(message);
    }

    /**
     * Adds a line to PREFIX.log only. Use it for warnings that their source (model reader, strategy, tensor)
     * already logged, so that the console shows each once.
     */
    public void record(String message) {
        text.append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append(' ').append(message).append('\n');
        LOG.debug(message);
    }

    public String text() {
        return text.toString();
    }
}
