/** The command line ({@code package build|inspect|sign|verify}, {@code keys sample-pki}); plain Java, no Spring. */
package vn.lienthong.axis.cli;
