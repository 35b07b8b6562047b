#!/usr/bin/env node
// The host type test: compiles test/types/ with `tsc --noEmit` against the built declarations
// in dist/, imported by the package's own name as a host imports them. Builds first when dist/
// is missing or older than a source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = 'dist/types/elements.d.ts';

function newestIn(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < newestIn('src')) {
  console.log('dist/ is missing or older than src/: building first.');
  run('npm', ['run', 'build', '--silent']);
}
run('npx', ['tsc', '-p', 'test/types/tsconfig.json']);
console.log('Host type test: the right assignments compile, every @ts-expect-error is an error.');
