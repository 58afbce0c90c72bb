/** Operations: metrics, health indicators and their Prometheus series. */
package vn.lienthong.axis.ops;
