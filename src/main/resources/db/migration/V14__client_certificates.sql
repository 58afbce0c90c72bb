-- TLS client certificates of client systems (ADR 014): client_system.cert_fingerprint (V1) holds the SHA-256
-- of the registered certificate, matched against the certificate presented in the TLS handshake; the PEM
-- is kept for operators (subject, expiry) and audits.
alter table client_system add column cert_pem varchar(20000);
