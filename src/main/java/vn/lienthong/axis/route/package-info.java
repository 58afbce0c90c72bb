/** The only Camel-aware Java: {@code *Step} beans named in {@code routes/*.camel.yaml}. */
package vn.lienthong.axis.route;
