// Test certificates with any validity window: self-signed, or signed by a throwaway CA.
// EC P-256 keys keep generation in the tens of milliseconds.
import { isIP } from 'node:net';
import selfsigned from 'selfsigned';

const DAY_MS = 24 * 60 * 60 * 1000;
// Backdating the start a little lets a client whose clock runs slightly behind accept it.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * @typedef {object} KeyAndCertificate
 * @property {string} key PEM private key (PKCS#8)
 * @property {string} cert PEM certificate
 */

/**
 * @typedef {object} CertificateOptions
 * @property {string} [commonName] default 'localhost'
 * @property {readonly string[]} [altNames] DNS names and IP addresses; default ['localhost', '127.0.0.1']
 * @property {number} [days] days from now (or from notBefore) until expiry; negative means already expired. Default 30
 * @property {Date | string | number} [notBefore] start of validity; default a few minutes ago
 * @property {Date | string | number} [notAfter] end of validity; overrides `days`
 */

/**
 * @param {Date | string | number} value
 * @param {string} name
 */
function toDate(value, name) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`${name} is not a date: ${String(value)}`);
  return date;
}

/**
 * Works out the validity window; an already-expired window still starts before it ends.
 * @param {CertificateOptions} options
 */
function validity({ days = 30, notBefore, notAfter }) {
  const now = Date.now();
  const start = notBefore === undefined ? undefined : toDate(notBefore, 'notBefore');
  const end = notAfter === undefined ? new Date((start?.getTime() ?? now) + days * DAY_MS) : toDate(notAfter, 'notAfter');
  const begin = start ?? new Date(Math.min(now - CLOCK_SKEW_MS, end.getTime() - DAY_MS));
  if (begin >= end) throw new RangeError(`notBefore ${begin.toISOString()} is not before notAfter ${end.toISOString()}`);
  return { notBeforeDate: begin, notAfterDate: end };
}

/** @param {readonly string[]} altNames */
function subjectAltName(altNames) {
  return {
    name: /** @type {const} */ ('subjectAltName'),
    altNames: altNames.map((name) => (isIP(name) ? { type: /** @type {const} */ (7), ip: name } : { type: /** @type {const} */ (2), value: name }))
  };
}

/** @param {readonly string[]} altNames */
function serverExtensions(altNames) {
  return [
    { name: /** @type {const} */ ('basicConstraints'), cA: false, critical: true },
    { name: /** @type {const} */ ('keyUsage'), digitalSignature: true, critical: true },
    { name: /** @type {const} */ ('extKeyUsage'), serverAuth: true, clientAuth: true },
    subjectAltName(altNames)
  ];
}

/**
 * @param {CertificateOptions} options
 * @param {KeyAndCertificate} [ca]
 * @returns {Promise<KeyAndCertificate>}
 */
async function generateServerCertificate(options, ca) {
  const { commonName = 'localhost', altNames = ['localhost', '127.0.0.1'] } = options;
  const pems = await selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity(options),
    extensions: serverExtensions(altNames),
    ...(ca ? { ca: { key: ca.key, cert: ca.cert } } : {})
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * A self-signed server certificate for https.createServer; a client trusts it by
 * passing the certificate itself as its CA.
 * @param {CertificateOptions} [options]
 * @returns {Promise<KeyAndCertificate>}
 */
export function makeCertificate(options = {}) {
  return generateServerCertificate(options);
}

/**
 * A throwaway certificate authority to trust (NODE_EXTRA_CA_CERTS, undici `connect.ca`,
 * https `ca`) and to sign leaves with makeCertificateSignedBy.
 * @param {{ commonName?: string, days?: number }} [options]
 * @returns {Promise<KeyAndCertificate>}
 */
export async function makeCa({ commonName = 'MONCRENEAU Sandbox CA', days = 30 } = {}) {
  const pems = await selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ...validity({ days }),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
    ]
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * A server certificate signed by `ca`: valid, expiring soon (`days: 7`), already
 * expired (`days: -1`) or for the wrong host (`altNames: ['wrong.example']`).
 * @param {KeyAndCertificate} ca from makeCa
 * @param {CertificateOptions} [options]
 * @returns {Promise<KeyAndCertificate>}
 */
export function makeCertificateSignedBy(ca, options = {}) {
  return generateServerCertificate(options, ca);
}
