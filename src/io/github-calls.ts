/**
 * Talking to the GitHub REST API for the pull request comment: the Octokit client (reading every
 * answer through the bounded HTTP client), one call under its time limits, and a failure in
 * words the user can act on.
 */
import type { Budget } from '../engine/timing.js';
import { boundedFetch, FetchFailure } from '../http/bounded-fetch.js';
import { createHttpClient } from '../http/http-client.js';
import type { ProxySettings } from '../http/proxy-rules.js';
import { USER_AGENT } from '../version.js';

/** The part of an Octokit client the comment needs; tests may pass any object with it. */
export interface GitHubClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  /** Releases the connections; never throws. */
  close?(): Promise<void>;
}

/** A client for GitHub's API at `baseUrl`, through the run's proxy when one is given. */
export type ConnectGitHub = (token: string, baseUrl: string, proxy?: ProxySettings) => Promise<GitHubClient>;

export interface CommentLimits {
  /** Each GitHub call. */
  callTimeoutMs: number;
  /** Every call together, so a slow GitHub delays the job's end by a bounded time. */
  totalTimeoutMs: number;
  /** Pages of 100 comments searched for the earlier comment. */
  maxPages: number;
}

export const COMMENT_LIMITS: CommentLimits = { callTimeoutMs: 10_000, totalTimeoutMs: 20_000, maxPages: 10 };

/**
 * A page of 100 comments of up to 65,536 characters each is at most about 7 MB, or 20 MB of
 * multi-byte text: past this, the answer is not a comment listing, and memory stays bounded.
 */
export const GITHUB_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** What every call of one comment shares: its limits, the shared time limit, the run's redactor. */
export interface CallScope {
  limits: CommentLimits;
  /** The comment's whole time: each call's own limit is a part of it. */
  total: Budget;
  /** GitHub's words are redacted before they are cut to a log line. */
  redact: (text: string) => string;
}

/** A GitHub call that did not succeed, with what the user should read. */
export class CommentError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message);
  }
}

/** Octokit from @actions/github, imported here only: a run without a comment never parses it. */
export const connectToGitHub: ConnectGitHub = async (token, baseUrl, proxy) => {
  const { getOctokit } = await import('@actions/github');
  const http = createHttpClient(proxy ? { proxy } : {});
  const fetch = boundedFetch({ http, maxBodyBytes: GITHUB_MAX_BODY_BYTES, timeoutMs: COMMENT_LIMITS.callTimeoutMs });
  const octokit = getOctokit(token, { baseUrl, userAgent: USER_AGENT, request: { fetch } });
  return { request: (route, parameters) => octokit.request(route, parameters), close: () => http.close() };
};

const STATUS_MEANING: Record<number, string> = {
  401: 'the token is invalid or expired',
  403: 'a fork’s token is read-only; otherwise give the job permissions: pull-requests: write',
  404: 'the token cannot see this repository or pull request',
  422: 'GitHub refused the comment'
};

/** Octokit's words cut to a log line, redacted first: its error messages quote GitHub's answer. */
const oneLine = (text: string, redact: (text: string) => string) => redact(text).replace(/\s+/g, ' ').trim().slice(0, 200);

export function errorText(error: unknown, redact: (text: string) => string): { status?: number; message: string } {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } } | null;
  // Octokit reports a network failure as status 500 with no response.
  const status = typeof e?.status === 'number' && e.response ? e.status : undefined;
  const raw = typeof e?.response?.data?.message === 'string' ? e.response.data.message : typeof e?.message === 'string' ? e.message : String(error);
  // Octokit appends " - <documentation url>": the message alone reads better in a log line.
  return { status, message: oneLine(raw.replace(/ - https?:\/\/\S+$/, ''), redact) };
}

/** One GitHub call under its own timeout and the shared one, failing as a CommentError. */
export async function call(client: GitHubClient, route: string, parameters: Record<string, unknown>, scope: CallScope) {
  const { limits, total, redact } = scope;
  const time = total.child(limits.callTimeoutMs);
  try {
    return await client.request(route, { ...parameters, request: { signal: time.signal } });
  } catch (error) {
    if (time.expired && time.stoppedBy === 'cancelled') throw new CommentError('the job was cancelled before GitHub answered');
    if (time.expired) throw new CommentError(`GitHub did not answer within ${Math.floor(time.ranOut ? limits.callTimeoutMs : limits.totalTimeoutMs) / 1000} s`);
    const cause = (error as { cause?: unknown } | null)?.cause;
    if (cause instanceof FetchFailure)
      throw new CommentError(
        `GitHub ${cause.answered ? 'answered with something that cannot be read' : 'could not be reached'}: ${oneLine(cause.message, redact)}`
      );
    const { status, message } = errorText(error, redact);
    if (status === undefined) throw new CommentError(`GitHub could not be reached: ${message}`);
    const meaning = STATUS_MEANING[status];
    throw new CommentError(`${status} ${message}${meaning ? ` (${meaning})` : ''}`, status);
  } finally {
    time.dispose();
  }
}
