#!/usr/bin/env node
/**
 * `npm test`: every check in order, then one plain summary line that CI reads:
 *
 *   N passed, N failed
 *
 * Typecheck, lint, format, the translation gates and the production build
 * each count as one check; unit and end-to-end tests count one per test. A
 * failed build skips the end-to-end tests (they need it) and counts them as
 * failed, so a red build is never green.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

function countCheck(label, ok) {
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

countCheck('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit']));
countCheck('lint', run('lint', 'npx', ['eslint', '.']));
countCheck('format', run('format', 'npx', ['prettier', '--check', '.']));
// The translation gates: structure, numbers, terms, letters, language, current (scripts/i18n-check.ts).
countCheck('translations', run('translation gates', 'npx', ['tsx', 'scripts/i18n-check.ts']));

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  if (unit.numFailedTests > 0) failures.push(`${unit.numFailedTests} unit test(s)`);
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) countCheck('unit tests (did not run)', false);

const buildOk = run('production build (all locales, handout PDFs)', 'npm', ['run', 'build']);
countCheck('build', buildOk);

if (buildOk && existsSync('build/index.html')) {
  const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test'], {
    CI: process.env.CI ?? '1',
  });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
    results.passed += expected + flaky;
    results.failed += unexpected;
    if (unexpected > 0) failures.push(`${unexpected} end-to-end test(s)`);
  }
  if (!e2eOk && (!e2e || (e2e.stats?.unexpected ?? 0) === 0))
    countCheck('end-to-end tests (did not run)', false);
} else {
  countCheck('end-to-end tests (skipped: no build)', false);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
