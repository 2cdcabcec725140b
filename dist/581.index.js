export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1654);
/* harmony import */ var _cli_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
/* harmony import */ var _cli_gate_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8093);
/* harmony import */ var _cli_terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1028);
/* harmony import */ var _finish_last_resort_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9837);
/* harmony import */ var _io_written_out_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(774);
/** The command line's entry point (dist/cli.js, the package's bin): runs one command and exits. */






// A fault that escapes (an uncaught exception, a rejection, a run long past its deadline) ends as
// in the action, through the run's emergency finish (a booked appointment cancelled, the report
// published), then the report rendered and exit 3: a fault of the gate, never Node's stack trace.
(0,_finish_last_resort_js__WEBPACK_IMPORTED_MODULE_4__/* .installLastResort */ .$$)(async (_code, error) => {
    if ((await (0,_cli_gate_command_js__WEBPACK_IMPORTED_MODULE_2__/* .endGateCommandAfterFault */ .Ok)()) === undefined)
        process.stderr.write(`${(0,_cli_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .faultLine */ .z)(error, process.argv.slice(2), process.env)}\n`);
    await (0,_io_written_out_js__WEBPACK_IMPORTED_MODULE_5__/* .standardStreamsWritten */ .gT)();
    process.exit(_cli_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.fault);
});
// A reader that went away (`| head`) ends the output, not the run with a stack trace.
for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
const code = await (0,_cli_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), (0,_cli_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .processTerminal */ .q)());
// A report piped to a slower reader (`--format json | jq`) is not cut short by the exit.
await (0,_io_written_out_js__WEBPACK_IMPORTED_MODULE_5__/* .standardStreamsWritten */ .gT)();
process.exit(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli),
/* harmony export */   z: () => (/* binding */ faultLine)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1436);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
/* harmony import */ var _gate_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8093);
/* harmony import */ var _gate_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1153);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7911);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5678);
/**
 * The command line: one command word, then its flags. The webhook tools and the sandbox are
 * loaded only when chosen, so `preflight` starts as fast as the action does.
 */






const COMMANDS = {
    // The gate commands are the ones CI runs: loaded with the entry, as the action loads its engine.
    ...Object.fromEntries(_gate_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_COMMANDS */ .Zc.map((mode) => [mode, async () => (argv, terminal) => (0,_gate_command_js__WEBPACK_IMPORTED_MODULE_2__/* .runGateCommand */ .wO)(mode, argv, terminal)])),
    trigger: async () => (await __webpack_require__.e(/* import() */ 813).then(__webpack_require__.bind(__webpack_require__, 9813))).runTrigger,
    verify: async () => (await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 6333))).runVerify,
    sandbox: async () => (await Promise.all(/* import() */[__webpack_require__.e(686), __webpack_require__.e(852)]).then(__webpack_require__.bind(__webpack_require__, 6852))).runSandboxCommand
};
/** Runs one command line; never throws: every end is an exit code, with its reason said. */
async function runCli(argv, terminal) {
    const [word, ...rest] = argv;
    if (word === undefined || word === '--help' || word === '-h' || word === 'help') {
        (word === undefined ? terminal.err : terminal.out)(_help_js__WEBPACK_IMPORTED_MODULE_4__/* .TOP_HELP */ .mD);
        return word === undefined ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage : _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
    }
    const load = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
    if (!load) {
        const shown = /^[\w.-]{1,40}$/.test(word) ? `'${word}'` : 'given';
        terminal.err(`error: the command ${shown} is not one of ${Object.keys(COMMANDS).join(', ')}. See moncreneau-deploy-gate --help.`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
    }
    try {
        return await (await load())(rest, terminal);
    }
    catch (error) {
        if (error instanceof _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e) {
            terminal.err(`error: ${error.message}`);
            return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage;
        }
        terminal.err(faultLine(error, rest, terminal.env));
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.fault;
    }
}
/** The one line a fault of the command line ends with: no stack, no secret. */
function faultLine(error, argv, env) {
    // Anything the command line was given may be a secret: none of it is repeated.
    const redact = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .makeRedactor */ .$u)([env.MONCRENEAU_API_KEY ?? '', env.MONCRENEAU_WEBHOOK_SECRET ?? '', ...argv]);
    const message = (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalSafe */ .kJ)(redact(error instanceof Error ? error.message : String(error)));
    return `error: the deploy gate stopped unexpectedly: ${message}. Re-run; report it if it persists.`;
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** The command line's exit codes (contract): one meaning each, the same for every command. */
const EXIT = {
    /** Promotable; for trigger a 2xx answer, for verify a valid signature. */
    ok: 0,
    /** Blocked by a check; for trigger a non-2xx or no answer, for verify an invalid signature. */
    blocked: 1,
    /** Invalid input or usage. */
    usage: 2,
    /** A fault of the gate itself. */
    fault: 3
};
/** A mistake in how the command was called: reported in one line, exit 2, never with a stack. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ok: () => (/* binding */ endGateCommandAfterFault),
  wO: () => (/* binding */ runGateCommand)
});

