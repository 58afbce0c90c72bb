/**
 * The only Camel-aware Java: {@code *Step} beans named in {@code routes/*.camel.yaml}, and the SOAP edge's
 * camel-cxf endpoint ({@link vn.lienthong.axis.route.SoapEdgeConfiguration}, ADR 033).
 */
package vn.lienthong.axis.route;
