#!/usr/bin/env sh
# Regenerates the SAMPLE PKI in certs-sample/ (NOT FOR PRODUCTION; every password is "sample-password").
# Builds the jar if it is missing, then runs the `keys sample-pki` command and copies its fingerprint list into
# the jar's resources (the axis refuses these certificates by fingerprint outside local/test). Commit the result.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/lienthong-axis.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
rm -f certs-sample/sample-*.pem certs-sample/sample-*.p12 certs-sample/sample-*.crl certs-sample/sample-pki-fingerprints.txt
java -jar target/lienthong-axis.jar keys sample-pki --out certs-sample
# The list of the keys just written goes into the jar; the old one stays listed too (its keys are published as well).
list=src/main/resources/vn/lienthong/axis/trust/sample-pki-fingerprints.txt
{ cat "$list"; grep -v '^#' certs-sample/sample-pki-fingerprints.txt; } | awk '!seen[$0]++' > "$list.new"
mv "$list.new" "$list"
rm -f certs-sample/sample-pki-fingerprints.txt
echo "Rebuild the jar (./mvnw package) so that it refuses the new SAMPLE keys outside local/test."
