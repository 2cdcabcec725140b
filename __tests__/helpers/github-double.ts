/**
 * A local stand-in for the GitHub REST API's issue comments, for the pull request comment
 * tests: GET /user, list / create issue comments, update a comment. It records every request
 * (method, URL, headers, raw body) so tests can assert what the gate sent.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface GitHubDouble {
  url: string;
  requests: RecordedRequest[];
  /** Comments by issue number. */
  comments: Map<number, StoredComment[]>;
  /** The login the token belongs to; null makes GET /user answer 403 as it does for GITHUB_TOKEN. */
  tokenUser: { login: string; type: string } | null;
  /** When set, every write (POST, PATCH) answers this. */
  refuseWrites?: { status: number; message: string };
  /** When true, no request is ever answered. */
  hang: boolean;
  addComment(issue: number, body: string, user: { login: string; type: string }): StoredComment;
  close(): Promise<void>;
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
};

export async function startGitHubDouble(): Promise<GitHubDouble> {
  let nextId = 1000;
  const hanging = new Set<ServerResponse>();
  const double: GitHubDouble = {
    url: '',
    requests: [],
    comments: new Map(),
    tokenUser: null,
    hang: false,
    addComment(issue, body, user) {
      const id = nextId++;
      const comment = { id, body, user, html_url: `https://github.example/acme/shop/pull/${issue}#issuecomment-${id}` };
      double.comments.set(issue, [...(double.comments.get(issue) ?? []), comment]);
      return comment;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      double.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (double.hang) return void hanging.add(res);
      const url = new URL(req.url ?? '/', 'http://github.local');
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const writing = req.method === 'POST' || req.method === 'PATCH';
      if (writing && double.refuseWrites) {
        return send(res, double.refuseWrites.status, { message: double.refuseWrites.message, documentation_url: 'https://docs.github.com/rest' });
      }
      if (req.method === 'GET' && url.pathname === '/user') {
        return double.tokenUser
          ? send(res, 200, { ...double.tokenUser, id: 1 })
          : send(res, 403, {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
            });
      }
      if (list && req.method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = double.comments.get(Number(list[1])) ?? [];
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage));
      }
      if (list && req.method === 'POST') {
        const author = double.tokenUser ?? ACTIONS_BOT;
        return send(res, 201, double.addComment(Number(list[1]), (JSON.parse(body) as { body: string }).body, author));
      }
      if (one && req.method === 'PATCH') {
        const comment = [...double.comments.values()].flat().find((c) => c.id === Number(one[1]));
        if (!comment) return send(res, 404, { message: 'Not Found' });
        comment.body = (JSON.parse(body) as { body: string }).body;
        return send(res, 200, comment);
      }
      send(res, 404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return double;
}
