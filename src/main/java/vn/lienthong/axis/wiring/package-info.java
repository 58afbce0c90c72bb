/**
 * Spring wiring (ADR 032): the {@code @Configuration} classes that build feature beans from the
 * {@code config} records. It may import every feature; no other package imports it.
 */
package vn.lienthong.axis.wiring;
