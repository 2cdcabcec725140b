// What a route decides, kept apart from how the server writes it, and the
// MONCRENEAU error envelope: {"error":{"code","message","details"},"timestamp","path"}.

/**
 * @typedef {object} ApiResult
 * @property {number} status
 * @property {unknown} [json] body to send as JSON
 * @property {{ code: string, message: string, details: Record<string, unknown> }} [error] sent as the envelope
 * @property {Record<string, string | number>} [headers]
 * @property {boolean} [dropConnection] destroy the socket instead of answering
 */

// Default messages, worded like the public docs.
const MESSAGES = {
  MISSING_API_KEY: 'API key is required',
  INVALID_API_KEY: 'Invalid API key',
  EXPIRED_API_KEY: 'API key has expired',
  INVALID_TOKEN_FORMAT: 'Authorization header must be "Bearer <api key>"',
  INSUFFICIENT_SCOPE: 'API key lacks the required scope',
  INSUFFICIENT_CREDITS: 'Insufficient credits to create an appointment',
  INVALID_REQUEST: 'Request body is not valid JSON object',
  MISSING_REQUIRED_FIELD: 'A required field is missing',
  INVALID_FIELD_VALUE: 'A field has an invalid value',
  INVALID_DATE_TIME: 'dateTime must be a local date and time like 2026-02-15T10:00:00',
  DEPARTMENT_NOT_FOUND: 'Department not found',
  APPOINTMENT_NOT_FOUND: 'Appointment not found',
  DUPLICATE_APPOINTMENT: 'An appointment already exists for this user at this time',
  SLOT_NOT_AVAILABLE: 'This time slot is not available',
  RATE_LIMIT_EXCEEDED: 'Rate limit exceeded',
  NOT_FOUND: 'No endpoint at this path',
  METHOD_NOT_ALLOWED: 'Method not allowed on this path',
  UNSUPPORTED_MEDIA_TYPE: 'Content-Type must be application/json',
  PAYLOAD_TOO_LARGE: 'Request body is too large',
  SERVICE_UNAVAILABLE: 'Service temporarily unavailable',
  INTERNAL_SERVER_ERROR: 'Internal server error'
};

/**
 * @param {number} status
 * @param {keyof typeof MESSAGES} code
 * @param {Record<string, unknown>} [details]
 * @param {string} [message]
 * @returns {ApiResult}
 */
export function apiError(status, code, details = {}, message = MESSAGES[code]) {
  return { status, error: { code, message, details } };
}

/**
 * @param {number} status
 * @param {unknown} json
 * @returns {ApiResult}
 */
export function apiJson(status, json) {
  return { status, json };
}

/**
 * The full error body as the API sends it.
 * @param {NonNullable<ApiResult['error']>} error
 * @param {string} path request path without the query, as Spring reports it
 */
export function errorEnvelope(error, path) {
  return { error, timestamp: new Date().toISOString(), path };
}
