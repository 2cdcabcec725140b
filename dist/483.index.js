export const id = 483;
export const ids = [483];
export const modules = {

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishRun: () => (/* binding */ publishRun),
  setEach: () => (/* binding */ setEach)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/io/report-file.ts
/** Writes the JSON report under RUNNER_TEMP (or the system temp dir: the run context's reportDir). */


/** The report's path in `dir`, one per run. */
function reportPathFor(dir, startedAt) {
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
    return (0,external_node_path_.join)(dir, `moncreneau-deploy-gate-${stamp}-${process.pid}.json`);
}
/**
 * Written at once, as the runner's files are (`@actions/core` appends to them synchronously):
 * the promise API would hand this one small file to libuv's thread pool, starting it when no DNS
 * lookup has (about 2 ms at the end of a run). A failure still rejects, so the publish reports
 * it and writes the rest.
 */
async function writeReportFile(path, json) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, json, 'utf8');
}

// EXTERNAL MODULE: ./src/redact.ts + 2 modules
var redact = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/report/pull-request-event.ts
var pull_request_event = __webpack_require__(7706);
;// CONCATENATED MODULE: ./src/engine/rollup.ts
function rollUp(results) {
    if (results.some((r) => r.status === 'fail'))
        return 'fail';
    if (results.some((r) => r.status === 'warn'))
        return 'warn';
    return 'pass';
}
/** Whether the job must fail: a fail, or a warning when the team blocks on warnings. */
function blocksPromotion(result, failOn) {
    return result === 'fail' || (result === 'warn' && failOn === 'warning');
}
function idsWithStatus(results, status) {
    return results.filter((r) => r.status === status).map((r) => r.id);
}

;// CONCATENATED MODULE: ./src/report/run-report.ts

