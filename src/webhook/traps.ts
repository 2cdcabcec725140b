/**
 * The verifier traps the gate can name, in one place: what each one is (one line), what to
 * change in the application (one hint, in its own words) and a short name for a summary.
 * Shared by the webhook check's differential diagnosis and by the analysis of a captured
 * delivery (the command line's `verify`). Pure.
 */
import type { ReserialisedForm } from './body-forms.js';
import { SDK_SIGNATURE_HEADER, SIGNATURE_HEADER } from './signature.js';

export type Trap =
  | { trap: 'wrong-header' }
  | { trap: 'prefix-kept' }
  | { trap: 'prefix-missing' }
  | { trap: 'reserialised'; form: ReserialisedForm }
  | { trap: 'wrong-secret' }
  | { trap: 'throws-when-missing'; header: string; status: number }
  /** The signature matches the body with a newline added (true) or without its trailing ones (false). */
  | { trap: 'trailing-newline'; added: boolean }
  /** Captured deliveries only, slips in how the value, the secret or the body were kept: */
  | { trap: 'header-name' }
  | { trap: 'prefix-doubled' }
  | { trap: 'secret-whitespace' }
  /** The captured body is indented and what was signed is not (true), or the other way round (false). */
  | { trap: 'pretty-printed'; captured: boolean }
  /** The captured body is written again in a form the gate does not name; the signed bytes are the wire form. */
  | { trap: 'rewritten' };

const REBUILT: Record<ReserialisedForm, { what: string; habit: string; hint: string }> = {
  compact: {
    what: 'JSON.stringify of the parsed body (compact)',
    habit: 'as the Node SDK’s verifyWebhookSignature does with the object express.json() made, or Jackson with a Map',
    hint: "Hash the raw request bytes, not JSON.stringify(req.body): in Express mount express.raw({ type: 'application/json' }) on the webhook route (before express.json()) and give the Buffer req.body to the HMAC, then JSON.parse it; in Spring take @RequestBody byte[] instead of a Map."
  },
  python: {
    what: 'json.dumps of the parsed body (", " and ": " separators)',
    habit: 'as the Python SDK’s verify_webhook_signature does with request.json',
    hint: 'Hash the raw request bytes, not json.dumps(request.json): in Flask pass request.get_data() (Django: request.body) to the HMAC, then parse it.'
  },
  php: {
    what: 'json_encode of the decoded body (\\/ and \\uXXXX escapes)',
    habit: 'as json_encode(json_decode($payload)) or json_encode($request->all()) does',
    hint: "Hash the raw request bytes, not json_encode of the decoded body: pass file_get_contents('php://input') (Laravel: $request->getContent()) to hash_hmac, then json_decode it."
  }
};

const REBUILT_SHORT: Record<ReserialisedForm, string> = { compact: 'JSON.stringify', python: 'json.dumps', php: 'json_encode' };

const SHORT: Record<Exclude<Trap['trap'], 'reserialised'>, string> = {
  'wrong-header': `reads ${SDK_SIGNATURE_HEADER}`,
  'prefix-kept': 'sha256= not stripped',
  'prefix-missing': 'sha256= missing',
  'wrong-secret': 'wrong secret',
  'throws-when-missing': 'fails on a missing header',
  'trailing-newline': 'trailing newline',
  'header-name': 'header name in the value',
  'prefix-doubled': 'sha256= doubled',
  'secret-whitespace': 'blanks around the secret',
  'pretty-printed': 'pretty-printed body',
  rewritten: 'body written again'
};

/** A few words for a summary line. */
export function trapShort(t: Trap): string {
  return t.trap === 'reserialised' ? `hashes ${REBUILT_SHORT[t.form]} of the body` : SHORT[t.trap];
}

const RAW_BYTES_HINT =
  'Capture and hash the raw request bytes, before any JSON parsing or formatting: save the delivery as received (not as a logger, a debugger or an editor shows it) and give those bytes to the HMAC.';