// UNUSED EXPORTS: exitCodeOf, gateEnvironment

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/main.ts + 12 modules
var main = __webpack_require__(1135);
// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var src_redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var settings_inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/gate-flags.ts
var gate_flags = __webpack_require__(1153);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/junit.ts
/** Characters XML 1.0 cannot carry at all (most controls, lone surrogates, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex -- these characters are what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Text fit for an attribute or element content. */
function xmlText(value) {
    return value
        .replace(NOT_XML, '\ufffd')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\r/g, '&#13;');
}
/** Text for an attribute: line breaks and tabs as references, or XML parsers turn them into spaces. */
function xmlAttribute(value) {
    return xmlText(value).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
const seconds = (ms) => (Math.max(0, ms) / 1000).toFixed(3);
function kindOf(c, report) {
    if (c.status === 'skip')
        return 'skipped';
    if (c.status === 'fail')
        return c.id === 'gate' ? 'error' : 'failure';
    if (c.status === 'warn' && report.blocked && report.result === 'warn')
        return 'failure';
    return 'pass';
}
function testCase(c, report, kind) {
    const open = `    <testcase classname="moncreneau-deploy-gate.${xmlAttribute(report.mode)}" name="${xmlAttribute(`${c.id}: ${c.title}`)}" time="${seconds(c.durationMs)}"`;
    const body = [...c.details, ...c.hints.map((h) => `What to do: ${h}`)].join('\n');
    if (kind === 'skipped')
        return `${open}>\n      <skipped message="${xmlAttribute(c.summary)}"/>\n    </testcase>`;
    if (kind === 'failure' || kind === 'error') {
        return `${open}>\n      <${kind} message="${xmlAttribute(c.summary)}" type="${c.status}">${xmlText(body)}</${kind}>\n    </testcase>`;
    }
    if (c.status === 'warn')
        return `${open}>\n      <system-out>${xmlText([`warning: ${c.summary}`, body].filter(Boolean).join('\n'))}</system-out>\n    </testcase>`;
    return `${open}/>`;
}
function renderJUnit(report) {
    const kinds = report.checks.map((c) => kindOf(c, report));
    const count = (k) => kinds.filter((x) => x === k).length;
    const totals = `tests="${report.checks.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds(report.durationMs)}"`;
    const suiteName = xmlAttribute(`MONCRENEAU deploy gate ${report.mode} (${report.environment})`);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="MONCRENEAU deploy gate" ${totals}>`,
        `  <testsuite name="${suiteName}" ${totals} timestamp="${xmlText(report.startedAt.slice(0, 19))}">`,
        ...report.checks.map((c, i) => testCase(c, report, kinds[i])),
        // Something to do by hand at once (a test appointment left behind): never only in the log.
        ...(report.alert
            ? [`    <system-err>${xmlText(['ACT NOW: ' + report.alert.message, report.alert.command ?? ''].filter(Boolean).join('\n'))}</system-err>`]
            : []),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/readable-report.ts
/** Status words with a mark that survives a log without colour or emoji fonts. */
const STATUS_WORD = { pass: '\u2714 pass', warn: '! warn', fail: '\u2716 fail', skip: '- skip' };
function colourFor(status, p) {
    if (status === 'pass')
        return p.green;
    if (status === 'warn')
        return p.yellow;
    if (status === 'fail')
        return p.red;
    return p.dim;
}
function verdict(report) {
    if (report.data?.rollback === true)
        return { text: 'ROLL BACK', status: 'fail' };
    if (report.result === 'fail')
        return { text: 'BLOCKED', status: 'fail' };
    if (report.result === 'warn')
        return report.blocked ? { text: 'BLOCKED on warnings (fail-on: warning)', status: 'fail' } : { text: 'PROMOTABLE, with warnings', status: 'warn' };
    return { text: 'PROMOTABLE', status: 'pass' };
}
const duration = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
function checkLines(c, idWidth, p, clean) {
    const time = c.status === 'skip' ? '' : p.dim(` (${duration(c.durationMs)})`);
    const lines = [`  ${colourFor(c.status, p)(STATUS_WORD[c.status])}  ${p.bold(c.id.padEnd(idWidth))}  ${clean(c.summary)}${time}`];
    if (c.status === 'fail' || c.status === 'warn') {
        const indent = ' '.repeat(idWidth + 12);
        for (const d of c.details)
            lines.push(`${indent}${p.dim(clean(d))}`);
        for (const h of c.hints)
            lines.push(`${indent}\u2192 ${clean(h)}`);
    }
    return lines;
}
/**
 * @param clean applied to every piece of text the report carries (server text included), before
 *   any colour is added
 */
function renderReadable(report, p, clean) {
    const v = verdict(report);
    const idWidth = Math.max(0, ...report.checks.map((c) => c.id.length));
    const lines = [];
    if (report.alert) {
        lines.push(p.red(p.bold(`ACT NOW: ${clean(report.alert.message)}`)));
        if (report.alert.command)
            lines.push(`  ${clean(report.alert.command)}`);
        lines.push('');
    }
    lines.push(`MONCRENEAU deploy gate · ${clean(report.mode)} · ${clean(report.environment)}: ${colourFor(v.status, p)(p.bold(v.text))} ${p.dim(`in ${duration(report.durationMs)}`)}`);
    for (const c of report.checks)
        lines.push(...checkLines(c, idWidth, p, clean));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/cli/terminal-text.ts
var terminal_text = __webpack_require__(5678);
;// CONCATENATED MODULE: ./src/cli/terminal-io.ts

/**
 * @param write one line of text to the terminal stream (stdout, or stderr when stdout carries
 *   a report format)
 */
function createTerminalIO(inputs, redact, write) {
    let report;
    let inputsValid = true;
    let summary;
    let failure;
    const outputs = {};
    /** Titles of annotations that only repeat a check's row, which the rendered report shows. */
    let repeated = new Set();
    const say = (text) => write((0,terminal_text/* terminalSafe */.kJ)(redact(text)));
    return {
        // Inputs by name, as given on the command line (untrimmed, like the runner adapter).
        readInput: (name) => inputs[name] ?? '',
        registerSecret: () => undefined,
        info(line) {
            // Once the report exists, the engine's lines only repeat its rows.
            if (report === undefined)
                say(line);
        },
        // The runner's debug channel (every HTTP exchange) has no terminal counterpart yet.
        debug: () => undefined,
        group: (title, body) => {
            if (report === undefined)
                say(title);
            return body();
        },
        annotate(a) {
            if (repeated.has(a.title))
                return;
            say(`${a.level}: ${a.title}: ${a.message}`);
        },
        setOutput(name, value) {
            outputs[name] = redact(value);
        },
        async writeSummary(markdown) {
            summary = redact(markdown);
        },
        setFailed(message) {
            failure = redact(message);
        },
        receiveReport(r, valid) {
            report = r;
            inputsValid = valid;
            repeated = new Set(['Act now', ...r.checks.map((c) => `${c.title} (${c.id})`)]);
        },
        get report() {
            return report;
        },
        get inputsValid() {
            return inputsValid;
        },
        get summary() {
            return summary;
        },
        get failure() {
            return failure;
        },
        get outputs() {
            return outputs;
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/gate-command.ts
/**
 * `preflight`, `smoke`, `watch`: flags -> inputs -> the action's own engine (src/main.ts run),
 * with a terminal IO instead of the runner's, then the report in the format asked for.
 */













/**
 * The engine's environment: the caller's, less any INPUT_* variable it carries (outside a
 * runner only the flags are inputs), plus the flags as the runner would pass them, and a
 * temporary folder for the JSON report the engine always writes.
 */
function gateEnvironment(base, mode, inputs, runnerTemp) {
    const env = {};
    for (const [name, value] of Object.entries(base))
        if (!name.startsWith('INPUT_'))
            env[name] = value;
    env[(0,settings_inputs/* inputVariable */.LO)('mode')] = mode;
    for (const [name, value] of Object.entries(inputs))
        env[(0,settings_inputs/* inputVariable */.LO)(name)] = value;
    env.RUNNER_TEMP = runnerTemp;
    return env;
}
/** Every secret the run could know: given as flags or in the environment variables they fall back to. */
function secretsOf(inputs, env) {
    return settings_inputs/* SECRET_INPUTS */.pH.flatMap((name) => {
        const variable = (0,settings_inputs/* fallbackVariable */.$W)(name);
        return [inputs[name] ?? '', variable ? (env[variable] ?? '') : ''];
    });
}
/** The exit code the contract gives the run's end. */
function exitCodeOf(io) {
    const report = io.report;
    if (!report)
        return exit_codes/* EXIT */.d.fault;
    if (!io.inputsValid)
        return exit_codes/* EXIT */.d.usage;
    if (report.checks.some((c) => c.id === 'gate' && c.status === 'fail'))
        return exit_codes/* EXIT */.d.fault;
    return report.blocked ? exit_codes/* EXIT */.d.blocked : exit_codes/* EXIT */.d.ok;
}
function rendered(format, report, summary) {
    if (format === 'json')
        return `${JSON.stringify(report, null, 2)}\n`;
    if (format === 'junit')
        return renderJUnit(report);
    return `${summary ?? ''}\n`;
}
async function runGateCommand(mode, argv, terminal) {
    const args = (0,gate_flags/* parseGateArgs */.Ai)(mode, argv);
    if (args.help) {
        terminal.out((0,help/* gateHelp */.pi)(mode));
        return exit_codes/* EXIT */.d.ok;
    }
    for (const warning of args.warnings)
        terminal.err(warning);
    const redact = (0,src_redact/* makeRedactor */.$u)(secretsOf(args.inputs, terminal.env));
    // Readable text stays on stdout unless stdout carries the report itself.
    const formatOnStdout = args.format !== 'text' && args.output === undefined;
    const readable = formatOnStdout ? terminal.err : terminal.out;
    const colour = (0,terminal_text/* wantsColour */.Ml)(formatOnStdout ? terminal.errIsTTY : terminal.outIsTTY, terminal.env);
    // The command is the mode input: the engine reads every input through the IO.
    const io = createTerminalIO({ ...args.inputs, mode }, redact, readable);
    const runnerTemp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'moncreneau-gate-cli-'));
    let ending;
    // Once: after the run, or after a fault that escaped it (the emergency finish published its report).
    const end = () => (ending ??= (async () => {
        (0,external_node_fs_.rmSync)(runnerTemp, { recursive: true, force: true });
        return renderEnd(io, args, readable, redact, colour, terminal);
    })());
    renderAfterFault = end;
    try {
        // The engine reads this environment once, into its run context: the process's own is left alone.
        await (0,main/* run */.e)(gateEnvironment(terminal.env, mode, args.inputs, runnerTemp), io, io.receiveReport);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(runnerTemp, { recursive: true, force: true });
        throw error;
    }
    finally {
        renderAfterFault = undefined;
    }
    return end();
}
/** Set while a gate command runs: how it ends when a fault escapes the run (src/cli.ts). */
let renderAfterFault;
/**
 * The end of a gate command after a fault escaped its run: the report the emergency finish
 * published, rendered as usual, and exit 3 whatever it says; undefined when no command runs.
 */
async function endGateCommandAfterFault() {
    if (!renderAfterFault)
        return undefined;
    await renderAfterFault();
    return exit_codes/* EXIT */.d.fault;
}
/** The readable text, the report in the format asked for, and the exit code. */
async function renderEnd(io, args, readable, redact, colour, terminal) {
    const report = io.report;
    if (!report) {
        readable((0,terminal_text/* terminalSafe */.kJ)(redact(io.failure ?? 'The deploy gate stopped unexpectedly.')));
        return exit_codes/* EXIT */.d.fault;
    }
    const clean = (s) => (0,terminal_text/* terminalSafe */.kJ)(redact(s));
    // Each piece of the readable report sits on its row: a server's line break must not start one.
    const cleanLine = (s) => (0,terminal_text/* terminalLine */.tL)(redact(s));
    readable(renderReadable(report, (0,terminal_text/* palette */.MF)(colour), cleanLine));
    if (args.format !== 'text' || args.output !== undefined) {
        const text = args.format === 'text' ? `${renderReadable(report, (0,terminal_text/* palette */.MF)(false), cleanLine)}\n` : clean(rendered(args.format, report, io.summary));
        if (args.output === undefined)
            terminal.out(text.replace(/\n$/, ''));
        else {
            try {
                await terminal.writeFile(args.output, text);
                readable(`${args.format === 'text' ? 'Report' : `The ${args.format} report`} written to ${clean(args.output)}`);
            }
            catch (error) {
                terminal.err(clean(`error: the report could not be written to ${args.output}: ${error.message}`));
                return exit_codes/* EXIT */.d.fault;
            }
        }
    }
    return exitCodeOf(io);
}


/***/ }),

/***/ 1153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ INPUT_FLAGS),
/* harmony export */   Ai: () => (/* binding */ parseGateArgs),
/* harmony export */   Zc: () => (/* binding */ GATE_COMMANDS),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   i$: () => (/* binding */ defaultInWords)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6748);
/* harmony import */ var _settings_modes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4953);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);
/**
 * The flags of `preflight`, `smoke` and `watch`, derived from the engine's one table of inputs
 * (src/settings/input-table.ts, kept equal to action.yml by a test): every input is a flag of
 * the same name, except `mode`, which is the command itself.
 */




/** One command per mode. */
const GATE_COMMANDS = _settings_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .MODE_NAMES */ .J;
/** Every input but `mode`, in action.yml's order. */
const INPUT_FLAGS = _settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh.filter((name) => (0,_settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name).flag !== false);
const FORMATS = ['text', 'markdown', 'json', 'junit'];
/** Something that looks like a credential is not echoed back in an error. */
const looksSecret = (s) => /^(mk_|whsec_|gh[opsur]_|github_pat_)/i.test(s) || s.length >= 24;
function secretFlagWarning(name) {
    const variable = (0,_settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name).env;
    const instead = variable ? `set ${variable} in the environment instead` : 'pass it from a variable your CI masks';
    return `warning: --${name} on the command line lands in shell history and process lists; ${instead}.`;
}
function parseGateArgs(command, argv) {
    const options = Object.fromEntries(INPUT_FLAGS.map((name) => [name, { type: 'string', multiple: true }]));
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            options: {
                ...options,
                format: { type: 'string', multiple: true },
                output: { type: 'string', multiple: true },
                help: { type: 'boolean', short: 'h' },
                mode: { type: 'string', multiple: true }
            },
            allowPositionals: true,
            strict: true
        });
    }
    catch (error) {
        const first = error.message.split('\n')[0].replace(/\. To specify .*$/, '');
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${first} (see moncreneau-deploy-gate ${command} --help)`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 0) {
        const shown = looksSecret(positionals[0]) ? 'an argument (not shown: it may be a secret)' : `'${positionals[0]}'`;
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${command} takes no arguments, only flags: unexpected ${shown}. Flags are --<input> <value>.`);
    }
    if (values.mode)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--mode is not a flag here: the mode is the command (moncreneau-deploy-gate ${command}).`);
    const single = (name, given) => {
        if (!given)
            return undefined;
        if (new Set(given).size > 1)
            throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--${name} was given ${given.length} times with different values; give it once.`);
        return given[0];
    };
    const inputs = {};
    const warnings = [];
    for (const name of INPUT_FLAGS) {
        const given = values[name];
        if (!given)
            continue;
        // A list's repeated flag adds to it.
        inputs[name] = (0,_settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name).list ? given.join(',') : single(name, given);
        if (_settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_INPUTS */ .pH.includes(name))
            warnings.push(secretFlagWarning(name));
    }
    const format = single('format', values.format) ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--format: '${format}' is not a format; expected one of ${FORMATS.join(', ')}.`);
    }
    const output = single('output', values.output);
    if (output === '')
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('--output: give a file name.');
    return { inputs, format: format, output, help: values.help === true, warnings };
}
/** The default of an input as the command line applies it, in words. */
function defaultInWords(name) {
    const spec = (0,_settings_input_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name);
    if (spec.help)
        return spec.help.default;
    if (spec.env)
        return `$${spec.env}${spec.default === '' ? '' : `, else ${spec.default}`}`;
    return spec.default === '' ? '(none)' : spec.default;
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ PROGRAM),
/* harmony export */   mD: () => (/* binding */ TOP_HELP),
/* harmony export */   pi: () => (/* binding */ gateHelp)
/* harmony export */ });
/* harmony import */ var _settings_input_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6748);
/* harmony import */ var _gate_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1153);
/** The command line's help texts: every flag with its default. */