function buildReport(input) {
    const result = rollUp(input.checks);
    return {
        version: 1,
        mode: input.mode,
        environment: input.environment,
        result,
        blocked: blocksPromotion(result, input.failOn),
        startedAt: input.startedAt.toISOString(),
        durationMs: Math.round(input.durationMs),
        ...(input.alert ? { alert: input.alert } : {}),
        checks: input.checks,
        ...(input.data ? { data: input.data } : {})
    };
}
const numberOrEmpty = (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
/** The step outputs, every one always set so a later step never reads a stale value. */
function reportOutputs(report, reportPath) {
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    return {
        result: report.result,
        'failed-checks': idsWithStatus(report.checks, 'fail').join(','),
        'warned-checks': idsWithStatus(report.checks, 'warn').join(','),
        credits: numberOrEmpty(byId.get('credits')?.data.availableCredits),
        'api-latency-ms': numberOrEmpty(byId.get('api')?.data.slowestMs),
        'webhook-latency-ms': numberOrEmpty(byId.get('webhook')?.data.latencyMs),
        'report-path': reportPath
    };
}
/** An error per failed check titled with its name, a warning per warning. */
function reportAnnotations(report) {
    return report.checks.flatMap((c) => {
        if (c.status !== 'fail' && c.status !== 'warn')
            return [];
        const message = [c.summary, ...c.hints].join('\n');
        return [{ level: c.status === 'fail' ? 'error' : 'warning', title: `${c.title} (${c.id})`, message }];
    });
}

// EXTERNAL MODULE: ./src/report/cut-to-fit.ts
var cut_to_fit = __webpack_require__(5028);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/summary.ts


/**
 * GitHub refuses a step summary over 1 MiB (1,048,576 bytes) and shows none of it: the gate's
 * stays under this, whatever the servers sent, with room for the redactor's replacements.
 */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const CUT_NOTE = '> \u2702\uFE0F This summary was cut to fit GitHub\u2019s 1 MiB limit for a job summary: the JSON report (the report-path output) has everything.';
const STATUS_CELL = {
    pass: '\u2705 Pass',
    warn: '\u26A0\uFE0F Warn',
    fail: '\u274C Fail',
    skip: '\u23ED\uFE0F Skip'
};
function verdict(report) {
    if (report.data?.rollback === true)
        return '\u274C roll back';
    if (report.result === 'fail')
        return '\u274C blocked';
    if (report.result === 'warn')
        return report.blocked ? '\u274C blocked on warnings' : '\u26A0\uFE0F passed with warnings';
    return '\u2705 passed';
}
/** A duration that never wraps inside its table cell (a no-break space before the unit). */
function duration(ms) {
    return ms < 1000 ? `${Math.round(ms)}\u00a0ms` : `${(ms / 1000).toFixed(1)}\u00a0s`;
}
const summary_text = (s, max) => (0,markdown/* escapeInline */.V)((0,markdown/* shorten */.m)(s, max));
const MAX_HINTS = 6;
function row(c) {
    // A few hints at most: a row stays a row, so the table always fits before anything is cut.
    const todo = c.status === 'fail' || c.status === 'warn'
        ? c.hints
            .slice(0, MAX_HINTS)
            .map((h) => summary_text(h))
            .join('<br>')
        : '';
    return `| ${summary_text(c.title)} | ${STATUS_CELL[c.status]} | ${summary_text(c.summary)} | ${c.status === 'skip' ? '' : duration(c.durationMs)} | ${todo} |`;
}
function detailsBlock(checks) {
    const withDetails = checks.filter((c) => c.details.length > 0);
    if (withDetails.length === 0)
        return [];
    const lines = ['<details><summary>Details</summary>', ''];
    for (const c of withDetails) {
        lines.push(`**${summary_text(c.title)}**`, '');
        for (const d of c.details)
            lines.push(`- ${summary_text(d, 500)}`);
        lines.push('');
    }
    lines.push('</details>', '');
    return lines;
}
/** The alert comes first: the one thing the on-call engineer must do by hand. */
function alertLines(report) {
    if (!report.alert)
        return [];
    const lines = [`> \u{1F6A8} **${summary_text(report.alert.message, 500)}**`, ''];
    // A fenced block shows the command verbatim; backticks and line breaks cannot close it.
    if (report.alert.command)
        lines.push('```sh', report.alert.command.replace(/[`\r\n]/g, ''), '```', '');
    return lines;
}
/**
 * Renders the whole summary from the report, with a mode's own sections (the watch timeline)
 * after the table. Same report in, same Markdown out. Never over `limitBytes`: the alert, the
 * verdict and the table come first, so a cut only ever takes sections and details.
 */
function renderSummary(report, sections = [], limitBytes = SUMMARY_LIMIT_BYTES) {
    const failed = report.checks.filter((c) => c.status === 'fail');
    const lead = failed.length > 0
        ? `Promotion stops here: ${failed.map((c) => summary_text(c.title)).join(', ')} failed.`
        : report.result === 'warn'
            ? report.blocked
                ? 'Promotion stops here on warnings (fail-on: warning): nothing failed, but every warning must be resolved.'
                : 'Nothing failed; read the warnings before promoting.'
            : 'Every selected check passed.';
    const markdown = [
        ...alertLines(report),
        `## MONCRENEAU deploy gate \u2014 ${summary_text(report.environment)} \u2014 ${verdict(report)}`,
        '',
        `${lead} Mode ${summary_text(report.mode)}, ${duration(report.durationMs)}.`,
        '',
        '| Check | Status | Found | Time | What to do |',
        '|---|---|---|---|---|',
        ...report.checks.map(row),
        '',
        ...sections,
        ...detailsBlock(report.checks)
    ].join('\n');
    return (0,cut_to_fit/* cutToFit */.XL)(markdown, limitBytes, CUT_NOTE, cut_to_fit/* utf8Bytes */.dy);
}

// EXTERNAL MODULE: ./src/finish/fault-text.ts
var fault_text = __webpack_require__(9287);
// EXTERNAL MODULE: ./src/settings/modes.ts
var modes = __webpack_require__(4953);
;// CONCATENATED MODULE: ./src/finish/mode-outputs.ts

/** What each mode's outputs say when it did nothing, so a later step never reads an unset value. */
const NOTHING_DONE = {
    preflight: {},
    smoke: { 'appointment-id': '' },
    watch: { rollback: 'false', 'rollback-reasons': '' }
};
/** `mode` as the run facts hold it: the input's text, which may be no mode at all. */
function modeOutputs(mode, result) {
    const known = mode.toLowerCase();
    return { ...((0,modes/* isMode */.S)(known) ? NOTHING_DONE[known] : {}), ...result.outputs };
}

;// CONCATENATED MODULE: ./src/finish/minimal-publish.ts


/** The common outputs of a failed run, named as the contract names them. */
const FAILED_OUTPUTS = { result: 'fail', 'warned-checks': '', credits: '', 'api-latency-ms': '', 'webhook-latency-ms': '' };
/** Markdown made inert by hand, without the renderer that may be what failed. */
const inert = (text) => text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>~$|&!#@()]/g, (c) => `\\${c}`);
function attempt(work) {
    try {
        work();
    }
    catch {
        /* the next part still goes on */
    }
}
async function attemptAsync(work) {
    try {
        await work();
        return true;
    }
    catch {
        return false;
    }
}
async function minimalPublish(end, p, fault) {
    const { out } = p;
    const safe = (text) => {
        try {
            return p.redact(text);
        }
        catch {
            return '[text withheld: it could not be checked for secrets]';
        }
    };
    const rows = [...(end.result.checks ?? []).filter((c) => c.status === 'fail'), fault];
    const alert = end.result.alert
        ? { message: safe(end.result.alert.message), command: end.result.alert.command && safe(end.result.alert.command) }
        : undefined;
    const report = {
        version: 1,
        mode: safe(end.facts.mode),
        environment: safe(end.facts.environment),
        result: 'fail',
        blocked: true,
        startedAt: end.startedAt.toISOString(),
        durationMs: Math.round(end.durationMs),
        ...(alert ? { alert } : {}),
        checks: rows.map((c) => ({
            id: c.id,
            title: c.title,
            status: c.status,
            summary: safe(c.summary),
            details: [],
            hints: c.hints.map(safe),
            data: {},
            durationMs: c.durationMs
        }))
    };
    let path = '';
    attempt(() => (path = reportPathFor(p.context.reportDir, end.startedAt)));
    const written = path !== '' && (await attemptAsync(() => writeReportFile(path, `${JSON.stringify(report, null, 2)}\n`)));
    const outputs = {
        ...FAILED_OUTPUTS,
        'failed-checks': [...new Set(rows.map((c) => c.id))].join(','),
        'report-path': written ? path : ''
    };
    attempt(() => Object.assign(outputs, modeOutputs(end.facts.mode, end.result)));
    for (const [name, value] of Object.entries(outputs))
        attempt(() => out.setOutput(name, value));
    if (alert)
        attempt(() => out.annotate({ level: 'error', title: 'Act now', message: alert.command ? `${alert.message}\n${alert.command}` : alert.message }));
    const lines = [
        ...(alert ? [`> \u{1F6A8} **${inert(alert.message)}**`, '', ...(alert.command ? ['```sh', alert.command.replace(/[`\r\n]/g, ''), '```', ''] : [])] : []),
        `## MONCRENEAU deploy gate \u2014 ${inert(report.environment)} \u2014 \u274C blocked`,
        '',
        `Promotion stops here. Mode ${inert(report.mode)}.`,
        '',
        ...report.checks.map((c) => `- \u274C **${inert(c.title)}**: ${inert(c.summary)}`),
        ''
    ];
    await attemptAsync(() => out.writeSummary(lines.join('\n')));
    attempt(() => out.setFailed(`MONCRENEAU deploy gate: promotion blocked: ${fault.summary}`));
    return 1;
}

// EXTERNAL MODULE: ./src/finish/test-fault.ts
var test_fault = __webpack_require__(4690);
;// CONCATENATED MODULE: ./src/finish/publish.ts









function blockedMessage(report) {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    if (failed.length > 0)
        return `MONCRENEAU deploy gate: promotion blocked by ${failed.join(', ')}.`;
    return 'MONCRENEAU deploy gate: promotion blocked on warnings (fail-on: warning).';
}
/** Everything written, computed before anything is: a fault here leaves nothing half written. */
function prepare(end, p) {
    (0,test_fault/* injectPublishFault */.n5)(p.context.testFault);
    const { facts, result } = end;
    // Redacted before rendering, so no secret survives escaping or shortening.
    const report = (0,redact/* redactDeep */.KL)(buildReport({ ...facts, startedAt: end.startedAt, durationMs: end.durationMs, ...result }), p.redact);
    const sections = result.renderSections && report.data ? result.renderSections(report.data) : [];
    return {
        report,
        json: `${JSON.stringify(report, null, 2)}\n`,
        path: reportPathFor(p.context.reportDir, end.startedAt),
        outputs: (path) => ({ ...reportOutputs(report, path), ...modeOutputs(report.mode, result) }),
        annotations: reportAnnotations(report),
        lines: report.checks.map((c) => `${STATUS_CELL[c.status]}  ${c.id}: ${c.summary}`),
        details: report.checks.filter((c) => c.details.length > 0).map((c) => ({ title: `${c.id}: details`, lines: c.details })),
        markdown: renderSummary(report, sections),
        failure: end.invalidInputs ? end.invalidInputs.join('\n') : report.blocked ? blockedMessage(report) : undefined
    };
}
/** Publishes the run; returns the exit code (1 blocks promotion). Never throws. */
async function publishRun(end, p) {
    let ready;
    try {
        ready = prepare(end, p);
    }
    catch (error) {
        return minimalPublish(end, p, (0,fault_text/* gateFaultRow */.gy)(error, 'the gate could not prepare its report'));
    }
    const { out } = p;
    p.onReport?.(ready.report, !end.invalidInputs);
    const part = async (what, write) => {
        if (p.superseded?.())
            return false;
        try {
            await write();
            return true;
        }
        catch (error) {
            try {
                out.annotate({ level: 'warning', title: `${what} not written`, message: `The ${what.toLowerCase()} could not be written: ${(0,fault_text/* faultText */.Ij)(error)}` });
            }
            catch {
                /* the log itself is gone: the other parts still go on */
            }
            return false;
        }
    };
    const { report } = ready;
    const written = await part('JSON report', () => writeReportFile(ready.path, ready.json));
    await part('Outputs', () => setEach(out, ready.outputs(written ? ready.path : '')));
    if (report.alert) {
        const { message, command } = report.alert;
        await part('Alert', () => out.annotate({ level: 'error', title: 'Act now', message: command ? `${message}\n${command}` : message }));
    }
    await part('Annotations', () => ready.annotations.forEach((a) => out.annotate(a)));
    await part('Log', async () => {
        ready.lines.forEach((line) => out.info(line));
        // What each check measured (probes, samples), folded so the verdict lines stay readable.
        for (const { title, lines } of ready.details)
            await out.group(title, async () => lines.forEach((line) => out.info(line)));
    });
    await part('Summary', () => out.writeSummary(ready.markdown));
    if (ready.failure)
        await part('Failure message', () => out.setFailed(ready.failure));
    // Reporting only: a comment that fails is a warning, never a change of verdict. Its code is
    // loaded only when a pull request may need it.
    if (p.comment.enabled && (0,pull_request_event/* isPullRequestEvent */.T)(p.context.github.eventName)) {
        await part('Pull request comment', async () => {
            const { postPullRequestComment } = await __webpack_require__.e(/* import() */ 130).then(__webpack_require__.bind(__webpack_require__, 2130));
            await postPullRequestComment(p.comment, { markdown: ready.markdown, environment: report.environment, mode: report.mode }, p.context.github, out);
        });
    }
    return end.invalidInputs || report.blocked ? 1 : 0;
}
/** Sets every output, each on its own: one refused does not keep the others unset. */
function setEach(out, outputs) {
    let first;
    for (const [name, value] of Object.entries(outputs)) {
        try {
            out.setOutput(name, value);
        }
        catch (error) {
            first ??= error;
        }
    }
    if (first !== undefined)
        throw first;
}


/***/ }),

/***/ 5028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XL: () => (/* binding */ cutToFit),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   q0: () => (/* binding */ utf16Units)
/* harmony export */ });
/**
 * Cutting Markdown to a size a destination accepts (GitHub's job summary, a pull request
 * comment), at a line break, keeping what comes first and saying that it was cut. Pure.
 */
const count = (line, tag) => line.split(tag).length - 1;
const utf16Units = (text) => text.length;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/**
 * The leading lines of `markdown` that fit `budget` together with `note`, closing a code fence
 * or `<details>` block left open by the cut, so the note renders as text. Unchanged when it fits.
 */
function cutToFit(markdown, budget, note, measure) {
    if (measure(markdown) <= budget)
        return markdown;
    const tail = (fence, details) => (fence ? 4 : 0) + (details > 0 ? 1 + details * '</details>\n'.length : 0) + 1 + measure(note);
    const kept = [];
    let size = 0;
    let fence = false;
    let details = 0;
    for (const line of markdown.split('\n')) {
        const nextFence = line.startsWith('```') ? !fence : fence;
        const nextDetails = fence ? details : Math.max(0, details + count(line, '<details>') - count(line, '</details>'));
        const lineSize = measure(line) + 1;
        if (size + lineSize + tail(nextFence, nextDetails) > budget)
            break;
        kept.push(line);
        size += lineSize;
        fence = nextFence;
        details = nextDetails;
    }
    const closers = [...(fence ? ['```'] : []), ...(details > 0 ? ['', ...Array(details).fill('</details>')] : [])];
    return [...kept, ...closers, '', note].join('\n');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ escapeInline),
/* harmony export */   m: () => (/* binding */ shorten)
/* harmony export */ });
/* harmony import */ var _inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2899);
/**
 * Escaping for text that did not come from the project (server answers, user values): it must
 * render as the same characters and never as Markdown, HTML, a mention, a link or a table break.
 * Backslash escapes keep the raw Markdown readable in a terminal too.
 */

/** ASCII punctuation that can start markup anywhere in a line. */
const SPECIAL = /[\\`*_[\]<>~$|&!#@]/g;
/** Escapes that apply anywhere in a line (no line-start rules). */
function escapeSpecials(text) {
    return (text
        .replace(SPECIAL, (c) => `\\${c}`)
        // Bare URLs would become links: break the autolink patterns.
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, -1)}\\.`));
}
/**
 * One line of inline text: line breaks and tabs become spaces, every other control, bidi or
 * zero-width character is shown as `<U+XXXX>` (it would disguise the line), specials escaped.
 */
function escapeInline(text) {
    const oneLine = (0,_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneVisibleLine */ .t0)(text).trim();
    return (escapeSpecials(oneLine)
        // A leading marker would start a list, a heading underline or a thematic break.
        .replace(/^[-+=]/, (m) => `\\${m}`)
        .replace(/^(\d+)([.)])/, '$1\\$2'));
}
/** Keeps a cell readable: long server text is cut before escaping, with the cut marked. */
function shorten(text, max = 300) {
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}


/***/ }),

/***/ 7706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ isPullRequestEvent)
/* harmony export */ });
/** The events a pull request comment belongs to; anything else never loads the comment code. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function isPullRequestEvent(eventName) {
    return eventName !== undefined && PULL_REQUEST_EVENTS.includes(eventName);
}


/***/ })

};
