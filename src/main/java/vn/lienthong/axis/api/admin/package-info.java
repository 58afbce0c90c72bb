/**
 * The operators' API ({@code /admin/api/v1}, admin bearer token or personal tokens): HTTP mappings over the
 * feature services, which check and audit (ADR 035).
 */
package vn.lienthong.axis.api.admin;
