#!/usr/bin/env node
// Guards the architecture of DEVELOPERS.md: data flows one way through the stages, a package never
// imports one that comes after it, every @reckon import is declared, and the functional core does no I/O.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const STAGES = ['schema', 'ingest', 'extract', 'reconcile', 'warehouse', 'publish', 'cli'];
const PURE = new Set(['extract', 'reconcile']);
const IO_MODULES = /^(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|dgram|worker_threads|cluster)$/;
const root = join(import.meta.dirname, '..');
const only = process.argv[2];

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
});

const problems = [];
for (const name of only ? [only] : STAGES) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
  if (!statSync(join(dir, 'src', 'index.ts'), { throwIfNoEntry: false })) problems.push(`packages/${name}: no src/index.ts`);
  for (const file of files(join(dir, 'src'))) {
    const isTest = file.endsWith('.test.ts') || /\/_test-/.test(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      if (!spec) continue;
      const where = relative(root, file);
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (pkg.startsWith('@reckon/')) {
        const target = pkg.slice('@reckon/'.length);
        if (STAGES.indexOf(target) >= STAGES.indexOf(name) && !(isTest && target !== name)) problems.push(`${where}: ${name} imports ${pkg}, a later stage`);
        if (!declared.has(pkg) && target !== name) problems.push(`${where}: imports ${pkg} without declaring it in package.json${isTest ? ' (devDependencies: turbo builds it first)' : ''}`);
      }
      if (PURE.has(name) && !isTest && IO_MODULES.test(spec)) problems.push(`${where}: ${name} is pure (no I/O) but imports ${spec}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`architecture ok: ${(only ? [only] : STAGES).join(', ')}`);