const PROGRAM = 'moncreneau-deploy-gate';
const TOP_HELP = `${PROGRAM}: the MONCRENEAU deploy gate outside GitHub Actions, and webhook tools.

Usage:
  ${PROGRAM} preflight|smoke|watch [--<input> <value>]... [--format F] [--output FILE]
  ${PROGRAM} trigger <event-type> --url <webhook-url> [--set <path>=<value>]...
  ${PROGRAM} verify --signature <header value> --body-file <file>
  ${PROGRAM} sandbox [--https]
  ${PROGRAM} --help | <command> --help

Commands:
  preflight  checks before promotion: config, api, webhook, credits
  smoke      books a live test appointment, sees its webhooks confirmed, cancels it
  watch      watches production after the deploy against rollback criteria
  trigger    sends your application one correctly signed MONCRENEAU event
  verify     checks a captured delivery's signature, and says why it does not match
  sandbox    a local MONCRENEAU API and webhook endpoint to develop against

Secrets come from the environment: MONCRENEAU_API_KEY, MONCRENEAU_WEBHOOK_SECRET.
Exit codes: 0 promotable (or: 2xx answer, valid signature), 1 blocked (or: not 2xx, invalid),
2 invalid input or usage, 3 a fault of the gate itself.`;
const WHAT = {
    preflight: 'Checks, before promotion, that keys, API access, the webhook endpoint and credits are ready.',
    smoke: 'Books a live test appointment, sees its webhooks confirmed, cancels it and checks the refund.',
    watch: 'Watches production after the deploy and says whether to roll back.'
};
function flagLine(name, description) {
    const head = `  --${name} <value>`;
    const text = description.replace(/^(Smoke|Watch) mode - /i, '');
    return [`${head}${' '.repeat(Math.max(2, 34 - head.length))}default: ${(0,_gate_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultInWords */ .i$)(name)}`, ...(text ? [`      ${text}`] : [])];
}
function gateHelp(command) {
    const groups = { general: [], smoke: [], watch: [] };
    for (const name of _gate_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_FLAGS */ .$S) {
        const spec = (0,_settings_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .inputSpec */ .mm)(name);
        groups[spec.group ?? 'general'].push(...flagLine(name, spec.description));
    }
    const others = { preflight: ['smoke', 'watch'], smoke: ['smoke', 'watch'], watch: ['watch', 'smoke'] };
    const order = ['general', ...others[command]];
    const titles = { general: "Inputs (the action's, same names and defaults)", smoke: 'Smoke mode inputs', watch: 'Watch mode inputs' };
    return [
        `Usage: ${PROGRAM} ${command} [--<input> <value>]... [--format F] [--output FILE]`,
        '',
        WHAT[command],
        '',
        'Output:',
        `  --format <F>                    default: text. One of ${_gate_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .hR.join(', ')}: text is for reading;`,
        '      markdown is the job summary, json the JSON report, junit a JUnit XML file (one test case per check)',
        '  --output <FILE>                 default: (none). Writes the format to FILE and keeps readable text on',
        '      the terminal; without it, a format other than text goes to standard output',
        '  --help                          this text',
        '',
        ...order.flatMap((g) => [`${titles[g]}:`, ...groups[g], '']),
        'Secrets come from MONCRENEAU_API_KEY and MONCRENEAU_WEBHOOK_SECRET; as flags they work, with a warning.',
        'Exit codes: 0 promotable, 1 blocked by a check, 2 invalid input or usage, 3 a fault of the gate.'
    ].join('\n');
}


