export interface KeyAndCertificate {
  /** PEM private key (PKCS#8). */
  key: string;
  /** PEM certificate. */
  cert: string;
}

export interface CertificateOptions {
  /** Default 'localhost'. */
  commonName?: string;
  /** DNS names and IP addresses. Default ['localhost', '127.0.0.1']. */
  altNames?: readonly string[];
  /** Days from now (or from notBefore) until expiry; negative means already expired. Default 30. */
  days?: number;
  /** Start of validity; default a few minutes ago. */
  notBefore?: Date | string | number;
  /** End of validity; overrides `days`. */
  notAfter?: Date | string | number;
}

/** A self-signed server certificate; trust it by passing `cert` as the client's CA. */
export function makeCertificate(options?: CertificateOptions): Promise<KeyAndCertificate>;

/** A throwaway certificate authority to trust and to sign leaves with. */
export function makeCa(options?: { commonName?: string; days?: number }): Promise<KeyAndCertificate>;

/** A server certificate signed by `ca`. */
export function makeCertificateSignedBy(ca: KeyAndCertificate, options?: CertificateOptions): Promise<KeyAndCertificate>;