/** One line naming the trap and the SDK habit it matches. */
export function trapLine(t: Trap): string {
  switch (t.trap) {
    case 'wrong-header':
      return `Wrong header: the verifier reads ${SDK_SIGNATURE_HEADER} (as every SDK README shows); MONCRENEAU sends ${SIGNATURE_HEADER}`;
    case 'prefix-kept':
      return 'Prefix not stripped: the verifier accepts the bare hex but not sha256=<hex>, which is what MONCRENEAU sends (the SDKs’ verifyWebhookSignature compares the whole header value)';
    case 'prefix-missing':
      return 'Prefix missing: the value is bare hex that matches, but MONCRENEAU sends sha256=<hex>; a verifier must strip exactly that prefix, so give the header value as received';
    case 'reserialised':
      return `Re-serialised body: the verifier hashes ${REBUILT[t.form].what} instead of the raw bytes, ${REBUILT[t.form].habit}`;
    case 'wrong-secret':
      return 'Wrong secret: nothing verifies with the configured secret, whatever the header, prefix or body form';
    case 'throws-when-missing':
      return `Throws on a missing header: a request without ${t.header} got ${t.status} instead of 401 (as the Python and PHP SDK READMEs do when the header is absent)`;
    case 'trailing-newline':
      return t.added
        ? 'Trailing newline: the delivery ended with a line break these bytes lack (the signature matches them with a newline added), so these are not the exact bytes that were signed'
        : 'Trailing newline: the body ends with a line break the delivery did not have (editors and echo add one; the signature matches it without), so these are not the exact bytes that were signed';
    case 'header-name':
      return `Header name in the value: the value starts with the header's name; the signature is only what follows "${SIGNATURE_HEADER}: ", sha256=<hex>`;
    case 'prefix-doubled':
      return 'Prefix doubled: the value is sha256=sha256=<hex>, as when code adds sha256= to a header value that already carries it';
    case 'secret-whitespace':
      return 'Blanks around the secret: the signature matches the secret without its surrounding spaces or line break, so the secret used carries characters the real one does not';
    case 'pretty-printed':
      return t.captured
        ? 'Pretty-printed body: the signature matches this body without its indentation, not these indented bytes: the body was parsed and pretty-printed before it was captured or hashed'
        : 'Pretty-printed body: the signature matches this body indented (JSON.stringify(body, null, 2)), not these bytes: what was signed was indented, and the body was parsed and written again before it was captured or hashed';
    case 'rewritten':
      return 'Body written again: the signature matches this body written as MONCRENEAU writes it (compact, non-ASCII as \\uXXXX, / as is), not these bytes: the body was parsed and written again in another form before it was captured or hashed';
  }
}

/** What to change in the application's code. */
export function trapHint(t: Trap): string {
  switch (t.trap) {
    case 'wrong-header':
      return `Read the signature from ${SIGNATURE_HEADER}, not ${SDK_SIGNATURE_HEADER}: Express req.get('X-Moncreneau-Signature'), Flask request.headers.get('X-Moncreneau-Signature'), PHP $_SERVER['HTTP_X_MONCRENEAU_SIGNATURE'], Java request.getHeader("X-Moncreneau-Signature").`;
    case 'prefix-kept':
      return "Strip the sha256= prefix before comparing: the header is sha256=<hex> and the HMAC is bare hex (JS signature.slice(7) after checking startsWith('sha256='), Python signature.removeprefix('sha256='), PHP substr($signature, 7), Java signature.substring(7)); compare in constant time.";
    case 'prefix-missing':
      return 'Compare the hex after sha256= with the HMAC, and capture the header value whole: a value without the prefix did not come from MONCRENEAU as is.';
    case 'reserialised':
      return REBUILT[t.form].hint;
    case 'wrong-secret':
      return 'Verify with the same secret as webhook-secret for this environment, byte for byte with its whsec_ prefix (staging and production secrets differ; Dashboard > Webhooks). Re-run once it matches: other traps can only be seen when something verifies.';
    case 'throws-when-missing':
      return `Answer 401 when ${t.header} is missing instead of failing: check it first (Python: if not signature: return 'Missing signature', 401 before hmac.compare_digest; PHP: $_SERVER['HTTP_…'] ?? '' so no null reaches verifyWebhookSignature).`;
    case 'trailing-newline':
      return 'Hash the body exactly as received: no trimming, no newline added by a proxy, a log or a file save.';
    case 'header-name':
      return `Give the verifier (and verify --signature) the header's value only, sha256=<hex>: read it with the framework's header accessor (Express req.get('${SIGNATURE_HEADER}')), not from a raw "Name: value" line.`;
    case 'prefix-doubled':
      return 'Compare the header value as received with sha256= followed by the hex HMAC, or strip sha256= once and compare the hex: never prepend sha256= to the received value.';
    case 'secret-whitespace':
      return "Remove the spaces or line break around the webhook secret where it is set (a .env line, a secret pasted with its newline, echo without -n): the HMAC key is the secret's exact characters, whsec_ prefix included.";
    case 'pretty-printed':
    case 'rewritten':
      return RAW_BYTES_HINT;
  }
}
