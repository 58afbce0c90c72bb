package vn.lienthong.axis.api.admin;

/** The operator behind an admin call, as the audit log names it: {@code admin} or {@code admin:<X-Operator>}. */
public record AdminActor(String name) {}
