package org.rostrum.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own while the calling thread goes on, for the few steps of a
 * small rebuild that do not depend on each other (reading the cache while the content is scanned,
 * checking the kept files while a debate is rendered). A machine with two cores otherwise leaves one
 * idle through most of such a rebuild.
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> b = new Background<>(work);
        java.lang.Thread thread = new java.lang.Thread(b.task, "rostrum-" + name);
        thread.setDaemon(true);
        thread.start();
        return b;
    }

    /** Waits until the work is over, whatever its outcome (for a caller that is failing anyway). */
    void await() {
        try {
            join();
        } catch (RuntimeException | Error e) {
            // the caller's own failure is the one that goes on
        }
    }

    /** The result, once the work is done; its unchecked exceptions and errors are thrown here. */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                java.lang.Thread.currentThread().interrupt();
            }
        }
    }
}
