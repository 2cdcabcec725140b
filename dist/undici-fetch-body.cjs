'use strict';
// In the bundle, undici's fetch body module (lib/web/fetch/body.js), where its HTTP clients load
// it to encode a FormData request body, is this: see scripts/bundle.mjs. The gate sends JSON only.
module.exports = {
  extractBody() {
    throw new TypeError('The gate sends no FormData request bodies.');
  }
};
