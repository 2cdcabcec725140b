/**
 * Posts the job summary on the pull request as one sticky comment, updated on later runs.
 * Reporting only: every failure (a fork's read-only token, no token, GitHub down) is a warning
 * and the verdict stands. The GitHub client is loaded only when a comment is due.
 */
import { isPullRequestEvent } from '../report/pull-request-event.js';
import { readFileSync } from 'node:fs';
import type { Redactor } from '../redact.js';
import { commentBody, commentMarker, findStickyComment, pullRequestOf, runUrlOf, type IssueComment, type PullRequestOf, type PullRequestTarget } from '../report/pr-comment.js';
import { USER_AGENT } from '../version.js';
import type { GateIO } from './gate-io.js';

/** The part of an Octokit client the comment needs; tests may pass any object with it. */
export interface GitHubClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

export type ConnectGitHub = (token: string, baseUrl: string) => Promise<GitHubClient>;

/** What the gate knows about the comment before the run: pr-comment and github-token. */
export interface CommentSettings {
  enabled: boolean;
  token: string;
  /** The run's redactor: the body is scrubbed like everything else the gate writes. */
  redact: Redactor;
  /** `performance.now()` value of the run's deadline: the comment may use 1.5 s past it, no more. */
  deadline: number;
}

/** Time the comment may take past the run's deadline (the gate promises to exit within 2 s of it). */
const PAST_DEADLINE_MS = 1_500;
const MIN_COMMENT_MS = 1_000;

export interface CommentLimits {
  /** Each GitHub call. */
  callTimeoutMs: number;
  /** Every call together, so a slow GitHub delays the job's end by a bounded time. */
  totalTimeoutMs: number;
  /** Pages of 100 comments searched for the earlier comment. */
  maxPages: number;
}

const COMMENT_LIMITS: CommentLimits = { callTimeoutMs: 10_000, totalTimeoutMs: 20_000, maxPages: 10 };

/** A GitHub call that did not succeed, with what the user should read. */
class CommentError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message);
  }
}

/** Octokit from @actions/github, imported here only: a run without a comment never parses it. */
export const connectToGitHub: ConnectGitHub = async (token, baseUrl) => {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl, userAgent: USER_AGENT }) as unknown as GitHubClient;
};

const STATUS_MEANING: Record<number, string> = {
  401: 'the token is invalid or expired',
  403: 'a fork’s token is read-only; otherwise give the job permissions: pull-requests: write',
  404: 'the token cannot see this repository or pull request',
  422: 'GitHub refused the comment'
};

function errorText(error: unknown): { status?: number; message: string } {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } } | null;
  // Octokit reports a network failure as status 500 with no response.
  const status = typeof e?.status === 'number' && e.response ? e.status : undefined;
  const raw = typeof e?.response?.data?.message === 'string' ? e.response.data.message : typeof e?.message === 'string' ? e.message : String(error);
  // Octokit appends " - <documentation url>": the message alone reads better in a log line.
  const message = raw.replace(/ - https?:\/\/\S+$/, '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { status, message };
}

/** One GitHub call under its own timeout and the shared one, failing as a CommentError. */
async function call(client: GitHubClient, route: string, parameters: Record<string, unknown>, limits: CommentLimits, total: AbortSignal) {
  const signal = AbortSignal.any([AbortSignal.timeout(limits.callTimeoutMs), total]);
  try {
    return await client.request(route, { ...parameters, request: { signal } });
  } catch (error) {
    if (signal.aborted) throw new CommentError(`GitHub did not answer within ${(total.aborted ? limits.totalTimeoutMs : limits.callTimeoutMs) / 1000} s`);
    const { status, message } = errorText(error);
    if (status === undefined) throw new CommentError(`GitHub could not be reached: ${message}`);
    const meaning = STATUS_MEANING[status];
    throw new CommentError(`${status} ${message}${meaning ? ` (${meaning})` : ''}`, status);
  }
}

/** The token's login, or null when GitHub will not say (403 for a workflow's GITHUB_TOKEN). */
async function tokenAuthor(client: GitHubClient, limits: CommentLimits, total: AbortSignal): Promise<string | null> {
  try {
    const { data } = await call(client, 'GET /user', {}, limits, total);
    const login = (data as { login?: unknown }).login;
    return typeof login === 'string' ? login : null;
  } catch (error) {
    if (error instanceof CommentError && error.status !== undefined) return null;
    throw error;
  }
}

