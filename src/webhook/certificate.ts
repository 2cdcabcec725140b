/**
 * The webhook endpoint's TLS certificate: is it valid (Node's default verification, plus the
 * extra CAs a test trusts), and when does it expire? Read from the probes' own TLS connection (no
 * handshake of its own), so the verdict can say which problem it is (untrusted, expired, for
 * another host) and when the certificate ends.
 */
import type * as tls from 'node:tls';
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { classifyNetworkError } from '../http/network-error.js';

export type CertificateRead =
  | { ok: true; validTo: Date; subject: string; issuer: string }
  | { ok: false; kind: 'invalid'; code: string; message: string; validTo?: Date; altNames?: string; expired?: ExpiredLink }
  | { ok: false; kind: 'unreadable'; message: string };

/** Which certificate of the chain is out of date: the leaf, or one above it. */
export interface ExpiredLink {
  position: 'leaf' | 'intermediate';
  name: string;
  validTo: Date;
}

/** The first certificate of the served chain, leaf first, whose validity has ended. */
function expiredLink(leaf: PeerCertificate, now: Date): ExpiredLink | undefined {
  let cert: tls.DetailedPeerCertificate | undefined = leaf as tls.DetailedPeerCertificate;
  for (let depth = 0; cert && depth < 10; depth++) {
    const validTo = dateOf(cert);
    if (validTo && validTo.getTime() < now.getTime()) return { position: depth === 0 ? 'leaf' : 'intermediate', name: nameOf(cert.subject), validTo };
    const next: tls.DetailedPeerCertificate | undefined = cert.issuerCertificate;
    cert = next && next !== cert && next.fingerprint256 !== cert.fingerprint256 ? next : undefined;
  }
  return undefined;
}

const DAY_MS = 86_400_000;
const shortText = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

function dateOf(cert: PeerCertificate): Date | undefined {
  const date = new Date(cert.valid_to);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function nameOf(fields: PeerCertificate['subject'] | undefined): string {
  return shortText(fields?.CN ? String(fields.CN) : fields?.O ? String(fields.O) : 'unnamed');
}

function verificationCode(error: unknown): string {
  if (typeof error === 'string') return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'UNABLE_TO_VERIFY';
}

/**
 * What a completed TLS handshake showed of the certificate: valid (Node's verification, with the
 * extra CAs the connection trusted), or which problem it has. Read from a connection made with
 * `rejectUnauthorized: false`, so an invalid certificate can still be described. Never throws.
 */
export function certificateOf(socket: TLSSocket, url: URL): CertificateRead {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const cert = socket.getPeerCertificate(true);
  if (!cert || Object.keys(cert).length === 0) return { ok: false, kind: 'unreadable', message: 'the server sent no TLS certificate' };
  const validTo = dateOf(cert);
  const altNames = cert.subjectaltname ? shortText(cert.subjectaltname) : undefined;
  const invalid = (code: string): CertificateRead => {
    const message = classifyNetworkError({ code }, url.host, 0).message;
    const expired = code === 'CERT_HAS_EXPIRED' ? expiredLink(cert, new Date()) : undefined;
    return { ok: false, kind: 'invalid', code, message, validTo, altNames, ...(expired ? { expired } : {}) };
  };
  if (!socket.authorized) return invalid(verificationCode(socket.authorizationError));
  if (checkServerIdentity(host, cert) !== undefined) return invalid('ERR_TLS_CERT_ALTNAME_INVALID');
  if (!validTo) return { ok: false, kind: 'unreadable', message: 'the TLS certificate’s expiry date could not be read' };
  return { ok: true, validTo, subject: nameOf(cert.subject), issuer: nameOf(cert.issuer) };
}

/** No handshake completed: the certificate is unread for the reason the connections failed. */
export function unreadCertificate(reason: string): CertificateRead {
  return { ok: false, kind: 'unreadable', message: reason };
}

export interface CertificateFinding {
  status: 'pass' | 'warn' | 'fail';
  /** True when the certificate itself is wrong, not merely unread. */
  invalid: boolean;
  text: string;
  hint?: string;
  data: Record<string, unknown>;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Pure verdict on what was read: invalid or unreadable fails, expiring within `warnDays` warns. */
export function judgeCertificate(read: CertificateRead, now: Date, warnDays = 14): CertificateFinding {
  if (read.ok) {
    const leftMs = read.validTo.getTime() - now.getTime();
    // Counted as a person would: a certificate ending in 6 days and 23 hours ends "in 7 days".
    const days = Math.ceil(leftMs / DAY_MS);
    const data = { validTo: read.validTo.toISOString(), daysLeft: days, issuer: read.issuer };
    if (leftMs < warnDays * DAY_MS) {
      const when = leftMs < DAY_MS ? 'within a day' : `in ${days} days`;
      return {
        status: 'warn',
        invalid: false,
        text: `the TLS certificate expires on ${day(read.validTo)} (${when})`,
        hint: `Renew the webhook endpoint’s certificate before ${day(read.validTo)}: after that, every MONCRENEAU delivery fails its TLS handshake.`,
        data
      };
    }
    return { status: 'pass', invalid: false, text: `TLS certificate for ${read.subject} valid until ${day(read.validTo)}, issued by ${read.issuer}`, data };
  }
  if (read.kind === 'unreadable') {
    return { status: 'fail', invalid: false, text: `the TLS certificate could not be checked: ${read.message}`, data: {} };
  }
  const data = { code: read.code, ...(read.validTo ? { validTo: read.validTo.toISOString() } : {}) };
  if (read.code === 'CERT_HAS_EXPIRED' && read.expired?.position === 'intermediate') {
    return {
      status: 'fail',
      invalid: true,
      text: `the TLS certificate chain has an expired intermediate certificate, ${read.expired.name} (on ${day(read.expired.validTo)})`,
      hint: 'Serve the current intermediate certificate from your certificate authority with the endpoint’s certificate: the leaf itself is still valid.',
      data: { ...data, expiredIntermediate: read.expired.name, expiredOn: read.expired.validTo.toISOString() }
    };
  }
  if (read.code === 'CERT_HAS_EXPIRED') {
    return {
      status: 'fail',
      invalid: true,
      text: `${read.message}${read.validTo ? ` (on ${day(read.validTo)})` : ''}`,
      hint: 'Renew the webhook endpoint’s certificate: MONCRENEAU refuses to deliver to an expired one.',
      data
    };
  }
  if (read.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      status: 'fail',
      invalid: true,
      text: `${read.message} (it is for ${read.altNames ?? 'other names'})`,
      hint: 'Serve a certificate that covers the host in webhook-url, or correct webhook-url’s host.',
      data
    };
  }
  return {
    status: 'fail',
    invalid: true,
    text: read.message,
    hint: 'Serve a certificate from a public certificate authority with its full chain: MONCRENEAU verifies it as a browser would.',
    data
  };
}
