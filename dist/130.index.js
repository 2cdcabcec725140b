export const id = 130;
export const ids = [130];
export const modules = {

/***/ 2130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postPullRequestComment: () => (/* binding */ postPullRequestComment)
});

// UNUSED EXPORTS: connectToGitHub

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/engine/timing.ts
var timing = __webpack_require__(3310);
// EXTERNAL MODULE: ./src/http/json-body.ts
var json_body = __webpack_require__(7181);
// EXTERNAL MODULE: ./src/report/cut-to-fit.ts
var cut_to_fit = __webpack_require__(5028);
// EXTERNAL MODULE: ./src/report/pull-request-event.ts
var pull_request_event = __webpack_require__(7706);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts
/**
 * The sticky pull request comment, as pure functions: which pull request a run belongs to, the
 * hidden marker, the body (the job summary, cut to fit GitHub's limit) and which of the
 * existing comments is the gate's own. No I/O: src/io/github-comment.ts does the talking.
 */


/** GitHub refuses a comment body longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The author of comments made with a workflow's GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const REPOSITORY = /^([\w.-]+)\/([\w.-]+)$/;
/**
 * The pull request a run belongs to, from the event's name, its payload (GITHUB_EVENT_PATH)
 * and GITHUB_REPOSITORY. `none` for any other event: no comment is due.
 */
function pullRequestOf(eventName, payload, repository) {
    if (!(0,pull_request_event/* isPullRequestEvent */.T)(eventName))
        return { kind: 'none' };
    const pr = payload?.pull_request;
    const number = pr?.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
        return { kind: 'invalid', reason: `the ${eventName} event payload has no pull_request.number` };
    }
    const repo = REPOSITORY.exec(repository ?? '');
    if (!repo)
        return { kind: 'invalid', number, reason: 'GITHUB_REPOSITORY is not set as owner/name' };
    return { kind: 'pull-request', target: { owner: repo[1], repo: repo[2], number } };
}
const markerWord = (text) => text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'none';
/**
 * The hidden marker that makes a comment the gate's. One per environment and mode, so a matrix
 * over staging and production keeps one comment each. Only [a-z0-9_-] from the values, so no
 * input can close the HTML comment.
 */
function commentMarker(environment, mode, job) {
    // The job keeps two gated applications in one pull request (two jobs) on their own comments.
    const prefix = job ? `${markerWord(job)}:` : '';
    return `<!-- moncreneau-deploy-gate:${prefix}${markerWord(environment)}:${markerWord(mode)} -->`;
}
/** The run's page, when the runner's variables give a well-formed one. */
function runUrlOf(run) {
    const server = run.serverUrl ?? 'https://github.com';
    if (!/^https?:\/\/[^\s()<>[\]]+$/.test(server))
        return undefined;
    if (!REPOSITORY.test(run.repository ?? '') || !/^\d+$/.test(run.runId ?? ''))
        return undefined;
    return `${server.replace(/\/+$/, '')}/${run.repository}/actions/runs/${run.runId}`;
}
const CUT_NOTE = '> \u2702\uFE0F This comment was cut to fit GitHub\u2019s size limit: the job summary has everything.';
/**
 * Keeps a comment from notifying anyone. On GitHub a backslash does not stop `\@name` from
 * mentioning (and notifying) that user or team, nor `\#12` from cross-referencing an issue:
 * both are recognised after Markdown is rendered. A zero-width space (as an entity) after the
 * `@` or `#` breaks them and shows nothing. Code fences are left alone: nothing links in them.
 */
function quietMentions(markdown) {
    let fence = false;
    return markdown
        .split('\n')
        .map((line) => {
        if (line.startsWith('```'))
            fence = !fence;
        else if (!fence)
            return line.replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, (c) => `${c}&#8203;`);
        return line;
    })
        .join('\n');
}
/**
 * The comment's body: the marker, the job summary (mentions made quiet) and a link to the run.
 * Never longer than `limit` characters (JavaScript counts UTF-16 units, never fewer than
 * GitHub's characters).
 */
function commentBody(input) {
    const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
    const head = `${input.marker}\n`;
    const foot = input.runUrl ? `\n\n<sub>Posted by moncreneau-deploy-gate and updated on every run · [workflow run](${input.runUrl})</sub>\n` : '\n';
    const summary = quietMentions(input.summary.replace(/\s+$/, ''));
    if (head.length + summary.length + foot.length <= limit)
        return `${head}${summary}${foot}`;
    return `${head}${(0,cut_to_fit/* cutToFit */.XL)(summary, limit - head.length - foot.length, CUT_NOTE, cut_to_fit/* utf16Units */.q0)}${foot}`;
}
/**
 * The gate's own earlier comment: it starts with the marker and was written by `author` (the
 * token's user). When the author could not be read (GET /user answers 403 to a workflow's
 * GITHUB_TOKEN), the comment of the github-actions[bot] account. The oldest one wins, so
 * duplicates left by racing runs do not move the comment.
 */
