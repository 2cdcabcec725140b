/** The verdict on the pattern of the four answers, with no I/O. */
import { describe, expect, it } from '@jest/globals';
import { diagnose, needsDifferential, NEVER_MATCHES_HINTS, probesToRetry, type ProbeAnswer } from '../../src/webhook/diagnosis.js';

type Given = number | 'timeout' | 'reset';
const answer = (name: ProbeAnswer['name'], given: Given, extra: Partial<ProbeAnswer> = {}): ProbeAnswer =>
  typeof given === 'number'
    ? ({ name, kind: 'answered', status: given, timeMs: 12.4, ...extra } as ProbeAnswer)
    : {
        name,
        kind: 'failed',
        timeMs: 5000,
        failure:
          given === 'timeout'
            ? { kind: 'timeout', code: 'TIMEOUT', message: 'app.example did not answer within 5000 ms' }
            : { kind: 'reset', code: 'ECONNRESET', message: 'app.example closed the connection without a complete answer' }
      };
const run = (genuine: Given, wrongSecret: Given, noSignature: Given, tampered: Given, extra: Partial<ProbeAnswer> = {}) =>
  diagnose(answer('genuine', genuine, extra), [answer('wrong-secret', wrongSecret), answer('no-signature', noSignature), answer('tampered-body', tampered)]);

describe('diagnose: when ... then ...', () => {
  it.each<[string, [Given, Given, Given, Given], 'pass' | 'warn' | 'fail', RegExp]>([
    ['a correct verifier', [200, 401, 401, 401], 'pass', /^accepted the signed test event in 12 ms \(200\); rejected the 3 forged ones \(401, 401, 401\)$/],
    ['a verifier answering 204 and 400/403', [204, 403, 400, 401], 'pass', /\(204\); rejected the 3 forged ones \(403, 400, 401\)$/],
    [
      'an endpoint that accepts anything',
      [200, 200, 200, 200],
      'fail',
      /^the endpoint accepts forged webhooks: wrong secret \(200\), no signature \(200\), altered body \(200\)$/
    ],
    ['a verifier that skips a missing header', [200, 401, 202, 401], 'fail', /^the endpoint accepts forged webhooks: no signature \(202\)$/],
    ['a verifier that hashes a stored payload', [200, 401, 401, 200], 'fail', /accepts forged webhooks: altered body \(200\)$/],
    [
      'a verifier that never matches',
      [401, 401, 401, 401],
      'fail',
      /^the correctly signed test event was rejected \(401 in 12 ms\), like the forged ones: the endpoint’s signature check never matches a real delivery$/
    ],
    [
      'forgeries rejected by crashing',
      [200, 500, 500, 401],
      'warn',
      /; forged ones were not rejected with a 4xx: wrong secret got 500, no signature got 500 \(rejected by crashing\)$/
    ],
    ['a forgery redirected', [200, 401, 302, 401], 'warn', /not rejected with a 4xx: no signature got 302$/],
    [
      'a forgery unanswered',
      [200, 401, 'reset', 401],
      'fail',
      /^accepted the signed test event in 12 ms \(200\), but could not tell whether it rejects forged ones: no signature: app\.example closed the connection/
    ],
    [
      'a genuine timeout',
      ['timeout', 'timeout', 'timeout', 'timeout'],
      'fail',
      /^the signed test event got no answer: app\.example did not answer within 5000 ms$/
    ],
    ['500 to everything', [500, 500, 500, 500], 'fail', /^the endpoint answered 500 to every request, the signed test event included/],
    ['a crash on the genuine event only', [500, 401, 401, 401], 'fail', /^the endpoint failed on the signed test event: 500 in 12 ms$/],
    [
      'a redirect of everything',
      [301, 301, 301, 301],
      'fail',
      /^the signed test event was answered 301, a redirect, in 12 ms: MONCRENEAU does not follow redirects$/
    ],
    ['no route', [404, 404, 404, 404], 'fail', /answered 404 in 12 ms: no route at webhook-url’s path$/],
    ['GET only', [405, 405, 405, 405], 'fail', /the route does not accept POST$/],
    ['rate limited', [429, 401, 401, 401], 'fail', /rate limited \(429 in 12 ms\)$/],
    [
      'a genuine 401 while a forgery is accepted',
      [401, 401, 200, 401],
      'fail',
      /^the endpoint accepts forged webhooks: no signature \(200\); and the signed test event was not accepted \(401 in 12 ms\)$/
    ]
  ])('%s', (_label, [genuine, wrongSecret, noSignature, tampered], status, summary) => {
    const out = run(genuine, wrongSecret, noSignature, tampered);
    expect(out.status).toBe(status);
    expect(out.summary).toMatch(summary);
    expect(out.details.slice(0, 4)).toHaveLength(4);
    if (status !== 'pass') expect(out.hints.length).toBeGreaterThan(0);
    else expect(out.hints).toEqual([]);
  });

  it('lists the four ways a verifier never matches, the SDK traps included', () => {
    const hints = run(401, 401, 401, 401).hints.join('\n');
    expect(NEVER_MATCHES_HINTS).toHaveLength(4);
    expect(hints).toMatch(/staging and production secrets differ/);
    expect(hints).toMatch(/X-Webhook-Signature/);
    expect(hints).toMatch(/compare the hex after sha256=/);
    expect(hints).toMatch(/raw request bytes/);
  });

  it('adds the test-event note when the genuine event gets a 400, which may be content validation', () => {
    const out = run(400, 400, 400, 400);
    expect(out.summary).toMatch(/rejected \(400 in 12 ms\), like the forged ones/);
    expect(out.hints.at(-1)).toMatch(/gateTest: true/);
  });

  it('says the endpoint accepts anything when every forgery gets a 2xx, in one hint', () => {
    expect(run(200, 200, 200, 200).hints).toEqual([expect.stringMatching(/accepts anything: X-Moncreneau-Signature is not verified/)]);
  });

  it('gives one hint per accepted forgery otherwise', () => {
    const hints = run(200, 200, 401, 200).hints;
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/another secret/);
    expect(hints[1]).toMatch(/altered body/);
  });

  it('names a redirect’s target and lists every probe with its status and time', () => {
    const out = run(302, 302, 302, 302, { location: 'https://app.example/webhooks/' } as Partial<ProbeAnswer>);
    expect(out.summary).toBe(
      'the signed test event was answered 302, a redirect to https://app.example/webhooks/, in 12 ms: MONCRENEAU does not follow redirects'
    );
    expect(out.details[0]).toBe('Signed test event: 302 to https://app.example/webhooks/ in 12 ms');
    expect(out.details.slice(1, 4)).toEqual([
      'Forged: signed with a wrong secret: 302 in 12 ms',
      'Forged: no signature header: 302 in 12 ms',
      'Forged: body altered after signing: 302 in 12 ms'
    ]);
  });

  it('quotes the answer to a rejected genuine event, as a JSON string', () => {
    const out = run(401, 401, 401, 401, { body: '{"error":"invalid signature"}' } as Partial<ProbeAnswer>);
    expect(out.details).toContain('Answer to the signed test event: "{\\"error\\":\\"invalid signature\\"}"');
  });

  it('explains a timeout with the 5-second rule and a failure with its time', () => {
    const out = run('timeout', 'timeout', 'timeout', 'timeout');
    expect(out.hints[0]).toMatch(/within 5 seconds: acknowledge with a 2xx at once/);
    expect(out.details[0]).toBe('Signed test event: no answer, app.example did not answer within 5000 ms (after 5000 ms)');
  });
});

