package vn.lienthong.axis.intake;

import java.nio.file.Path;

/** A submitted package on disk: the exact bytes received, their SHA-256 (lower-case hex) and size. */
public record SpooledPackage(Path file, String sha256, long size) {}
