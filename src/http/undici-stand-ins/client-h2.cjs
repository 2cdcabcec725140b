'use strict';
// In the bundle, undici's HTTP/2 client (lib/dispatcher/client-h2.js) is this: see
// scripts/bundle.mjs. The gate's connections offer only HTTP/1.1, so undici never calls it.
module.exports = function connectH2() {
  throw new Error('The server chose HTTP/2, which the gate does not speak: its connections offer HTTP/1.1 only.');
};