describe('answers about load or repetition', () => {
  const p = (name: ProbeAnswer['name'], status: number, earlier?: number): ProbeAnswer =>
    ({ name, kind: 'answered', status, timeMs: 3, ...(earlier ? { earlier: { kind: 'answered', status: earlier, timeMs: 2 } } : {}) }) as ProbeAnswer;

  it('retries once the probes answered 408, 409, 423, 425, 429 or 503, when nothing forged was accepted', () => {
    expect(probesToRetry(p('genuine', 200), [p('wrong-secret', 423), p('no-signature', 401), p('tampered-body', 429)])).toEqual([
      'wrong-secret',
      'tampered-body'
    ]);
    expect(probesToRetry(p('genuine', 503), [p('wrong-secret', 408), p('no-signature', 425), p('tampered-body', 409)])).toEqual([
      'genuine',
      'wrong-secret',
      'no-signature',
      'tampered-body'
    ]);
    expect(probesToRetry(p('genuine', 200), [p('wrong-secret', 200), p('no-signature', 423), p('tampered-body', 401)])).toEqual([]);
    expect(probesToRetry(p('genuine', 401), [p('wrong-secret', 423), p('no-signature', 401), p('tampered-body', 401)])).toEqual([]);
    expect(probesToRetry(p('genuine', 200), [p('wrong-secret', 423, 423), p('no-signature', 401), p('tampered-body', 401)])).toEqual([]);
  });

  it('never counts them as a rejection, even after the retry, and shows both answers', () => {
    const out = diagnose(p('genuine', 200), [p('wrong-secret', 423, 423), p('no-signature', 401), p('tampered-body', 401)]);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(
      /could not tell whether it rejects forged ones: wrong secret got 423 twice, an answer about load or repetition, not the signature$/
    );
    expect(out.details[1]).toBe('Forged: signed with a wrong secret: 423 in 2 ms, then retried with a fresh event id: 423 in 3 ms');
  });

  it('counts a forgery’s 401 after its retry, once the genuine event was accepted', () => {
    expect(diagnose(p('genuine', 200), [p('wrong-secret', 401, 429), p('no-signature', 401), p('tampered-body', 401)]).status).toBe('pass');
  });

  it('fails a genuine event answered about load twice, without guessing at the verifier', () => {
    const out = diagnose(p('genuine', 423, 423), [p('wrong-secret', 401), p('no-signature', 401), p('tampered-body', 401)]);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      'the signed test event was answered 423 in 3 ms, again when retried: an answer about load or repetition, so the gate could not tell whether it verifies'
    );
  });
});

describe('needsDifferential', () => {
  const p = (name: ProbeAnswer['name'], status: number): ProbeAnswer => ({ name, kind: 'answered', status, timeMs: 3 });
  const forged = (status: number) => [p('wrong-secret', status), p('no-signature', status), p('tampered-body', status)];
  it.each([
    [401, 401, true],
    [400, 400, true],
    [500, 500, true],
    [403, 401, true],
    [404, 404, false],
    [405, 405, false],
    [429, 401, false],
    [503, 503, false],
    [302, 302, false],
    [401, 200, false]
  ])('genuine %i, forgeries %i: %s', (genuine, forgery, expected) => {
    expect(needsDifferential(p('genuine', genuine), forged(forgery))).toBe(expected);
  });
});