function findStickyComment(comments, marker, author) {
    return comments.find((c) => {
        if (typeof c.body !== 'string' || !c.body.startsWith(marker))
            return false;
        if (author !== null)
            return c.user?.login === author;
        return c.user?.type === 'Bot' && c.user.login === ACTIONS_BOT_LOGIN;
    });
}

;// CONCATENATED MODULE: ./src/http/bounded-fetch.ts

/**
 * Why a request gave no usable answer. `answered`: something came back but could not be read
 * (too large, not HTTP, unreadable JSON), as opposed to a server that could not be reached.
 */
class FetchFailure extends Error {
    answered;
    name = 'FetchFailure';
    constructor(message, answered) {
        super(message);
        this.answered = answered;
    }
}
const METHODS = new Set(['GET', 'POST', 'PATCH', 'DELETE']);
/** Statuses a Response may not carry a body with. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
function abortError(signal) {
    const reason = signal.reason;
    return Object.assign(new Error(reason instanceof Error ? reason.message : 'aborted'), { name: 'AbortError' });
}
/** Headers a Response accepts; one it refuses is left out rather than failing the answer. */
function responseHeaders(flat) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(flat)) {
        try {
            headers.append(name, value);
        }
        catch {
            /* not a valid header for fetch: nothing the caller needs */
        }
    }
    return headers;
}
function requestBody(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return body;
    throw new FetchFailure('only text request bodies are sent', false);
}
function boundedFetch(options) {
    return async (input, init = {}) => {
        const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        const method = (init.method ?? 'GET').toUpperCase();
        if (!METHODS.has(method))
            throw new FetchFailure(`the method ${method} is not sent`, false);
        const signal = init.signal ?? undefined;
        const outcome = await options.http.send({
            method,
            url,
            headers: Object.fromEntries(new Headers(init.headers).entries()),
            body: requestBody(init.body),
            timeoutMs: options.timeoutMs,
            maxBodyBytes: options.maxBodyBytes,
            signal
        });
        if (!outcome.ok) {
            if (signal?.aborted)
                throw abortError(signal);
            const answered = ['too-large', 'malformed'].includes(outcome.failure.kind);
            throw new FetchFailure(outcome.failure.message, answered);
        }
        const { status, headers, body } = outcome.response;
        if (status < 200 || status > 599)
            throw new FetchFailure(`${url.host} answered with status ${status}, which is not a final answer`, true);
        if (/\bjson\b/i.test(headers['content-type'] ?? '') && body.length > 0) {
            const json = (0,json_body/* readJson */.Vh)(body, { maxBytes: options.maxBodyBytes });
            if (!json.ok && json.reason !== 'not valid JSON')
                throw new FetchFailure(`the answer from ${url.host} cannot be read as JSON: ${json.reason}`, true);
        }
        const response = new Response(NULL_BODY.has(status) ? null : new Uint8Array(body), { status, headers: responseHeaders(headers) });
        return response;
    };
}

// EXTERNAL MODULE: ./src/http/http-client.ts + 2 modules
var http_client = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/io/github-calls.ts



const COMMENT_LIMITS = { callTimeoutMs: 10_000, totalTimeoutMs: 20_000, maxPages: 10 };
/**
 * A page of 100 comments of up to 65,536 characters each is at most about 7 MB, or 20 MB of
 * multi-byte text: past this, the answer is not a comment listing, and memory stays bounded.
 */
