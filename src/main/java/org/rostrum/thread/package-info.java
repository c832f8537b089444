/**
 * Turns the comments of one debate into a validated tree: ids, parents, cycles, numbering
 * and order, without recursion, so that a reply chain of any depth threads in linear time. Knows
 * only the model.
 */
package org.rostrum.thread;
