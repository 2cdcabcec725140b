/**
 * A tiny parser for the YAML subset action.yml uses: nested mappings by indentation, plain,
 * single- and double-quoted scalars, `|` / `>` block scalars, comments and blank lines.
 * No sequences, anchors or flow collections: those throw, so a change to action.yml that this
 * parser does not understand fails loudly instead of being misread.
 */
import { readFileSync } from 'node:fs';

export type YamlValue = string | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}

/** A scalar as written after `key: `, quotes removed. */
function scalar(raw: string, lineNo: number): string {
  const text = raw.trim();
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`line ${lineNo}: unterminated single-quoted scalar`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) throw new Error(`line ${lineNo}: unterminated double-quoted scalar`);
    return JSON.parse(text) as string;
  }
  if (/^[[{&*!|>-]/.test(text) && !text.startsWith('${{')) {
    throw new Error(`line ${lineNo}: unsupported YAML construct: ${text}`);
  }
  // A plain scalar: a comment starts at " #".
  return text.replace(/\s+#.*$/, '');
}

interface Line {
  no: number;
  indent: number;
  text: string;
}

export function parseYamlSubset(source: string): YamlMap {
  const lines: Line[] = source.split(/\r?\n/).map((raw, i) => ({
    no: i + 1,
    indent: raw.length - raw.trimStart().length,
    text: raw.trimEnd()
  }));
  let pos = 0;

  const isContent = (l: Line) => l.text.trim() !== '' && !l.text.trim().startsWith('#');

  function parseMap(indent: number): YamlMap {
    const map: YamlMap = {};
    while (pos < lines.length) {
      const line = lines[pos]!;
      if (!isContent(line)) {
        pos++;
        continue;
      }
      if (line.indent < indent) break;
      if (line.indent > indent) throw new Error(`line ${line.no}: unexpected indentation`);
      const m = /^([A-Za-z0-9_.-]+):(?:\s+(.*))?$/.exec(line.text.trim());
      if (!m) throw new Error(`line ${line.no}: not a "key: value" line: ${line.text.trim()}`);
      const key = m[1]!;
      const rest = m[2]?.trim() ?? '';
      if (key in map) throw new Error(`line ${line.no}: duplicate key ${key}`);
      pos++;
      if (rest === '' || rest.startsWith('#')) {
        const next = lines.slice(pos).find(isContent);
        map[key] = next && next.indent > indent ? parseMap(next.indent) : '';
      } else if (/^[|>][-+]?$/.test(rest)) {
        map[key] = blockScalar(indent, rest.startsWith('>'));
      } else {
        map[key] = scalar(rest, line.no);
      }
    }
    return map;
  }

  function blockScalar(parentIndent: number, folded: boolean): string {
    const body: string[] = [];
    let blockIndent = -1;
    while (pos < lines.length) {
      const line = lines[pos]!;
      if (line.text.trim() !== '' && line.indent <= parentIndent) break;
      if (line.text.trim() !== '' && blockIndent < 0) blockIndent = line.indent;
      body.push(line.text.slice(Math.max(blockIndent, 0)));
      pos++;
    }
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    return body.join(folded ? ' ' : '\n') + '\n';
  }

  return parseMap(0);
}

export function readActionYml(path: string): YamlMap {
  return parseYamlSubset(readFileSync(path, 'utf8'));
}

/** A mapping under `key`, or a thrown error naming what is missing. */
export function mapAt(map: YamlMap, key: string): YamlMap {
  const value = map[key];
  if (value === undefined || typeof value === 'string') throw new Error(`${key} is not a mapping`);
  return value;
}
