package org.rostrum.render;

/**
 * A participant in the people index.
 *
 * @param person    name, role, link and photo
 * @param responses how many responses they gave
 * @param debates   in how many debates
 */
public record PersonEntry(PersonRef person, int responses, int debates) {
}