const GITHUB_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** A GitHub call that did not succeed, with what the user should read. */
class CommentError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** Octokit from @actions/github, imported here only: a run without a comment never parses it. */
const connectToGitHub = async (token, baseUrl, proxy) => {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 157));
    const http = (0,http_client/* createHttpClient */.u)(proxy ? { proxy } : {});
    const fetch = boundedFetch({ http, maxBodyBytes: GITHUB_MAX_BODY_BYTES, timeoutMs: COMMENT_LIMITS.callTimeoutMs });
    const octokit = getOctokit(token, { baseUrl, userAgent: version/* USER_AGENT */._, request: { fetch } });
    return { request: (route, parameters) => octokit.request(route, parameters), close: () => http.close() };
};
const STATUS_MEANING = {
    401: 'the token is invalid or expired',
    403: 'a fork\u2019s token is read-only; otherwise give the job permissions: pull-requests: write',
    404: 'the token cannot see this repository or pull request',
    422: 'GitHub refused the comment'
};
/** Octokit's words cut to a log line, redacted first: its error messages quote GitHub's answer. */
const oneLine = (text, redact) => redact(text).replace(/\s+/g, ' ').trim().slice(0, 200);
function errorText(error, redact) {
    const e = error;
    // Octokit reports a network failure as status 500 with no response.
    const status = typeof e?.status === 'number' && e.response ? e.status : undefined;
    const raw = typeof e?.response?.data?.message === 'string' ? e.response.data.message : typeof e?.message === 'string' ? e.message : String(error);
    // Octokit appends " - <documentation url>": the message alone reads better in a log line.
    return { status, message: oneLine(raw.replace(/ - https?:\/\/\S+$/, ''), redact) };
}
/** One GitHub call under its own timeout and the shared one, failing as a CommentError. */
async function call(client, route, parameters, scope) {
    const { limits, total, redact } = scope;
    const time = total.child(limits.callTimeoutMs);
    try {
        return await client.request(route, { ...parameters, request: { signal: time.signal } });
    }
    catch (error) {
        if (time.expired && time.stoppedBy === 'cancelled')
            throw new CommentError('the job was cancelled before GitHub answered');
        if (time.expired)
            throw new CommentError(`GitHub did not answer within ${Math.floor(time.ranOut ? limits.callTimeoutMs : limits.totalTimeoutMs) / 1000} s`);
        const cause = error?.cause;
        if (cause instanceof FetchFailure)
            throw new CommentError(`GitHub ${cause.answered ? 'answered with something that cannot be read' : 'could not be reached'}: ${oneLine(cause.message, redact)}`);
        const { status, message } = errorText(error, redact);
        if (status === undefined)
            throw new CommentError(`GitHub could not be reached: ${message}`);
        const meaning = STATUS_MEANING[status];
        throw new CommentError(`${status} ${message}${meaning ? ` (${meaning})` : ''}`, status);
    }
    finally {
        time.dispose();
    }
}

;// CONCATENATED MODULE: ./src/io/github-comment.ts
/**
 * Posts the job summary on the pull request as one sticky comment, updated on later runs.
 * Reporting only: every failure (a fork's read-only token, no token, GitHub down) is a warning
 * and the verdict stands. The GitHub client is loaded only when a comment is due.
 */








/** Time the comment may take past the run's deadline (the gate promises to exit within 2 s of it). */
const PAST_DEADLINE_MS = 1_500;
const MIN_COMMENT_MS = 1_000;
/** The token's login, or null when GitHub will not say (403 for a workflow's GITHUB_TOKEN). */
async function tokenAuthor(client, scope) {
    try {
        const { data } = await call(client, 'GET /user', {}, scope);
        const login = data?.login;
        return typeof login === 'string' ? login : null;
    }
    catch (error) {
        if (error instanceof CommentError && error.status !== undefined)
            return null;
        throw error;
    }
}
async function findEarlier(client, target, marker, author, scope) {
    for (let page = 1; page <= scope.limits.maxPages; page++) {
        const { data } = await call(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), per_page: 100, page }, scope);
        // Anything but a list (an SSO or proxy page behind a 200) must not read as "no comment yet".
        if (!Array.isArray(data))
            throw new CommentError(`GitHub answered the comment listing with something that is not a list (${notJson(data)})`);
        const comments = data;
        const found = findStickyComment(comments, marker, author);
        if (found || comments.length < 100)
            return found;
    }
    return undefined;
}
/** What came back instead of JSON, in a few words (a page, a string, nothing). */
function notJson(data) {
    if (typeof data === 'string')
        return /^\s*</.test(data) ? 'an HTML page' : 'text';
    return data === null || data === undefined ? 'an empty answer' : typeof data;
}
const issue = (t) => ({ owner: t.owner, repo: t.repo, issue_number: t.number });
/** Updates the gate's earlier comment (found by marker and author), or creates it. */
async function upsertStickyComment(client, target, marker, body, limits, redact, cancelled) {
    const scope = { limits, total: (0,timing/* budgetFor */.vO)(limits.totalTimeoutMs, cancelled), redact };
    try {
        return await upsertWithin(client, target, marker, body, scope);
    }
    finally {
        scope.total.dispose();
    }
}
async function upsertWithin(client, target, marker, body, scope) {
    const author = await tokenAuthor(client, scope);
    const earlier = await findEarlier(client, target, marker, author, scope);
    const done = (action, data) => {
        const c = data;
        if (typeof c?.id !== 'number')
            throw new CommentError(`GitHub answered the comment ${action === 'created' ? 'creation' : 'update'} with something that is not a comment (${notJson(data)})`);
        return { action, id: c.id, url: typeof c.html_url === 'string' ? c.html_url : '' };
    };
    if (earlier) {
        try {
            const { data } = await call(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: earlier.id, body }, scope);
            return done('updated', data);
        }
        catch (error) {
            // Deleted between the listing and now: a new one takes its place.
            if (!(error instanceof CommentError && error.status === 404))
                throw error;
        }
    }
    const { data } = await call(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), body }, scope);
    return done('created', data);
}
/** GitHub caps webhook payloads at 25 MB; the runner's event file is one. */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
function readPullRequest(github) {
    const { eventName } = github;
    if (!(0,pull_request_event/* isPullRequestEvent */.T)(eventName))
        return { kind: 'none' };
    const unreadable = (why) => ({ kind: 'invalid', reason: `the event payload (GITHUB_EVENT_PATH) could not be read: ${why}` });
    let json;
    try {
        const path = github.eventPath ?? '';
        if ((0,external_node_fs_.statSync)(path).size > MAX_EVENT_BYTES)
            return unreadable('larger than 32 MiB');
        json = (0,json_body/* readJson */.Vh)((0,external_node_fs_.readFileSync)(path), { maxBytes: MAX_EVENT_BYTES });
    }
    catch (error) {
        return unreadable(error.message);
    }
    return json.ok ? pullRequestOf(eventName, json.value, github.repository) : unreadable(json.reason);
}
/**
 * Posts or updates the comment when the run belongs to a pull request and pr-comment is true.
 * Never throws and never changes the verdict: a failure is a warning annotation.
 */
