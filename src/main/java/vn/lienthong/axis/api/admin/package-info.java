/** The operators' API ({@code /admin/api/v1}, admin bearer token): agencies, client systems, deliveries; audited. */
package vn.lienthong.axis.api.admin;
