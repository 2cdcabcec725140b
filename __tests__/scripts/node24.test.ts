/** How the tests find the Node 24 that runs the built action, on any development machine. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { findNode24, machineNode } from '../../scripts/node24.mjs';

const version = (path: string) => execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();

describe('findNode24', () => {
  it('finds a binary that really is Node 24 when nothing is set', () => {
    const found = findNode24({});
    if (!found.ok) throw new Error(found.reason);
    expect(version(found.path)).toMatch(/^24\./);
  });

  it('takes MONCRENEAU_GATE_NODE24 when it is Node 24', () => {
    const packaged = findNode24({});
    if (!packaged.ok) throw new Error(packaged.reason);
    expect(findNode24({ MONCRENEAU_GATE_NODE24: packaged.path })).toEqual({ ok: true, path: packaged.path });
  });

  it('refuses MONCRENEAU_GATE_NODE24 pointing at another version, naming it', () => {
    const major = Number(process.versions.node.split('.')[0]);
    if (major === 24) return; // this Node is 24: there is no other version at hand to refuse
    expect(findNode24({ MONCRENEAU_GATE_NODE24: process.execPath })).toEqual({
      ok: false,
      reason: `MONCRENEAU_GATE_NODE24=${process.execPath} is Node ${major}, not 24`
    });
  });

  it('refuses MONCRENEAU_GATE_NODE24 pointing at nothing', () => {
    const found = findNode24({ MONCRENEAU_GATE_NODE24: '/nonexistent/node' });
    expect(found).toEqual({ ok: false, reason: 'MONCRENEAU_GATE_NODE24=/nonexistent/node is not a Node binary that runs' });
  });
});

describe('machineNode', () => {
  // Under `npm run bench`, `node` is node_modules/.bin/node (Node 24): npm says which Node it runs on.
  it("takes the Node npm runs on, with its own version, over this process's", () => {
    const packaged = findNode24({});
    if (!packaged.ok) throw new Error(packaged.reason);
    expect(machineNode({ npm_node_execpath: packaged.path })).toEqual({ path: packaged.path, version: `v${version(packaged.path)}` });
  });

  it("is this process's Node outside npm, or when npm names a binary that is not there", () => {
    const self = { path: process.execPath, version: process.version };
    expect(machineNode({})).toEqual(self);
    expect(machineNode({ npm_node_execpath: '/nonexistent/node' })).toEqual(self);
  });
});
