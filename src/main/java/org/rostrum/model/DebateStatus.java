package org.rostrum.model;

/** Whether a debate still took comments when it was archived. */
public enum DebateStatus {
    OPEN, CLOSED, ARCHIVED
}
