/**
 * The parts of undici the gate uses, imported by path. The package's index also loads fetch,
 * WebSocket, the cache, cookies, EventSource and the mocks (about half its code, and Node's
 * zlib and worker modules), all before the first request could leave.
 */
import api from 'undici/lib/api/index.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import Pool from 'undici/lib/dispatcher/pool.js';
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js';
import buildConnector from 'undici/lib/core/connect.js';

// What the index does on load: every dispatcher gets `request()`, `connect()` (a proxy's
// tunnel)... Kept idempotent, should the index be loaded too (by @actions/http-client).
if (!('request' in Dispatcher.prototype)) Object.assign(Dispatcher.prototype, api);

export { Agent, buildConnector, Dispatcher, Pool, ProxyAgent };
