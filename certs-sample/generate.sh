#!/usr/bin/env sh
# Regenerates the SAMPLE PKI in certs-sample/ (NOT FOR PRODUCTION; every password is "sample-password").
# Builds the jar if it is missing, then runs the `keys sample-pki` command. Commit the result.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/lienthong-axis.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
rm -f certs-sample/sample-*.pem certs-sample/sample-*.p12 certs-sample/sample-*.crl
java -jar target/lienthong-axis.jar keys sample-pki --out certs-sample
