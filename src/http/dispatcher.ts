/**
 * The connection pool behind the HTTP client: direct, or through the proxy the environment
 * names for that request's origin (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), with every exchange
 * offered to an optional observer for the debug log.
 */
import { Agent, buildConnector, Dispatcher, Pool, ProxyAgent } from './undici.js';
import type { LookupFunction } from 'node:net';
import { rootCertificates, TLSSocket } from 'node:tls';
import type { HttpExchange } from './exchange-log.js';
import { delegating, observed } from './exchange-observer.js';
import { proxyFor, type ProxySettings } from './proxy-rules.js';

export interface DispatcherOptions {
  /** Extra trusted CA certificates (PEM), in addition to Node's own. */
  ca?: string | string[];
  /**
   * Pins the addresses connected to (the webhook check). A pinned connection is always direct:
   * through a proxy, the proxy would resolve the name again and the address rules would no
   * longer hold for the connection actually made.
   */
  lookup?: LookupFunction;
  connectTimeoutMs: number;
  /** The run's proxy variables; absent: every connection is direct. */
  proxy?: ProxySettings;
  /** Told of each exchange once it ends (answered or failed); must not throw. */
  onExchange?: (exchange: HttpExchange) => void;
  /** Told when a request starts being written on its connection; must not throw. */
  onRequestSent?: () => void;
  /**
   * One connection per origin (undici's `Client`), opened once and kept: sequential requests
   * reuse it instead of alternating sockets, and GETs sent meanwhile are pipelined on it.
   */
  oneConnectionPerOrigin?: boolean;
  /**
   * Shown every direct TLS connection once its handshake is done, before it is verified (so an
   * invalid certificate can still be described), then refused as undici would refuse it: the
   * webhook check reads the certificate from its probes' own connections. Must not throw.
   */
  onTlsSocket?: (socket: TLSSocket) => void;
}

/** GETs in flight at once on a shared connection: the API check's sample and the credits read. */
const PIPELINED = 2;

const KEEP_ALIVE_MS = 4_000;

class ProxyAwareDispatcher extends Dispatcher {
  private readonly direct: Agent;
  private readonly proxies = new Map<string, ProxyAgent>();

  private readonly pool: { keepAliveTimeout: number; connections?: number; pipelining?: number };

  constructor(private readonly options: DispatcherOptions) {
    super();
    const tls = options.ca ? { ca: [...rootCertificates, ...[options.ca].flat()] } : {};
    // undici's Agent makes one Client per origin when given `connections: 1`.
    this.pool = { keepAliveTimeout: KEEP_ALIVE_MS, ...(options.oneConnectionPerOrigin ? { connections: 1, pipelining: PIPELINED } : {}) };
    // undici's `ca` replaces Node's roots; extra CAs are meant to add to them.
    const connect = { timeout: options.connectTimeoutMs, ...tls, ...(options.lookup ? { lookup: options.lookup } : {}) };
    this.direct = new Agent({ connect: options.onTlsSocket ? inspecting(connect, options.onTlsSocket) : connect, ...this.pool });
  }

  /** The proxy for an origin, or undefined for a direct connection. */
  private proxyOf(origin: URL): URL | undefined {
    return this.options.lookup || !this.options.proxy ? undefined : proxyFor(origin, this.options.proxy);
  }

  private agentFor(proxy: URL | undefined): Dispatcher {
    if (!proxy) return this.direct;
    let agent = this.proxies.get(proxy.href);
    if (!agent) {
      const timeout = this.options.connectTimeoutMs;
      const ca = this.options.ca ? { ca: [...rootCertificates, ...[this.options.ca].flat()] } : {};
      agent = new ProxyAgent({ uri: proxy.href, proxyTls: { timeout }, requestTls: { timeout, ...ca }, clientFactory: tunnelsThatFail, ...this.pool });
      this.proxies.set(proxy.href, agent);
    }
    return agent;
  }

  override dispatch(opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    const origin = new URL(String(opts.origin));
    const proxy = this.proxyOf(origin);
    const agent = this.agentFor(proxy);
    const observe = this.options.onExchange;
    const explained = proxy ? explainProxyFailures(handler, proxy, origin) : handler;
    const watched = observe ? observed(opts, explained, proxy, observe) : explained;
    return agent.dispatch(opts, this.options.onRequestSent ? announcing(watched, this.options.onRequestSent) : watched);
  }

  override async close(): Promise<void> {
    await Promise.all([this.direct, ...this.proxies.values()].map((d) => d.close()));
  }

