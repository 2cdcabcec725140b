// Checks on what a caller sends, answering with the API's own error codes.
import { apiError } from './api-result.mjs';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** A real calendar date and time in the API's local format. @param {unknown} value */
function isLocalDateTime(value) {
  const parts = typeof value === 'string' ? LOCAL_DATE_TIME.exec(value) : null;
  if (!parts) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/**
 * A whole-number query parameter of at least `min`, or the 400 answer when it is not one.
 * @param {URLSearchParams} query @param {string} name @param {number} fallback @param {number} min
 */
export function intParam(query, name, fallback, min) {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return value >= min ? value : apiError(400, 'INVALID_FIELD_VALUE', { field: name, value: raw });
}

/** Checks a create body; returns the error to answer, or undefined when it is acceptable. @param {any} body */
export function createBodyError(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return apiError(400, 'INVALID_REQUEST');
  for (const field of ['departmentId', 'dateTime', 'name']) {
    if (body[field] === undefined || body[field] === null || body[field] === '') {
      return apiError(400, 'MISSING_REQUIRED_FIELD', { field }, `${field} is required`);
    }
  }
  if (!Number.isInteger(body.departmentId)) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'departmentId', expected: 'integer' });
  if (!isLocalDateTime(body.dateTime)) return apiError(400, 'INVALID_DATE_TIME', { field: 'dateTime', value: String(body.dateTime) });
  if (typeof body.name !== 'string' || !body.name.trim()) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'name', expected: 'non-empty string' });
  if (body.workerId !== undefined && !Number.isInteger(body.workerId)) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'workerId', expected: 'integer' });
  if (body.externalUserId !== undefined && typeof body.externalUserId !== 'string')
    return apiError(400, 'INVALID_FIELD_VALUE', { field: 'externalUserId', expected: 'string' });
  return undefined;
}