/***/ }),

/***/ 5678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ palette),
/* harmony export */   Ml: () => (/* binding */ wantsColour),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   tL: () => (/* binding */ terminalLine)
/* harmony export */ });
/* harmony import */ var _inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2899);
/**
 * Text made safe for any terminal or CI log: nothing a server wrote can move the cursor, clear
 * the screen or be read as a CI runner's command (GitHub's `::name::`, `##[name]`, Azure's
 * `##vso[`), because the command line runs in logs that obey them.
 */

/** C0 and C1 controls (ESC, CSI, BEL...) except tab and line feed, and the Unicode line separators. */
// eslint-disable-next-line no-control-regex -- these characters are what is removed
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** A line a runner would read as a workflow command: `::` first, leading blanks ignored. */
const LINE_COMMAND = /^(\s*):(?=:)/gm;
/** `##[group]`, `##vso[task.setvariable ...]`: recognised anywhere in a line by some runners. */
const HASH_COMMAND = /##(?=\[|vso\[)/gi;
/**
 * Neutralised text: controls become spaces, bidi, zero-width and other invisible characters are
 * shown as <U+XXXX> (as in the job log), command openers lose their meaning but stay readable.
 */
function terminalSafe(text) {
    const spaced = text.replace(/\r\n/g, '\n').replace(CONTROLS, ' ');
    // Tabs kept: a terminal lays them out, they hide nothing.
    return spaced.split('\t').map(_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleText */ .Q6).join('\t').replace(LINE_COMMAND, '$1: ').replace(HASH_COMMAND, '# #');
}
/** One row's text: line breaks folded too (CR, NEL, U+2028 already are), so a server cannot print a row of its own. */
function terminalLine(text) {
    return terminalSafe(text.replace(/\n/g, ' '));
}
const sgr = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOURS = { green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
const PLAIN = { green: (s) => s, yellow: (s) => s, red: (s) => s, dim: (s) => s, bold: (s) => s };
/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
function wantsColour(isTTY, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTTY === true;
}
function palette(colour) {
    return colour ? COLOURS : PLAIN;
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ processTerminal)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Where the command line writes: the process's streams and files, or a test's buffers. */


async function writeWhole(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const partial = `${path}.partial-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(partial, text, 'utf8');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(partial, path);
}
function processTerminal() {
    return {
        out: (text) => void process.stdout.write(`${text}\n`),
        err: (text) => void process.stderr.write(`${text}\n`),
        outIsTTY: process.stdout.isTTY === true,
        errIsTTY: process.stderr.isTTY === true,
        env: process.env,
        writeFile: writeWhole
    };
}


/***/ })

};