  override async destroy(): Promise<void> {
    await Promise.all([this.direct, ...this.proxies.values()].map((d) => d.destroy()));
  }
}

/** The refusal Node makes of an unverified certificate, with the same code (CERT_HAS_EXPIRED...). */
function verificationFailure(socket: TLSSocket): Error {
  const reason = socket.authorizationError;
  const code = typeof reason === 'string' ? reason : ((reason as NodeJS.ErrnoException | undefined)?.code ?? 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  return Object.assign(new Error(`the TLS certificate was refused (${code})`), { code });
}

/**
 * undici's own connector, verifying by hand what it would verify itself (`authorized` is
 * Node's chain and host name check), so that the connection can be shown to `inspect` first.
 */
function inspecting(options: buildConnector.BuildOptions, inspect: (socket: TLSSocket) => void): buildConnector.connector {
  const connect = buildConnector({ ...options, rejectUnauthorized: false });
  return (opts, callback) =>
    connect(opts, (error, socket) => {
      if (error || !(socket instanceof TLSSocket)) return error ? callback(error, null) : callback(null, socket!);
      try {
        inspect(socket);
      } catch {
        // Reading a certificate never changes whether the connection is used.
      }
      if (socket.authorized) return callback(null, socket);
      const refused = verificationFailure(socket);
      socket.destroy();
      callback(refused, null);
    });
}

/** The same handler, telling `onSent` when undici starts writing the request (its `onConnect`). */
function announcing(handler: Dispatcher.DispatchHandlers, onSent: () => void): Dispatcher.DispatchHandlers {
  return delegating(handler, {
    onConnect(abort) {
      try {
        onSent();
      } catch {
        // Being told never changes a request.
      }
      handler.onConnect?.(abort);
    }
  });
}

/** Code of a tunnel the proxy closed before answering its CONNECT. */
const PROXY_CLOSED = 'PROXY_CLOSED';

/**
 * The connections to the proxy, as undici makes them (a Pool), but a proxy that closes the
 * connection instead of answering the CONNECT fails the request. undici counts that closed
 * socket as recoverable and opens the tunnel again at once, thousands of times a second, until
 * the request's own time runs out: a flood at the proxy, and a failure read as the API's silence.
 */
function tunnelsThatFail(origin: string | URL, options: object): Dispatcher {
  const pool = new Pool(origin, options);
  const connect = pool.connect.bind(pool) as (opts: Dispatcher.ConnectOptions) => Promise<Dispatcher.ConnectData>;
  return Object.assign(pool, {
    connect: (opts: Dispatcher.ConnectOptions) =>
      connect(opts).catch((error: NodeJS.ErrnoException) => {
        throw error?.code === 'UND_ERR_SOCKET' ? Object.assign(new Error(`the proxy closed the connection: ${error.message}`), { code: PROXY_CLOSED }) : error;
      })
  });
}

/** Connection failures that, through a tunnel, can only be the proxy's own. */
const PROXY_CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

/** A failure of the proxy, told as such: otherwise it reads as the API refusing or not resolving. */
export class ProxyFailure extends Error {
  code = 'PROXY_FAILED';
}

/**
 * The same handler, but a refused tunnel (`Proxy response (403) !== 200`, which undici reports
 * as an abort, so it would read as the deadline) or an unreachable proxy names the proxy.
 */
function explainProxyFailures(handler: Dispatcher.DispatchHandlers, proxy: URL, origin: URL): Dispatcher.DispatchHandlers {
  const variable = origin.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const where = `the proxy ${proxy.host} (${variable})`;
  return delegating(handler, {
    onError(error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const refused = /Proxy response \((\d+)\)/.exec(error.message);
      if (refused) {
        error = new ProxyFailure(
          `${where} refused to open a tunnel to ${origin.host} (HTTP ${refused[1]}): allow this host in the proxy, or list it in NO_PROXY if it is reachable directly`
        );
      } else if (code === PROXY_CLOSED) {
        error = new ProxyFailure(
          `${where} closed the connection instead of opening a tunnel to ${origin.host}: check ${variable} and the proxy's logs, or list ${origin.hostname} in NO_PROXY if it is reachable directly`
        );
      } else if (PROXY_CONNECT_CODES.has(code)) {
        error = new ProxyFailure(
          `${where} could not be reached (${code}): check ${variable}, or list ${origin.hostname} in NO_PROXY if it is reachable directly`
        );
      }
      handler.onError?.(error);
    }
  });
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  return new ProxyAwareDispatcher(options);
}
