/**
 * Posts the job summary on the pull request as one sticky comment, updated on later runs.
 * Reporting only: every failure (a fork's read-only token, no token, GitHub down) is a warning
 * and the verdict stands. The GitHub client is loaded only when a comment is due.
 */
import { readFileSync, statSync } from 'node:fs';
import { isPadded, paddedProblem } from '../domain/secrets.js';
import { budgetFor } from '../engine/timing.js';
import { readJson } from '../http/json-body.js';
import type { ProxySettings } from '../http/proxy-rules.js';
import type { Redactor } from '../redact.js';
import type { GitHubRun } from '../run-context.js';
import {
  commentBody,
  commentMarker,
  findStickyComment,
  pullRequestOf,
  runUrlOf,
  type IssueComment,
  type PullRequestOf,
  type PullRequestTarget
} from '../report/pr-comment.js';
import { isPullRequestEvent } from '../report/pull-request-event.js';
import type { GateIO } from './gate-io.js';
import {
  call,
  COMMENT_LIMITS,
  CommentError,
  connectToGitHub,
  errorText,
  type CallScope,
  type CommentLimits,
  type ConnectGitHub,
  type GitHubClient
} from './github-calls.js';

export { connectToGitHub, type CommentLimits, type ConnectGitHub, type GitHubClient } from './github-calls.js';

/** What the gate knows about the comment before the run: pr-comment and github-token. */
export interface CommentSettings {
  enabled: boolean;
  token: string;
  /** The run's redactor: the body is scrubbed like everything else the gate writes. */
  redact: Redactor;
  /** `performance.now()` value of the run's deadline: the comment may use 1.5 s past it, no more. */
  deadline: number;
  /** The run's proxy settings, which GitHub is reached through; absent: directly. */
  proxy?: ProxySettings;
  /** The job's cancellation: a cancelled job stops waiting on GitHub at once. */
  cancelled?: AbortSignal;
}

/** Time the comment may take past the run's deadline (the gate promises to exit within 2 s of it). */
const PAST_DEADLINE_MS = 1_500;
const MIN_COMMENT_MS = 1_000;

/** The token's login, or null when GitHub will not say (403 for a workflow's GITHUB_TOKEN). */
async function tokenAuthor(client: GitHubClient, scope: CallScope): Promise<string | null> {
  try {
    const { data } = await call(client, 'GET /user', {}, scope);
    const login = (data as { login?: unknown } | null)?.login;
    return typeof login === 'string' ? login : null;
  } catch (error) {
    if (error instanceof CommentError && error.status !== undefined) return null;
    throw error;
  }
}

async function findEarlier(client: GitHubClient, target: PullRequestTarget, marker: string, author: string | null, scope: CallScope) {
  for (let page = 1; page <= scope.limits.maxPages; page++) {
    const { data } = await call(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), per_page: 100, page }, scope);
    // Anything but a list (an SSO or proxy page behind a 200) must not read as "no comment yet".
    if (!Array.isArray(data)) throw new CommentError(`GitHub answered the comment listing with something that is not a list (${notJson(data)})`);
    const comments = data as IssueComment[];
    const found = findStickyComment(comments, marker, author);
    if (found || comments.length < 100) return found;
  }
  return undefined;
}

/** What came back instead of JSON, in a few words (a page, a string, nothing). */
function notJson(data: unknown): string {
  if (typeof data === 'string') return /^\s*</.test(data) ? 'an HTML page' : 'text';
  return data === null || data === undefined ? 'an empty answer' : typeof data;
}

const issue = (t: PullRequestTarget) => ({ owner: t.owner, repo: t.repo, issue_number: t.number });

export interface Upserted {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/** Updates the gate's earlier comment (found by marker and author), or creates it. */
async function upsertStickyComment(
  client: GitHubClient,
  target: PullRequestTarget,
  marker: string,
  body: string,
  limits: CommentLimits,
  redact: Redactor,
  cancelled?: AbortSignal
): Promise<Upserted> {
  const scope: CallScope = { limits, total: budgetFor(limits.totalTimeoutMs, cancelled), redact };
  try {
    return await upsertWithin(client, target, marker, body, scope);
  } finally {
    scope.total.dispose();
  }
}

async function upsertWithin(client: GitHubClient, target: PullRequestTarget, marker: string, body: string, scope: CallScope): Promise<Upserted> {
  const author = await tokenAuthor(client, scope);
  const earlier = await findEarlier(client, target, marker, author, scope);
  const done = (action: Upserted['action'], data: unknown): Upserted => {
    const c = data as Partial<IssueComment> | null;
    if (typeof c?.id !== 'number')
      throw new CommentError(
        `GitHub answered the comment ${action === 'created' ? 'creation' : 'update'} with something that is not a comment (${notJson(data)})`
      );
    return { action, id: c.id, url: typeof c.html_url === 'string' ? c.html_url : '' };
  };
  if (earlier) {
    try {
      const { data } = await call(
        client,
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { owner: target.owner, repo: target.repo, comment_id: earlier.id, body },
        scope
      );
      return done('updated', data);
    } catch (error) {
      // Deleted between the listing and now: a new one takes its place.
      if (!(error instanceof CommentError && error.status === 404)) throw error;
    }
  }
  const { data } = await call(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), body }, scope);
  return done('created', data);
}

