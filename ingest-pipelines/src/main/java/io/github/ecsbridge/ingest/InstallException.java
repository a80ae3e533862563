package io.github.ecsbridge.ingest;

/** An installation that cannot go on; the message says why in the "[option] reason" form and what to do. */
public final class InstallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }

    public InstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
