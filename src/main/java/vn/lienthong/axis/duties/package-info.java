/** Legal duties of receipt and handling (Decree 30/2020 Art. 21(2)): working calendar, duty report, metrics. */
package vn.lienthong.axis.duties;
