/**
 * One realistic event per documented MONCRENEAU webhook type, in the documented shape
 * (`{id, type, created, data: {object}}`), for `trigger`. Pure given the id and the time.
 */
export const EVENT_TYPES = [
  'appointment.created',
  'appointment.updated',
  'appointment.cancelled',
  // The docs name the confirmation event both ways, on different pages.
  'appointment.confirmed',
  'appointment.validated'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Local date-time without a zone, as the API writes appointment times. */
const local = (date: Date) => date.toISOString().slice(0, 19);

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export function eventFixture(type: EventType, id: string, now: Date): JsonObject {
  const appointment: JsonObject = {
    id: 12345,
    departmentId: 5,
    dateTime: local(new Date(now.getTime() + 3 * 24 * 3_600_000)),
    status: 'SCHEDULED',
    name: 'Jean Dupont',
    qrCode: 'QR-12345-TEST',
    creditsUsed: 1
  };
  if (type === 'appointment.cancelled') {
    Object.assign(appointment, { status: 'CANCELLED', cancelledAt: isoSeconds(now), cancelReason: 'Cancelled by the user', creditsRefunded: 1 });
  }
  return { id, type, created: isoSeconds(now), data: { object: appointment } };
}
