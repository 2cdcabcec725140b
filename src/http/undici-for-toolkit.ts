/**
 * What `'undici'` is to the bundle and the type checker (tsconfig.json, `paths`). GitHub's toolkit
 * imports undici's index for two names: `@actions/http-client` (under `@actions/core`) its
 * ProxyAgent, `@actions/github` its fetch. The index first loads all of undici (fetch, WebSocket,
 * the cache, cookies, EventSource, the mocks: 430 KB, and Node's zlib), so every run would parse
 * it for `@actions/core`. Here ProxyAgent is undici's own module, and the index loads only when
 * fetch is called (the gate gives Octokit its own bounded fetch, so a run never does).
 */
export type * from 'undici/index.js';
export { ProxyAgent } from './undici.js';

type Fetch = (typeof import('undici/index.js'))['fetch'];
export const fetch: Fetch = async (...args) => (await import('undici/index.js')).fetch(...args);