/** GitHub caps webhook payloads at 25 MB; the runner's event file is one. */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;

function readPullRequest(github: GitHubRun): PullRequestOf {
  const { eventName } = github;
  if (!isPullRequestEvent(eventName)) return { kind: 'none' };
  const unreadable = (why: string): PullRequestOf => ({ kind: 'invalid', reason: `the event payload (GITHUB_EVENT_PATH) could not be read: ${why}` });
  let json: ReturnType<typeof readJson>;
  try {
    const path = github.eventPath ?? '';
    if (statSync(path).size > MAX_EVENT_BYTES) return unreadable('larger than 32 MiB');
    json = readJson(readFileSync(path), { maxBytes: MAX_EVENT_BYTES });
  } catch (error) {
    return unreadable((error as Error).message);
  }
  return json.ok ? pullRequestOf(eventName, json.value, github.repository) : unreadable(json.reason);
}

/**
 * Posts or updates the comment when the run belongs to a pull request and pr-comment is true.
 * Never throws and never changes the verdict: a failure is a warning annotation.
 */
export async function postPullRequestComment(
  settings: CommentSettings,
  run: { markdown: string; environment: string; mode: string },
  github: GitHubRun,
  out: GateIO,
  connect: ConnectGitHub = connectToGitHub,
  limits: CommentLimits = COMMENT_LIMITS
): Promise<void> {
  if (!settings.enabled) return;
  const pr = readPullRequest(github);
  if (pr.kind === 'none') return;
  const number = pr.kind === 'pull-request' ? pr.target.number : pr.number;
  const warn = (why: string) =>
    out.annotate({
      level: 'warning',
      title: 'Pull request comment not posted',
      message: `Could not comment on ${number ? `pull request #${number}` : 'the pull request'}: ${why}. The verdict is unchanged.`
    });
  if (pr.kind === 'invalid') return warn(pr.reason);
  const tokenProblem = githubTokenProblem(settings.token);
  if (tokenProblem) return warn(tokenProblem);
  const left = settings.deadline + PAST_DEADLINE_MS - performance.now();
  if (left < MIN_COMMENT_MS) return warn('the run reached timeout-seconds, so no time is left to comment');
  // Whole milliseconds, for the words ("GitHub did not answer within 1.499 s").
  const bounded: CommentLimits = {
    ...limits,
    totalTimeoutMs: Math.floor(Math.min(limits.totalTimeoutMs, left)),
    callTimeoutMs: Math.floor(Math.min(limits.callTimeoutMs, left))
  };
  let client: GitHubClient | undefined;
  try {
    const marker = commentMarker(run.environment, run.mode, github.job);
    // Redacted before it is cut to GitHub's limit, so the cut body is the one sent.
    const runUrl = runUrlOf(github);
    const body = commentBody({ marker, summary: settings.redact(run.markdown), runUrl: runUrl && settings.redact(runUrl) });
    client = await connect(settings.token, github.apiUrl || 'https://api.github.com', settings.proxy);
    const done = await upsertStickyComment(client, pr.target, marker, body, bounded, settings.redact, settings.cancelled);
    out.info(`Pull request #${number}: gate comment ${done.action}${done.url ? ` (${done.url})` : ''}.`);
  } catch (error) {
    warn(error instanceof CommentError ? error.message : `the GitHub client failed: ${errorText(error, settings.redact).message}`);
  } finally {
    await client?.close?.().catch(() => {});
  }
}

/**
 * What is wrong with github-token, checked only here: a token the comment will not use (no pull
 * request, pr-comment false) cannot block a run.
 */
function githubTokenProblem(token: string): string | undefined {
  if (token === '') return 'no github-token was given (pass one, or set pr-comment: false)';
  // The domain's rule and words; the hint is the token's own, as GitHub (not MONCRENEAU) issues it.
  if (isPadded(token)) return `${paddedProblem('github-token')} (store it exactly as issued)`;
  if (token.length < 12 || token.length > 4096) return 'github-token is not a GitHub token (check the secret passed: the workflow’s is secrets.GITHUB_TOKEN)';
  return undefined;
}
