/** Types for the undici modules imported by path (src/http/undici.ts): the package types only its index. */
declare module 'undici/lib/dispatcher/dispatcher.js' {
  export { Dispatcher as default } from 'undici/index.js';
}
declare module 'undici/lib/dispatcher/agent.js' {
  export { Agent as default } from 'undici/index.js';
}
declare module 'undici/lib/dispatcher/pool.js' {
  export { Pool as default } from 'undici/index.js';
}
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  export { ProxyAgent as default } from 'undici/index.js';
}
declare module 'undici/lib/core/connect.js' {
  export { buildConnector as default } from 'undici/index.js';
}
declare module 'undici/lib/api/index.js' {
  const api: Record<string, (...args: never[]) => unknown>;
  export default api;
}
