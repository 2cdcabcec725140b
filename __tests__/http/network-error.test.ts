/** Network failures told apart from errors shaped like the ones Node and undici throw, with their exact words. */
import { describe, expect, it } from '@jest/globals';
import { classifyNetworkError, type NetworkFailure } from '../../src/http/network-error.js';

const HOST = 'api.example';
const CONNECT_MS = 5000;
const ANSWER_MS = 10000;

/** An error the way Node and undici make them: a message and a string `code`. */
const coded = (code: string, message = `${code} from the socket`) => Object.assign(new Error(message), { code });
/** What fetch throws: a TypeError with the real error as its cause. */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

describe('classifyNetworkError', () => {
  it.each<[string, unknown, NetworkFailure]>([
    [
      'ENOTFOUND',
      coded('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example'),
      { kind: 'dns', code: 'ENOTFOUND', message: 'the host name api.example does not resolve (DNS has no such host)' }
    ],
    [
      'EAI_AGAIN',
      coded('EAI_AGAIN', 'getaddrinfo EAI_AGAIN api.example'),
      { kind: 'dns', code: 'EAI_AGAIN', message: 'the host name api.example does not resolve (DNS lookup failed temporarily)' }
    ],
    [
      'ECONNREFUSED',
      coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443'),
      { kind: 'refused', code: 'ECONNREFUSED', message: 'api.example refused the connection (nothing listening on that port)' }
    ],
    [
      'UND_ERR_CONNECT_TIMEOUT',
      coded('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'),
      { kind: 'timeout', code: 'UND_ERR_CONNECT_TIMEOUT', message: 'could not connect to api.example within 5000 ms' }
    ],
    [
      'UND_ERR_HEADERS_TIMEOUT',
      coded('UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error'),
      { kind: 'timeout', code: 'UND_ERR_HEADERS_TIMEOUT', message: 'api.example did not answer within 10000 ms' }
    ],
    [
      'ECONNRESET',
      coded('ECONNRESET', 'read ECONNRESET'),
      { kind: 'reset', code: 'ECONNRESET', message: 'api.example closed the connection without a complete answer' }
    ],
    [
      'UND_ERR_SOCKET',
      coded('UND_ERR_SOCKET', 'other side closed'),
      { kind: 'reset', code: 'UND_ERR_SOCKET', message: 'api.example closed the connection without a complete answer' }
    ],
    [
      'CERT_HAS_EXPIRED',
      coded('CERT_HAS_EXPIRED', 'certificate has expired'),
      { kind: 'tls', code: 'CERT_HAS_EXPIRED', message: 'the TLS certificate has expired' }
    ],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      coded('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
      { kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'the TLS certificate is self-signed (not trusted)' }
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      coded('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
      { kind: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'the TLS certificate does not match the host name' }
    ],
    [
      'a plain-http port where TLS was expected',
      coded('ERR_SSL_WRONG_VERSION_NUMBER'),
      { kind: 'tls', code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: 'api.example answered plain http, not TLS: check the URL’s scheme and port' }
    ],
    [
      'an SSL code with no wording of its own',
      coded('ERR_SSL_DECRYPTION_FAILED'),
      { kind: 'tls', code: 'ERR_SSL_DECRYPTION_FAILED', message: 'the TLS handshake with api.example failed (ERR_SSL_DECRYPTION_FAILED)' }
    ]
  ])('when the error code is %s then it names the failure', (_label, error, expected) => {
    expect(classifyNetworkError(error, HOST, CONNECT_MS, ANSWER_MS)).toEqual(expected);
  });

  it.each<[string, unknown, NetworkFailure]>([
    [
      'fetch failed, caused by ENOTFOUND',
      fetchFailed(coded('ENOTFOUND')),
      { kind: 'dns', code: 'ENOTFOUND', message: 'the host name api.example does not resolve (DNS has no such host)' }
    ],
    [
      'fetch failed, caused by ECONNREFUSED',
      fetchFailed(coded('ECONNREFUSED')),
      { kind: 'refused', code: 'ECONNREFUSED', message: 'api.example refused the connection (nothing listening on that port)' }
    ],
    [
      'fetch failed, caused by CERT_HAS_EXPIRED',
      fetchFailed(coded('CERT_HAS_EXPIRED')),
      { kind: 'tls', code: 'CERT_HAS_EXPIRED', message: 'the TLS certificate has expired' }
    ],
    [
      'a wrapper whose cause of a cause is a connect timeout',
      fetchFailed(new Error('wrapped', { cause: coded('UND_ERR_CONNECT_TIMEOUT') })),
      { kind: 'timeout', code: 'UND_ERR_CONNECT_TIMEOUT', message: 'could not connect to api.example within 5000 ms' }
    ]
  ])('when the code is nested: %s then it is found', (_label, error, expected) => {
    expect(classifyNetworkError(error, HOST, CONNECT_MS, ANSWER_MS)).toEqual(expected);
  });

  it('when a TLS code is in the cause under a reset then the TLS problem wins', () => {
    const error = Object.assign(new Error('closed', { cause: coded('DEPTH_ZERO_SELF_SIGNED_CERT') }), { code: 'ECONNRESET' });
    expect(classifyNetworkError(error, HOST, CONNECT_MS, ANSWER_MS)).toEqual({
      kind: 'tls',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      message: 'the TLS certificate is self-signed (not trusted)'
    });
  });

  it.each<[string, unknown, string]>([
    // Shaped like the DOMException fetch throws (numeric legacy code 20); built in this realm,
    // since jest's sandbox has its own Error and Node's DOMException is not `instanceof` it.
    [
      'shaped like a DOMException AbortError (what fetch throws)',
      Object.assign(new Error('This operation was aborted'), { name: 'AbortError', code: 20 }),
      'AbortError'
    ],
    ['an Error named AbortError with no code', Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }), 'AbortError'],
    ['a Node ABORT_ERR', Object.assign(coded('ABORT_ERR', 'The operation was aborted'), { name: 'AbortError' }), 'ABORT_ERR'],
    ['an undici UND_ERR_ABORTED', coded('UND_ERR_ABORTED', 'Request aborted'), 'UND_ERR_ABORTED']
  ])('when the error is %s then the request was stopped at the deadline', (_label, error, code) => {
    expect(classifyNetworkError(error, HOST, CONNECT_MS, ANSWER_MS)).toEqual({
      kind: 'aborted',
      code,
      message: 'the request was stopped at the run’s deadline'
    });
  });

  it.each<[string, unknown, NetworkFailure]>([
    [
      'an Error with no code',
      new Error('something odd happened'),
      { kind: 'other', code: 'Error', message: 'the request to api.example failed: something odd happened' }
    ],
    [
      'an Error with an unknown code',
      coded('EWHATEVER', 'strange'),
      { kind: 'other', code: 'EWHATEVER', message: 'the request to api.example failed: strange' }
    ],
    ['a thrown string', 'boom', { kind: 'other', code: 'UNKNOWN', message: 'the request to api.example failed: boom' }]
  ])('when the error is %s then it is "other" with its own message', (_label, error, expected) => {
    expect(classifyNetworkError(error, HOST, CONNECT_MS, ANSWER_MS)).toEqual(expected);
  });

  it.each<[string, unknown, NetworkFailure]>([
    [
      'a broken chunk size',
      coded('HPE_INVALID_CHUNK_SIZE', 'Response does not match the HTTP/1.1 protocol (Invalid character in chunk size)'),
      { kind: 'malformed', code: 'HPE_INVALID_CHUNK_SIZE', message: 'api.example answered with a broken chunked body' }
    ],
    [
      'a status line that is not HTTP',
      coded('HPE_INVALID_CONSTANT', 'Expected HTTP/'),
      { kind: 'malformed', code: 'HPE_INVALID_CONSTANT', message: 'api.example answered with an unreadable status line (not HTTP)' }
    ],
    [
      'status 000 (undici asserts on it)',
      coded('ERR_ASSERTION', 'assert(statusCode >= 100)'),
      { kind: 'malformed', code: 'ERR_ASSERTION', message: 'api.example answered with an unreadable status line (not HTTP)' }
    ],
    [
      'another parser error',
      coded('HPE_INVALID_HEADER_TOKEN', 'Invalid header token'),
      { kind: 'malformed', code: 'HPE_INVALID_HEADER_TOKEN', message: 'api.example answered with an answer that is not valid HTTP' }
    ],
    [
      'headers past undici’s bound',
      coded('UND_ERR_HEADERS_OVERFLOW', 'Headers Overflow Error'),
      { kind: 'too-large', code: 'UND_ERR_HEADERS_OVERFLOW', message: 'the answer from api.example has headers larger than the size limit' }
    ],
    [
      'a body cut short of its Content-Length',
      coded('UND_ERR_RES_CONTENT_LENGTH_MISMATCH'),
      {
        kind: 'reset',
        code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
        message: 'api.example closed the connection without a complete answer (the body does not match its Content-Length)'
      }
    ],
    [
      'the client already closed',
      coded('UND_ERR_DESTROYED', 'The client is destroyed'),
      { kind: 'aborted', code: 'UND_ERR_DESTROYED', message: 'the request to api.example was stopped: the run is over' }
    ],
    [
      'the body bound',
      coded('BODY_TOO_LARGE', 'exceeded the size limit (1 MiB) while it was being read'),
      { kind: 'too-large', code: 'BODY_TOO_LARGE', message: 'the answer from api.example exceeded the size limit (1 MiB) while it was being read' }
    ]
  ])('when the answer is %s then it is named as such', (_label, error, expected) => {
    expect(classifyNetworkError(error, HOST, CONNECT_MS, ANSWER_MS)).toEqual(expected);
  });

  it('when an unknown error carries a long message then it is cut to a log line', () => {
    const failure = classifyNetworkError(new Error('z'.repeat(100_000)), HOST, CONNECT_MS, ANSWER_MS);
    expect(failure.kind).toBe('other');
    expect(failure.message.length).toBeLessThan(300);
  });

  it('when no answer timeout is given then the connect timeout is used for it', () => {
    expect(classifyNetworkError(coded('UND_ERR_HEADERS_TIMEOUT'), HOST, 3000).message).toBe('api.example did not answer within 3000 ms');
  });
});
