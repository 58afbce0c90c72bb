/**
 * The operator console's core (ADR 023): personal operator accounts and roles, their sign-in rules
 * and personal admin API tokens, and the read models the console pages show (package search, overview).
 */
package vn.lienthong.axis.console;