async function postPullRequestComment(settings, run, github, out, connect = connectToGitHub, limits = COMMENT_LIMITS) {
    if (!settings.enabled)
        return;
    const pr = readPullRequest(github);
    if (pr.kind === 'none')
        return;
    const number = pr.kind === 'pull-request' ? pr.target.number : pr.number;
    const warn = (why) => out.annotate({
        level: 'warning',
        title: 'Pull request comment not posted',
        message: `Could not comment on ${number ? `pull request #${number}` : 'the pull request'}: ${why}. The verdict is unchanged.`
    });
    if (pr.kind === 'invalid')
        return warn(pr.reason);
    const tokenProblem = githubTokenProblem(settings.token);
    if (tokenProblem)
        return warn(tokenProblem);
    const left = settings.deadline + PAST_DEADLINE_MS - performance.now();
    if (left < MIN_COMMENT_MS)
        return warn('the run reached timeout-seconds, so no time is left to comment');
    // Whole milliseconds, for the words ("GitHub did not answer within 1.499 s").
    const bounded = {
        ...limits,
        totalTimeoutMs: Math.floor(Math.min(limits.totalTimeoutMs, left)),
        callTimeoutMs: Math.floor(Math.min(limits.callTimeoutMs, left))
    };
    let client;
    try {
        const marker = commentMarker(run.environment, run.mode, github.job);
        // Redacted before it is cut to GitHub's limit, so the cut body is the one sent.
        const runUrl = runUrlOf(github);
        const body = commentBody({ marker, summary: settings.redact(run.markdown), runUrl: runUrl && settings.redact(runUrl) });
        client = await connect(settings.token, github.apiUrl || 'https://api.github.com', settings.proxy);
        const done = await upsertStickyComment(client, pr.target, marker, body, bounded, settings.redact, settings.cancelled);
        out.info(`Pull request #${number}: gate comment ${done.action}${done.url ? ` (${done.url})` : ''}.`);
    }
    catch (error) {
        warn(error instanceof CommentError ? error.message : `the GitHub client failed: ${errorText(error, settings.redact).message}`);
    }
    finally {
        await client?.close?.().catch(() => { });
    }
}
/**
 * What is wrong with github-token, checked only here: a token the comment will not use (no pull
 * request, pr-comment false) cannot block a run.
 */
function githubTokenProblem(token) {
    if (token === '')
        return 'no github-token was given (pass one, or set pr-comment: false)';
    // The domain's rule and words; the hint is the token's own, as GitHub (not MONCRENEAU) issues it.
    if ((0,secrets/* isPadded */.Zf)(token))
        return `${(0,secrets/* paddedProblem */.SB)('github-token')} (store it exactly as issued)`;
    if (token.length < 12 || token.length > 4096)
        return 'github-token is not a GitHub token (check the secret passed: the workflow\u2019s is secrets.GITHUB_TOKEN)';
    return undefined;
}


/***/ })

};
