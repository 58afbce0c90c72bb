/** Operations: metrics (Micrometer → Prometheus), health indicators, queue depths. */
package vn.lienthong.axis.ops;
