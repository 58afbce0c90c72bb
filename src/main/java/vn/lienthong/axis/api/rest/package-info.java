/** The REST API for client systems ({@code /api/v1}): submit, mailbox, fetch, acknowledge, trace, directory. */
package vn.lienthong.axis.api.rest;