async function findEarlier(client: GitHubClient, target: PullRequestTarget, marker: string, author: string | null, limits: CommentLimits, total: AbortSignal) {
  for (let page = 1; page <= limits.maxPages; page++) {
    const { data } = await call(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), per_page: 100, page }, limits, total);
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
async function upsertStickyComment(client: GitHubClient, target: PullRequestTarget, marker: string, body: string, limits = COMMENT_LIMITS): Promise<Upserted> {
  const total = AbortSignal.timeout(limits.totalTimeoutMs);
  const author = await tokenAuthor(client, limits, total);
  const earlier = await findEarlier(client, target, marker, author, limits, total);
  const done = (action: Upserted['action'], data: unknown): Upserted => {
    const c = data as Partial<IssueComment> | null;
    if (typeof c?.id !== 'number') throw new CommentError(`GitHub answered the comment ${action === 'created' ? 'creation' : 'update'} with something that is not a comment (${notJson(data)})`);
    return { action, id: c.id, url: typeof c.html_url === 'string' ? c.html_url : '' };
  };
  if (earlier) {
    try {
      const { data } = await call(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: earlier.id, body }, limits, total);
      return done('updated', data);
    } catch (error) {
      // Deleted between the listing and now: a new one takes its place.
      if (!(error instanceof CommentError && error.status === 404)) throw error;
    }
  }
  const { data } = await call(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue(target), body }, limits, total);
  return done('created', data);
}

function readPullRequest(env: NodeJS.ProcessEnv): PullRequestOf {
  const eventName = env.GITHUB_EVENT_NAME;
  if (!isPullRequestEvent(eventName)) return { kind: 'none' };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
  } catch (error) {
    return { kind: 'invalid', reason: `the event payload (GITHUB_EVENT_PATH) could not be read: ${(error as Error).message}` };
  }
  return pullRequestOf(eventName, payload, env.GITHUB_REPOSITORY);
}

/**
 * Posts or updates the comment when the run belongs to a pull request and pr-comment is true.
 * Never throws and never changes the verdict: a failure is a warning annotation.
 */
export async function postPullRequestComment(
  settings: CommentSettings,
  run: { markdown: string; environment: string; mode: string },
  env: NodeJS.ProcessEnv,
  out: GateIO,
  connect: ConnectGitHub = connectToGitHub,
  limits: CommentLimits = COMMENT_LIMITS
): Promise<void> {
  if (!settings.enabled) return;
  const pr = readPullRequest(env);
  if (pr.kind === 'none') return;
  const number = pr.kind === 'pull-request' ? pr.target.number : pr.number;
  const warn = (why: string) =>
    out.annotate({
      level: 'warning',
      title: 'Pull request comment not posted',
      message: `Could not comment on ${number ? `pull request #${number}` : 'the pull request'}: ${why}. The verdict is unchanged.`
    });
  if (pr.kind === 'invalid') return warn(pr.reason);
  if (settings.token === '') return warn('no github-token was given (pass one, or set pr-comment: false)');
  const left = settings.deadline + PAST_DEADLINE_MS - performance.now();
  if (left < MIN_COMMENT_MS) return warn('the run reached timeout-seconds, so no time is left to comment');
  const bounded: CommentLimits = { ...limits, totalTimeoutMs: Math.min(limits.totalTimeoutMs, left), callTimeoutMs: Math.min(limits.callTimeoutMs, left) };
  try {
    const marker = commentMarker(run.environment, run.mode, env.GITHUB_JOB);
    const body = settings.redact(commentBody({ marker, summary: settings.redact(run.markdown), runUrl: runUrlOf(env) }));
    const client = await connect(settings.token, env.GITHUB_API_URL || 'https://api.github.com');
    const done = await upsertStickyComment(client, pr.target, marker, body, bounded);
    out.info(`Pull request #${number}: gate comment ${done.action}${done.url ? ` (${done.url})` : ''}.`);
  } catch (error) {
    warn(error instanceof CommentError ? error.message : `the GitHub client failed: ${errorText(error).message}`);
  }
}
