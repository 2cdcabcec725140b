/** Bare hex HMAC-SHA256 of the body, keyed with the secret's UTF-8 bytes as given. */
export function hmacHex(secret: string, rawBody: Buffer | string): string;
/** The full `sha256=<hex>` header value a MONCRENEAU delivery carries. */
export function signatureHeader(secret: string, rawBody: Buffer | string): string;
/** True when `header` is `sha256=<hex>` of the exact raw body bytes (constant-time compare). */
export function verifySignature(secret: string, rawBody: Buffer, header: string | string[] | undefined): boolean;
