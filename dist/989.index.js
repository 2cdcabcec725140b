export const id = 989;
export const ids = [989];
export const modules = {

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postPullRequestComment: () => (/* binding */ postPullRequestComment)
});

// UNUSED EXPORTS: connectToGitHub

// EXTERNAL MODULE: ./src/report/pull-request-event.ts
var pull_request_event = __webpack_require__(7706);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
function runUrlOf(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    if (!/^https?:\/\/[^\s()<>[\]]+$/.test(server))
        return undefined;
    if (!REPOSITORY.test(env.GITHUB_REPOSITORY ?? '') || !/^\d+$/.test(env.GITHUB_RUN_ID ?? ''))
        return undefined;
    return `${server.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
const CUT_NOTE = '> ✂️ This comment was cut to fit GitHub’s size limit: the job summary has everything.';
const count = (line, tag) => line.split(tag).length - 1;
/** Characters added after the kept lines: the closers (a blank line before </details>), a blank line, the note. */
const tailSize = (fence, details) => (fence ? '```\n'.length : 0) + (details > 0 ? 1 + details * '</details>\n'.length : 0) + 1 + CUT_NOTE.length;
/**
 * Cuts Markdown at a line break so that it fits `budget` characters with the note, closing a
 * code fence or `<details>` block left open by the cut, so the note renders as text.
 */
function cutToFit(markdown, budget) {
    const kept = [];
    let size = 0;
    let fence = false;
    let details = 0;
    for (const line of markdown.split('\n')) {
        const nextFence = line.startsWith('```') ? !fence : fence;
        const nextDetails = fence ? details : Math.max(0, details + count(line, '<details>') - count(line, '</details>'));
        if (size + line.length + 1 + tailSize(nextFence, nextDetails) > budget)
            break;
        kept.push(line);
        size += line.length + 1;
        fence = nextFence;
        details = nextDetails;
    }
    const closers = [...(fence ? ['```'] : []), ...(details > 0 ? ['', ...Array(details).fill('</details>')] : [])];
    return [...kept, ...closers, '', CUT_NOTE].join('\n');
}
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
    return `${head}${cutToFit(summary, limit - head.length - foot.length)}${foot}`;
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

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/io/github-comment.ts
/**
 * Posts the job summary on the pull request as one sticky comment, updated on later runs.
 * Reporting only: every failure (a fork's read-only token, no token, GitHub down) is a warning
 * and the verdict stands. The GitHub client is loaded only when a comment is due.
 */




/** Time the comment may take past the run's deadline (the gate promises to exit within 2 s of it). */
const PAST_DEADLINE_MS = 1_500;
const MIN_COMMENT_MS = 1_000;
const COMMENT_LIMITS = { callTimeoutMs: 10_000, totalTimeoutMs: 20_000, maxPages: 10 };
/** A GitHub call that did not succeed, with what the user should read. */
class CommentError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** Octokit from @actions/github, imported here only: a run without a comment never parses it. */
const connectToGitHub = async (token, baseUrl) => {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 157));
    return getOctokit(token, { baseUrl, userAgent: version/* USER_AGENT */._ });
};
const STATUS_MEANING = {
    401: 'the token is invalid or expired',
    403: 'a fork’s token is read-only; otherwise give the job permissions: pull-requests: write',
    404: 'the token cannot see this repository or pull request',
    422: 'GitHub refused the comment'
};
function errorText(error) {
    const e = error;
    // Octokit reports a network failure as status 500 with no response.
    const status = typeof e?.status === 'number' && e.response ? e.status : undefined;
    const raw = typeof e?.response?.data?.message === 'string' ? e.response.data.message : typeof e?.message === 'string' ? e.message : String(error);
    // Octokit appends " - <documentation url>": the message alone reads better in a log line.
    const message = raw.replace(/ - https?:\/\/\S+$/, '').replace(/\s+/g, ' ').trim().slice(0, 200);
    return { status, message };
}
/** One GitHub call under its own timeout and the shared one, failing as a CommentError. */
async function call(client, route, parameters, limits, total) {
    const signal = AbortSignal.any([AbortSignal.timeout(limits.callTimeoutMs), total]);
    try {
        return await client.request(route, { ...parameters, request: { signal } });
    }
    catch (error) {
        if (signal.aborted)
            throw new CommentError(`GitHub did not answer within ${(total.aborted ? limits.totalTimeoutMs : limits.callTimeoutMs) / 1000} s`);
        const { status, message } = errorText(error);
        if (status === undefined)
            throw new CommentError(`GitHub could not be reached: ${message}`);
        const meaning = STATUS_MEANING[status];
        throw new CommentError(`${status} ${message}${meaning ? ` (${meaning})` : ''}`, status);
    }
}
/** The token's login, or null when GitHub will not say (403 for a workflow's GITHUB_TOKEN). */
async function tokenAuthor(client, limits, total) {
    try {
        const { data } = await call(client, 'GET /user', {}, limits, total);
        const login = data.login;
        return typeof login === 'string' ? login : null;
    }
    catch (error) {
        if (error instanceof CommentError && error.status !== undefined)
            return null;
        throw error;
    }
}
async function findEarlier(client, target, marker, author, limits, total) {
    for (let page = 1; page <= limits.maxPages; page++) {
        const { data } = await call(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), per_page: 100, page }, limits, total);
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
async function upsertStickyComment(client, target, marker, body, limits = COMMENT_LIMITS) {
    const total = AbortSignal.timeout(limits.totalTimeoutMs);
    const author = await tokenAuthor(client, limits, total);
    const earlier = await findEarlier(client, target, marker, author, limits, total);
    const done = (action, data) => {
        const c = data;
        if (typeof c?.id !== 'number')
            throw new CommentError(`GitHub answered the comment ${action === 'created' ? 'creation' : 'update'} with something that is not a comment (${notJson(data)})`);
        return { action, id: c.id, url: typeof c.html_url === 'string' ? c.html_url : '' };
    };
    if (earlier) {
        try {
            const { data } = await call(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: earlier.id, body }, limits, total);
            return done('updated', data);
        }
        catch (error) {
            // Deleted between the listing and now: a new one takes its place.
            if (!(error instanceof CommentError && error.status === 404))
                throw error;
        }
    }
    const { data } = await call(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), body }, limits, total);
    return done('created', data);
}
function readPullRequest(env) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (!(0,pull_request_event/* isPullRequestEvent */.T)(eventName))
        return { kind: 'none' };
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch (error) {
        return { kind: 'invalid', reason: `the event payload (GITHUB_EVENT_PATH) could not be read: ${error.message}` };
    }
    return pullRequestOf(eventName, payload, env.GITHUB_REPOSITORY);
}
/**
 * Posts or updates the comment when the run belongs to a pull request and pr-comment is true.
 * Never throws and never changes the verdict: a failure is a warning annotation.
 */
