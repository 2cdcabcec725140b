import { describe, expect, it } from '@jest/globals';
import { redactingIO, type GateIO } from '../../src/io/gate-io.js';
import { makeRedactor } from '../../src/redact.js';

const KEY = 'mk_live_Zx81Qw27Er93Ty45Ui06';

function recording(): { io: GateIO; written: string[] } {
  const written: string[] = [];
  return {
    written,
    io: {
      registerSecret: (v) => written.push(`mask ${v}`),
      info: (l) => written.push(l),
      debug: (l) => written.push(`debug|${l}`),
      group: async (title, body) => {
        written.push(`group|${title}`);
        return body();
      },
      annotate: (a) => written.push(`${a.level}|${a.title}|${a.message}`),
      setOutput: (n, v) => written.push(`${n}=${v}`),
      writeSummary: async (m) => void written.push(m),
      setFailed: (m) => written.push(`failed|${m}`)
    }
  };
}

/** What the runner would read as a command: `::x` at a line start (after spaces) or `##[` anywhere. */
const COMMAND = /^\s*::|##\[/m;

const HOSTILE = [
  '::add-mask::x',
  '  \t::set-output name=result::pass',
  'ok\n::stop-commands::tok',
  'ok\r::error::fake',
  'see ##[set-output name=result;]pass',
  '##[add-mask]x',
  'x ##[error]forged',
  '\u2028::warning::after a line separator',
  '\u00a0::notice::after a no-break space'
];

describe('redactingIO', () => {
  it.each(HOSTILE)('when a log line holds %j then no runner command can start from it', async (text) => {
    const { io, written } = recording();
    const out = redactingIO(io, makeRedactor([]));
    out.info(`api: ${text}`);
    out.info(text);
    out.annotate({ level: 'warning', title: text, message: text });
    out.setOutput('reason', text);
    out.setFailed(text);
    await out.writeSummary(text);
    for (const line of written) expect({ line, command: COMMAND.test(line) }).toEqual({ line, command: false });
    // Each log line is one line.
    for (const line of written.slice(0, 2)) expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
  });

  it('when text holds bidi or zero-width characters then every output shows them as code points', async () => {
    const { io, written } = recording();
    const out = redactingIO(io, makeRedactor([]));
    const text = 'pass\u202Eliaf \u2066x\u2069 a\u200Bb \uFEFF \u061C \u200E\u200F';
    out.info(text);
    out.annotate({ level: 'error', title: text, message: text });
    out.setOutput('o', text);
    await out.writeSummary(text);
    out.setFailed(text);
    for (const line of written) {
      expect(line).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u061C]/);
      expect(line).toContain('<U+202E>');
    }
  });

  it('when a multi-line message is annotated then its lines are kept, a CR shown', () => {
    const { io, written } = recording();
    redactingIO(io, makeRedactor([])).annotate({ level: 'error', title: 't', message: 'one\ntwo\r\nthree\rfour' });
    expect(written).toEqual(['error|t|one\ntwo\nthree<U+000D>four']);
  });

  it('when a secret is split by invisible characters then it is redacted before they are shown', () => {
    const { io, written } = recording();
    redactingIO(io, makeRedactor([KEY])).info(`key mk_live_${[...KEY.slice(8)].join('\u200B')} end`);
    expect(written).toEqual(['key mk_live_[redacted] end']);
  });

  it('when the gate registers a secret then it reaches the runner unchanged, to be masked', () => {
    const { io, written } = recording();
    redactingIO(io, makeRedactor([KEY])).registerSecret(KEY);
    expect(written).toEqual([`mask ${KEY}`]);
  });
});
