/** Tells network failures apart, in words an on-call engineer can act on. Pure. */

export type NetworkFailureKind =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls'
  | 'reset'
  | 'too-large'
  /** An answer that is not HTTP: a garbage status line, broken chunked encoding, a wrong Content-Length. */
  | 'malformed'
  | 'aborted'
  | 'blocked-address'
  | 'other';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** The error code from Node or undici, e.g. ENOTFOUND or CERT_HAS_EXPIRED. */
  code: string;
  message: string;
}

const TLS_MESSAGES: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  CERT_NOT_YET_VALID: 'the TLS certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed (not trusted)',
  SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain ends in an untrusted self-signed certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate is not signed by a trusted authority (untrusted or incomplete chain)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate’s issuer is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'the TLS certificate’s issuer is not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host name',
  CERT_REVOKED: 'the TLS certificate has been revoked'
};

/** The code of an error or of any error in its `cause` chain. */
function codes(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') found.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}

/** What a broken answer looked like, by llhttp's and undici's codes. */
function malformedWhat(all: string[]): string | undefined {
  if (all.includes('HPE_INVALID_CHUNK_SIZE') || all.includes('HPE_INVALID_EOF_STATE') || all.includes('HPE_STRICT')) return 'a broken chunked body';
  if (all.includes('HPE_INVALID_CONSTANT') || all.includes('HPE_INVALID_STATUS') || all.includes('HPE_INVALID_VERSION') || all.includes('ERR_ASSERTION')) {
    return 'an unreadable status line (not HTTP)';
  }
  if (all.includes('HPE_UNEXPECTED_CONTENT_LENGTH')) return 'a Content-Length it cannot have';
  if (all.some((c) => c.startsWith('HPE_'))) return 'an answer that is not valid HTTP';
  return undefined;
}

/** Keeps a message from an unknown error to a log line's length. */
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export function classifyNetworkError(error: unknown, host: string, connectTimeoutMs: number, answerTimeoutMs = connectTimeoutMs): NetworkFailure {
  const all = codes(error);
  if (all.includes('ERR_SSL_WRONG_VERSION_NUMBER') || all.includes('ERR_SSL_PACKET_LENGTH_TOO_LONG')) {
    return { kind: 'tls', code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: `${host} answered plain http, not TLS: check the URL’s scheme and port` };
  }
  const tls = all.find((c) => c in TLS_MESSAGES || c.startsWith('ERR_TLS') || c.startsWith('ERR_SSL'));
  if (tls) return { kind: 'tls', code: tls, message: TLS_MESSAGES[tls] ?? `the TLS handshake with ${host} failed (${tls})` };
  const code = all[0] ?? (error instanceof Error ? error.name : 'UNKNOWN');
  if (all.includes('ENOTFOUND') || all.includes('EAI_AGAIN'))
    return {
      kind: 'dns',
      code,
      message: `the host name ${host} does not resolve (DNS ${all.includes('EAI_AGAIN') ? 'lookup failed temporarily' : 'has no such host'})`
    };
  if (all.includes('ECONNREFUSED')) return { kind: 'refused', code, message: `${host} refused the connection (nothing listening on that port)` };
  if (all.includes('UND_ERR_CONNECT_TIMEOUT') || all.includes('ETIMEDOUT'))
    return { kind: 'timeout', code, message: `could not connect to ${host} within ${connectTimeoutMs} ms` };
  if (all.includes('UND_ERR_HEADERS_TIMEOUT') || all.includes('UND_ERR_BODY_TIMEOUT') || all.includes('TIMEOUT'))
    return { kind: 'timeout', code, message: `${host} did not answer within ${answerTimeoutMs} ms` };
  if (all.includes('BODY_TOO_LARGE')) return { kind: 'too-large', code: 'BODY_TOO_LARGE', message: `the answer from ${host} ${(error as Error).message}` };
  if (all.includes('UND_ERR_HEADERS_OVERFLOW')) return { kind: 'too-large', code, message: `the answer from ${host} has headers larger than the size limit` };
  const malformed = malformedWhat(all);
  if (malformed) return { kind: 'malformed', code, message: `${host} answered with ${malformed}` };
  if (all.includes('UND_ERR_DESTROYED') || all.includes('UND_ERR_CLOSED'))
    return { kind: 'aborted', code, message: `the request to ${host} was stopped: the run is over` };
  if (all.includes('UND_ERR_RES_CONTENT_LENGTH_MISMATCH'))
    return { kind: 'reset', code, message: `${host} closed the connection without a complete answer (the body does not match its Content-Length)` };
  if (all.includes('ECONNRESET') || all.includes('UND_ERR_SOCKET') || all.includes('EPIPE'))
    return { kind: 'reset', code, message: `${host} closed the connection without a complete answer` };
  if (all.includes('BLOCKED_ADDRESS')) return { kind: 'blocked-address', code, message: (error as Error).message };
  if (all.includes('ABORT_ERR') || all.includes('UND_ERR_ABORTED') || (error instanceof Error && error.name === 'AbortError'))
    return { kind: 'aborted', code, message: 'the request was stopped at the run’s deadline' };
  return { kind: 'other', code, message: `the request to ${host} failed: ${clip(error instanceof Error ? error.message : String(error))}` };
}