async function postPullRequestComment(settings, run, env, out, connect = connectToGitHub, limits = COMMENT_LIMITS) {
    if (!settings.enabled)
        return;
    const pr = readPullRequest(env);
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
    if (settings.token === '')
        return warn('no github-token was given (pass one, or set pr-comment: false)');
    const left = settings.deadline + PAST_DEADLINE_MS - performance.now();
    if (left < MIN_COMMENT_MS)
        return warn('the run reached timeout-seconds, so no time is left to comment');
    const bounded = { ...limits, totalTimeoutMs: Math.min(limits.totalTimeoutMs, left), callTimeoutMs: Math.min(limits.callTimeoutMs, left) };
    try {
        const marker = commentMarker(run.environment, run.mode, env.GITHUB_JOB);
        const body = settings.redact(commentBody({ marker, summary: settings.redact(run.markdown), runUrl: runUrlOf(env) }));
        const client = await connect(settings.token, env.GITHUB_API_URL || 'https://api.github.com');
        const done = await upsertStickyComment(client, pr.target, marker, body, bounded);
        out.info(`Pull request #${number}: gate comment ${done.action}${done.url ? ` (${done.url})` : ''}.`);
    }
    catch (error) {
        warn(error instanceof CommentError ? error.message : `the GitHub client failed: ${errorText(error).message}`);
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* unused harmony export GATE_VERSION */
/** The gate's version, sent in the User-Agent; a test keeps it equal to package.json's. */
const GATE_VERSION = '1.0.0';
const USER_AGENT = `moncreneau-deploy-gate/${GATE_VERSION}`;


/***/ })

};
