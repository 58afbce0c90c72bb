/**
 * Cluster-wide periodic jobs: each timer fires on every node, the job body runs on the one node
 * holding its database lock (ShedLock on the {@code shedlock} table, ADR 015).
 */
package vn.lienthong.axis.jobs;
