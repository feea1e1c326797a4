package org.occtensor.opencl.internal;

/**
 * A kernel that did not build or did not run on its OpenCL device. The backend catches it, reports
 * it once and continues on the CPU backend.
 */
public final class KernelFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Longest detail kept in the message, in characters; the full cause stays attached. */
    private static final int MAX_DETAIL = 600;

    private final String device;
    private final String kernel;

    KernelFailure(String device, String kernel, String what, Throwable cause) {
        super("OpenCL kernel " + kernel + " " + what + " on " + device + ": " + excerpt(cause), cause);
        this.device = device;
        this.kernel = kernel;
    }

    KernelFailure(String device, String kernel, String what) {
        super("OpenCL kernel " + kernel + " " + what + " on " + device);
        this.device = device;
        this.kernel = kernel;
    }

    /** The device label ("name on platform"). */
    public String device() {
        return device;
    }

    /** The kernel class's simple name. */
    public String kernel() {
        return kernel;
    }

    /**
     * Joins the messages of the cause chain, leaving out a cause whose message is already in the
     * text (Aparapi wraps exceptions with the cause's toString as the message). Aparapi's native
     * library prints the OpenCL compiler's build log to the process's standard error, not into the
     * exception, so the excerpt points there.
     */
    private static String excerpt(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (text.length() == 0) {
                text.append(t.getClass().getSimpleName()).append(": ").append(message);
            } else if (message == null || text.indexOf(message) < 0) {
                text.append(" <- ").append(t.getClass().getSimpleName()).append(": ").append(message);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (text.indexOf("OpenCL compile failed") >= 0) {
            text.append(" (the OpenCL build log is on standard error)");
        }
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text.toString();
    }
}
