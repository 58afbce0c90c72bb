/**
 * The SOAP edge ({@code /ws/axis}, contract {@code wsdl/lienthong-axis.wsdl}, SOAP 1.1 + MTOM): the
 * same operations and rules as the REST API, over the same core services; refusals as {@code AxisFault}.
 */
package vn.lienthong.axis.api.soap;
