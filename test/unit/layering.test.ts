import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The server reads as faces → modules → repositories and the engine. These checks read the
 * relative imports of every file and fail when a folder reaches upwards or two folders need each
 * other, so the layering survives changes nobody reviews as a whole.
 */

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const files = execFileSync('git', ['ls-files', 'server/*.ts', 'common/*.ts'], { cwd: root, encoding: 'utf8' }).trim().split('\n');

/** The unit an import is counted for: one folder per feature, face or layer; root files alone. */
function unitOf(file: string): string {
  const parts = file.replace(/\.ts$/, '').split('/');
  if (parts[0] === 'common') return 'common';
  if (parts.length === 2) return `server/${parts[1]}`;
  if (parts[1] === 'modules' || parts[1] === 'faces') return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

const imports: { from: string; to: string; file: string }[] = [];
for (const file of files) {
  const text = readFileSync(resolve(root, file), 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = relative(root, resolve(root, dirname(file), match[1]!)).replace(/\.js$/, '.ts');
    const from = unitOf(file);
    const to = unitOf(target);
    if (from !== to) imports.push({ from, to, file });
  }
}

const offending = (from: (unit: string) => boolean, to: (unit: string) => boolean) =>
  imports.filter((i) => from(i.from) && to(i.to)).map((i) => `${i.file} imports ${i.to}`);

const isModule = (u: string) => u.startsWith('server/modules/') || u === 'server/modules';
// The wiring: what builds the core and mounts the faces.
const isRoot = (u: string) => ['server/core', 'server/config', 'server/app', 'server/cli', 'server/main', 'server/index', 'server/mount'].includes(u);

describe('server layering', () => {
  it('keeps common/ free of server code', () => {
    expect(offending((u) => u === 'common', (u) => u.startsWith('server'))).toEqual([]);
  });

  it('keeps the query engine self-contained', () => {
    expect(offending((u) => u === 'server/query-engine', (u) => u !== 'server/query-engine' && u !== 'common')).toEqual([]);
  });

  it('keeps the metadata store below the modules', () => {
    expect(offending((u) => u === 'server/db', (u) => isModule(u) || u.startsWith('server/faces') || u === 'server/plugins' || isRoot(u))).toEqual([]);
  });

  it('keeps modules below faces, plugins and the wiring', () => {
    expect(offending(isModule, (u) => u.startsWith('server/faces') || u === 'server/plugins' || isRoot(u))).toEqual([]);
  });

  it('lets faces reach the engine and the store only through modules', () => {
    expect(offending((u) => u.startsWith('server/faces'), (u) => u === 'server/db' || u === 'server/query-engine')).toEqual([]);
  });

  it('keeps the predicate language free of any store, module or face', () => {
    expect(offending((u) => u === 'server/predicates', (u) => u !== 'common')).toEqual([]);
  });

  it('leaves the choice of stores to the wiring: nothing below it imports server/stores', () => {
    expect(offending((u) => !isRoot(u) && u !== 'server/stores', (u) => u === 'server/stores')).toEqual([]);
  });

  it('has no cycles between folders', () => {
    const next = new Map<string, Set<string>>();
    for (const { from, to } of imports) next.set(from, (next.get(from) ?? new Set()).add(to));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (unit: string, path: string[]) => {
      state.set(unit, 'open');
      for (const to of next.get(unit) ?? []) {
        if (state.get(to) === 'open') cycles.push([...path.slice(path.indexOf(to)), unit, to].join(' → '));
        else if (!state.has(to)) walk(to, [...path, unit]);
      }
      state.set(unit, 'done');
    };
    for (const unit of next.keys()) if (!state.has(unit)) walk(unit, []);
    expect(cycles).toEqual([]);
  });
});
