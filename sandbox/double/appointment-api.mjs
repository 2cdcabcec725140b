// The documented endpoints under /api/v1, over one environment's data (live or test).
import { randomBytes } from 'node:crypto';
import { apiError, apiJson } from './api-result.mjs';
import { createBodyError, intParam } from './validation.mjs';

/** @typedef {import('./api-result.mjs').ApiResult} ApiResult */
/** @typedef {import('../moncreneau-double.mjs').Appointment} Appointment */
/** @typedef {import('../moncreneau-double.mjs').EnvironmentState} EnvironmentStore */
/** @typedef {{ id: number, name: string, description?: string }} Department */
/**
 * @typedef {object} ApiRequest
 * @property {string} method
 * @property {string} path relative to /api/v1, e.g. '/appointments/7'
 * @property {URLSearchParams} query
 * @property {Buffer} body
 * @property {string | undefined} contentType
 * @property {string[]} scopes of the calling key
 * @property {EnvironmentStore} store the calling key's environment
 */

const STATUSES = ['PENDING_PAYMENT', 'SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];
const MAX_PAGE_SIZE = 100;
const READ = 'appointments:read';
const CREATE = 'appointments:create';

/**
 * @param {number} credits
 * @param {number} firstId ids differ between environments, as they would between two databases
 * @returns {EnvironmentStore}
 */
export function createEnvironmentStore(credits, firstId) {
  return { credits, appointments: new Map(), nextId: firstId };
}

/**
 * @param {object} options
 * @param {Department[]} options.departments
 * @param {{ id: number, name: string }} options.organization
 * @param {'number' | 'string'} options.idType how ids are written (the docs say number, the Node SDK string)
 * @param {(name: string, method: string, path: string) => unknown} options.takeFault consumes an in-route fault
 * @param {(type: string, object: Record<string, unknown>) => void} options.onEvent webhook trigger
 */
export function createAppointmentApi({ departments, organization, idType, takeFault, onEvent }) {
  /** @param {Appointment} appointment */
  const present = (appointment) => ({ ...appointment, id: idType === 'string' ? String(appointment.id) : appointment.id });

  /** @param {EnvironmentStore} store @param {string} rawId */
  const find = (store, rawId) => (/^\d+$/.test(rawId) ? store.appointments.get(Number(rawId)) : undefined);

  /** @typedef {(request: ApiRequest, id: string) => ApiResult} Handler */
  /** @satisfies {Record<string, Handler>} */
  const handlers = {
    listDepartments: () =>
      apiJson(
        200,
        departments.map((d) => ({ id: d.id, name: d.name, description: d.description ?? '', organization }))
      ),

    organization: ({ store }) => apiJson(200, { ...organization, availableCredits: store.credits }),

    listAppointments({ query, store }) {
      const page = intParam(query, 'page', 0, 0);
      const requested = intParam(query, 'size', 20, 1);
      if (typeof page !== 'number') return page;
      if (typeof requested !== 'number') return requested;
      const size = Math.min(requested, MAX_PAGE_SIZE); // Spring clamps rather than refuses
      const status = query.get('status');
      if (status && !STATUSES.includes(status)) return apiError(400, 'INVALID_FIELD_VALUE', { field: 'status', allowed: STATUSES });
      const departmentId = query.get('departmentId');
      const externalUserId = query.get('externalUserId');
      const startDate = query.get('startDate');
      const endDate = query.get('endDate');
      const matching = [...store.appointments.values()].filter(
        (a) =>
          (!status || a.status === status) &&
          (!departmentId || String(a.departmentId) === departmentId) &&
          (!externalUserId || a.externalUserId === externalUserId) &&
          // Prefix comparison makes a bare date cover that whole day at either end.
          (!startDate || a.dateTime >= startDate) &&
          (!endDate || a.dateTime.slice(0, endDate.length) <= endDate)
      );
      const totalPages = Math.ceil(matching.length / size);
      const without =
        /** @type {{ listWithout?: { fields: string[] } } | undefined} */ (takeFault('listWithout', 'GET', '/appointments'))?.listWithout?.fields ?? [];
      /** @param {Appointment} a */
      const listed = (a) => Object.fromEntries(Object.entries(present(a)).filter(([key]) => !without.includes(key)));
      return apiJson(200, {
        content: matching.slice(page * size, (page + 1) * size).map(listed),
        page,
        size,
        totalElements: matching.length,
        totalPages,
        last: page >= totalPages - 1
      });
    },

    createAppointment({ body: raw, contentType, store, method, path }) {
      if (!/^application\/json\b/i.test(contentType ?? '')) return apiError(415, 'UNSUPPORTED_MEDIA_TYPE');
      let body;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return apiError(400, 'INVALID_REQUEST', {}, 'Request body is not valid JSON');
      }
      const invalid = createBodyError(body);
      if (invalid) return invalid;
      if (!departments.some((d) => d.id === body.departmentId)) return apiError(404, 'DEPARTMENT_NOT_FOUND', { departmentId: body.departmentId });
      if (takeFault('slotUnavailable', method, path)) return apiError(409, 'SLOT_NOT_AVAILABLE', { dateTime: body.dateTime });
      const duplicate =
        body.externalUserId !== undefined &&
        [...store.appointments.values()].some((a) => a.status === 'SCHEDULED' && a.externalUserId === body.externalUserId && a.dateTime === body.dateTime);
      if (duplicate) return apiError(409, 'DUPLICATE_APPOINTMENT', { externalUserId: body.externalUserId, dateTime: body.dateTime });
      if (store.credits < 1) return apiError(402, 'INSUFFICIENT_CREDITS', { required: 1, available: store.credits });

      /** @type {Appointment} */
      const appointment = {
        id: store.nextId++,
        departmentId: body.departmentId,
        dateTime: body.dateTime,
        status: 'SCHEDULED',
        name: body.name,
        qrCode: `MC-${randomBytes(8).toString('hex').toUpperCase()}`,
        createdAt: new Date().toISOString(),
        ...(body.externalUserId !== undefined ? { externalUserId: body.externalUserId } : {}),
        ...(body.workerId !== undefined ? { workerId: body.workerId } : {})
      };
      store.appointments.set(appointment.id, appointment);
      store.credits -= 1;
      onEvent('appointment.created', { ...present(appointment), creditsUsed: 1 });
      // The appointment exists and was paid for; only the answer is lost.
      if (takeFault('dropAfterCommit', method, path)) return { status: 0, dropConnection: true };
      // The appointment exists and was paid for; the answer says so in an undocumented way.
      const odd = /** @type {{ bookedAnswer?: { status: number, shape?: string, extra?: Record<string, unknown> } } | undefined} */ (
        takeFault('bookedAnswer', method, path)
      )?.bookedAnswer;
      if (odd) {
        const body = odd.shape === 'nested' ? { data: present(appointment) } : odd.shape === 'none' ? {} : present(appointment);
        return apiJson(odd.status, { ...body, ...odd.extra });
      }
      return apiJson(201, present(appointment));
    },

    getAppointment({ store }, id) {
      const appointment = find(store, id);
      return appointment ? apiJson(200, present(appointment)) : apiError(404, 'APPOINTMENT_NOT_FOUND', { id });
    },

    cancelAppointment({ store, query }, id) {
      const appointment = find(store, id);
      if (!appointment) return apiError(404, 'APPOINTMENT_NOT_FOUND', { id });
      // A retried cancel must not fail nor refund twice: answer 204 and change nothing.
      if (appointment.status === 'CANCELLED') return { status: 204 };
      appointment.status = 'CANCELLED';
      appointment.cancelledAt = new Date().toISOString();
      appointment.cancelReason = query.get('reason') ?? 'Cancelled via API';
      store.credits += 1;
      onEvent('appointment.cancelled', { ...present(appointment), creditsUsed: 1, creditsRefunded: 1 });
      return { status: 204 };
    }
  };

  /** @type {{ pattern: RegExp, methods: Record<string, { handler: Handler, scope?: string }> }[]} */
  const routes = [
    { pattern: /^\/departments$/, methods: { GET: { handler: handlers.listDepartments } } },
    { pattern: /^\/organizations\/me$/, methods: { GET: { handler: handlers.organization } } },
    {
      pattern: /^\/appointments$/,
      methods: {
        GET: { handler: handlers.listAppointments, scope: READ },
        POST: { handler: handlers.createAppointment, scope: CREATE }
      }
    },
    {
      pattern: /^\/appointments\/([^/]+)$/,
      methods: {
        GET: { handler: handlers.getAppointment, scope: READ },
        DELETE: { handler: handlers.cancelAppointment, scope: CREATE }
      }
    }
  ];

  /**
   * Routes one authenticated request.
   * @param {ApiRequest} request
   * @returns {ApiResult}
   */
  return function handle(request) {
    const path = request.path.length > 1 ? request.path.replace(/\/$/, '') : request.path;
    for (const { pattern, methods } of routes) {
      const match = pattern.exec(path);
      if (!match) continue;
      const route = methods[request.method];
      if (!route) return { ...apiError(405, 'METHOD_NOT_ALLOWED', { allowed: Object.keys(methods) }), headers: { allow: Object.keys(methods).join(', ') } };
      if (route.scope && !request.scopes.includes(route.scope)) {
        return apiError(403, 'INSUFFICIENT_SCOPE', { required: route.scope, granted: request.scopes });
      }
      return route.handler({ ...request, path }, match[1] ?? '');
    }
    return apiError(404, 'NOT_FOUND', { path: request.path });
  };
}
