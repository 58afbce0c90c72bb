/**
 * The edges (REST, SOAP, VXP, admin API, console), thin over the core and never calling one another (ADR 035);
 * what they share: errors as problem+json, dependency failures, the evidence container download, {@code api.edge}.
 */
package vn.lienthong.axis.api;
