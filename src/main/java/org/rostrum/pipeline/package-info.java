/**
 * The pipeline: load, thread, render, write, in one method ({@link org.rostrum.pipeline.SiteBuild}),
 * after a planner ({@link org.rostrum.pipeline.Planner}) has decided what the run does, with the
 * build cache that lets a rebuild do only the work its changes need, and the link check.
 * A build is an object that can run twice in one JVM; it knows no command line and no server.
 */
package org.rostrum.pipeline;
