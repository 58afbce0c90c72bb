/**
 * The operator console's web edge ({@code /console}, ADR 023): its own session-based security chain with
 * form sign-in and CSRF, server-rendered pages, and the actions, which call the same services as the admin API.
 */
package vn.lienthong.axis.api.console;
