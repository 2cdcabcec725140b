/**
 * The sticky pull request comment, as pure functions: which pull request a run belongs to, the
 * hidden marker, the body (the job summary, cut to fit GitHub's limit) and which of the
 * existing comments is the gate's own. No I/O: src/io/github-comment.ts does the talking.
 */
import { cutToFit, utf16Units } from './cut-to-fit.js';
import { isPullRequestEvent } from './pull-request-event.js';

/** GitHub refuses a comment body longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The author of comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** Where a comment goes. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** An issue comment as the REST API lists it; only the fields the gate reads. */
export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login: string; type?: string } | null;
}

export type PullRequestOf = { kind: 'none' } | { kind: 'invalid'; reason: string; number?: number } | { kind: 'pull-request'; target: PullRequestTarget };

const REPOSITORY = /^([\w.-]+)\/([\w.-]+)$/;

/**
 * The pull request a run belongs to, from the event's name, its payload (GITHUB_EVENT_PATH)
 * and GITHUB_REPOSITORY. `none` for any other event: no comment is due.
 */
export function pullRequestOf(eventName: string | undefined, payload: unknown, repository: string | undefined): PullRequestOf {
  if (!isPullRequestEvent(eventName)) return { kind: 'none' };
  const pr = (payload as { pull_request?: { number?: unknown } } | null | undefined)?.pull_request;
  const number = pr?.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    return { kind: 'invalid', reason: `the ${eventName} event payload has no pull_request.number` };
  }
  const repo = REPOSITORY.exec(repository ?? '');
  if (!repo) return { kind: 'invalid', number, reason: 'GITHUB_REPOSITORY is not set as owner/name' };
  return { kind: 'pull-request', target: { owner: repo[1]!, repo: repo[2]!, number } };
}

const markerWord = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'none';

/**
 * The hidden marker that makes a comment the gate's. One per environment and mode, so a matrix
 * over staging and production keeps one comment each. Only [a-z0-9_-] from the values, so no
 * input can close the HTML comment.
 */
export function commentMarker(environment: string, mode: string, job?: string): string {
  // The job keeps two gated applications in one pull request (two jobs) on their own comments.
  const prefix = job ? `${markerWord(job)}:` : '';
  return `<!-- moncreneau-deploy-gate:${prefix}${markerWord(environment)}:${markerWord(mode)} -->`;
}

/** The run's page, when the runner's variables give a well-formed one. */
export function runUrlOf(run: { serverUrl?: string | undefined; repository?: string | undefined; runId?: string | undefined }): string | undefined {
  const server = run.serverUrl ?? 'https://github.com';
  if (!/^https?:\/\/[^\s()<>[\]]+$/.test(server)) return undefined;
  if (!REPOSITORY.test(run.repository ?? '') || !/^\d+$/.test(run.runId ?? '')) return undefined;
  return `${server.replace(/\/+$/, '')}/${run.repository}/actions/runs/${run.runId}`;
}

const CUT_NOTE = '> ✂️ This comment was cut to fit GitHub’s size limit: the job summary has everything.';

/**
 * Keeps a comment from notifying anyone. On GitHub a backslash does not stop `\@name` from
 * mentioning (and notifying) that user or team, nor `\#12` from cross-referencing an issue:
 * both are recognised after Markdown is rendered. A zero-width space (as an entity) after the
 * `@` or `#` breaks them and shows nothing. Code fences are left alone: nothing links in them.
 */
export function quietMentions(markdown: string): string {
  let fence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fence = !fence;
      else if (!fence) return line.replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, (c) => `${c}&#8203;`);
      return line;
    })
    .join('\n');
}

/**
 * The comment's body: the marker, the job summary (mentions made quiet) and a link to the run.
 * Never longer than `limit` characters (JavaScript counts UTF-16 units, never fewer than
 * GitHub's characters).
 */
export function commentBody(input: { marker: string; summary: string; runUrl?: string; limit?: number }): string {
  const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
  const head = `${input.marker}\n`;
  const foot = input.runUrl ? `\n\n<sub>Posted by moncreneau-deploy-gate and updated on every run · [workflow run](${input.runUrl})</sub>\n` : '\n';
  const summary = quietMentions(input.summary.replace(/\s+$/, ''));
  if (head.length + summary.length + foot.length <= limit) return `${head}${summary}${foot}`;
  return `${head}${cutToFit(summary, limit - head.length - foot.length, CUT_NOTE, utf16Units)}${foot}`;
}

/**
 * The gate's own earlier comment: it starts with the marker and was written by `author` (the
 * token's user). When the author could not be read (GET /user answers 403 to a workflow's
 * GITHUB_TOKEN), the comment of the github-actions[bot] account. The oldest one wins, so
 * duplicates left by racing runs do not move the comment.
 */
export function findStickyComment(comments: readonly IssueComment[], marker: string, author: string | null): IssueComment | undefined {
  return comments.find((c) => {
    if (typeof c.body !== 'string' || !c.body.startsWith(marker)) return false;
    if (author !== null) return c.user?.login === author;
    return c.user?.type === 'Bot' && c.user.login === ACTIONS_BOT_LOGIN;
  });
}
