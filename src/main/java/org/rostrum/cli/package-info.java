/**
 * The command line (picocli): {@code build}, {@code check}, {@code serve}, {@code new},
 * {@code import}, {@code theme}. Commands turn options into the calls of the other packages,
 * print problems and return exit codes (0 success, 1 errors in the input, 2 wrong usage); only
 * {@code Main} ends the process.
 */
package org.rostrum.cli;
