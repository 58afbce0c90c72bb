/** The edges: REST ({@code api.rest}) and admin ({@code api.admin}) APIs, thin over the core; errors as problem+json. */
package vn.lienthong.axis.api;
