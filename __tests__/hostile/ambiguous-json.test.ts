/**
 * Hostile cases: JSON that gives a key twice. JSON.parse keeps the last value where the server's
 * own reader may keep the first, so `{"id":500,"id":7}` names two appointments and
 * `{"availableCredits":10,"availableCredits":500}` two balances. The gate takes neither: the
 * booking is found again by name, externalUserId and date (a customer's appointment named by the
 * other id is never cancelled), and the balance is unreadable. Built bundle, real servers.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

interface Listed {
  id: number;
  status: string;
  dateTime: string;
  name: string;
  externalUserId: string;
  departmentId: number;
}

let api: Hostile | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const KEY = 'mk_test_duplicateKeys0123456789';
const CUSTOMER = 7;

/** An API that really books, then answers the POST with `status` and the id given twice: ours, then the customer's. */
async function bookingApi(status: number) {
  const appointments = new Map<number, Listed>();
  let credits = 100;
  let next = 500;
  const deletes: number[] = [];
  api = await hostile((req, res, body) => {
    const url = req.url ?? '';
    if (req.method === 'GET' && url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: credits });
    if (req.method === 'POST' && url === '/api/v1/appointments') {
      const plan = JSON.parse(body) as Omit<Listed, 'id' | 'status'>;
      const ours: Listed = { ...plan, id: next++, status: 'SCHEDULED' };
      appointments.set(ours.id, ours);
      appointments.set(CUSTOMER, { ...plan, id: CUSTOMER, status: 'SCHEDULED', name: 'Mme Diallo', externalUserId: 'patient-314' });
      credits--;
      res.writeHead(status, { 'content-type': 'application/json' });
      return res.end(`{"id":${ours.id},"departmentId":1,"dateTime":"${plan.dateTime}","status":"SCHEDULED","id":${CUSTOMER}}`);
    }
    if (req.method === 'GET' && url.startsWith('/api/v1/appointments?')) {
      const mine = [...appointments.values()].filter((a) => a.externalUserId === 'moncreneau-deploy-gate');
      return json(res, 200, { content: mine, totalElements: mine.length, last: true });
    }
    const id = Number(/^\/api\/v1\/appointments\/(\d+)$/.exec(url)?.[1]);
    const found = appointments.get(id);
    if (!found) return json(res, 404, { error: { code: 'APPOINTMENT_NOT_FOUND' } });
    if (req.method === 'DELETE') {
      deletes.push(id);
      found.status = 'CANCELLED';
      credits++;
      return void res.writeHead(204).end();
    }
    return json(res, 200, found);
  });
  return { appointments, deletes, url: `${api.url}/api/v1` };
}

describe('hostile: a booking answer that gives its id twice', () => {
  it.each([201, 409])('answered %i: the customer named by the other id is untouched, the test appointment is found and cancelled', async (status) => {
    const double = await bookingApi(status);
    const run = await runBundle({
      mode: 'smoke',
      environment: 'staging',
      'api-url': double.url,
      'api-key': KEY,
      'department-id': '1',
      'timeout-seconds': '30'
    });
    expect(double.deletes).not.toContain(CUSTOMER);
    expect(double.appointments.get(CUSTOMER)?.status).toBe('SCHEDULED');
    expect([...double.appointments.values()].filter((a) => a.status === 'SCHEDULED').map((a) => a.id)).toEqual([CUSTOMER]);
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/\| Create test appointment \| ❌ Fail \| .*given twice/);
    expect(run.summary).toMatch(/\| Cancel test appointment \| ✅ Pass \|/);
    expect(run.outputs['appointment-id']).toBe('500');
  });
});

describe('hostile: a balance given twice', () => {
  it.each([
    ['the low one first', '{"availableCredits":10,"availableCredits":500}'],
    ['the low one last', '{"availableCredits":500,"availableCredits":10}'],
    ['the second spelt with an escape', '{"availableCredits":10,"available\\u0043redits":500}']
  ])('%s: the credits check cannot read it and fails', async (_label, balance) => {
    api = await hostile((req, res) => {
      if ((req.url ?? '').startsWith('/api/v1/organizations/me')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(balance);
      }
      return json(res, 200, { content: [] });
    });
    const run = await runBundle({ environment: 'staging', 'api-url': `${api.url}/api/v1`, 'api-key': KEY, checks: 'api,credits' });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/\| Credit balance \| ❌ Fail \| .*a key given twice in one object/);
    expect(run.summary).toMatch(/\| API reachability \| ✅ Pass \|/);
    expect(run.outputs.credits).toBe('');
  });
});
