/**
 * Delivery: dispatching queued copies (mailbox, push with retry/backoff, federation hand-over),
 * the recipients' mailbox (list, fetch, acknowledge) and dead deliveries.
 */
package vn.lienthong.axis.delivery;
