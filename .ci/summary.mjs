// Prints one "N passed, N failed" line per runner and a total, from their machine-readable output.
import { readFileSync } from 'node:fs';

const [jestFile, tapFile] = process.argv.slice(2);
const jest = JSON.parse(readFileSync(jestFile, 'utf8'));
const tap = readFileSync(tapFile, 'utf8');
const tapCount = name =>
  Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);

const runs = [
  [
    'packages',
    jest.numPassedTests,
    jest.numFailedTests + jest.numRuntimeErrorTestSuites,
  ],
  ['browser', tapCount('pass'), tapCount('fail')],
];
let passed = 0;
let failed = 0;
for (const [name, p, f] of runs) {
  if (!Number.isFinite(p) || !Number.isFinite(f)) {
    console.error(`${name}: no result found`);
    process.exit(1);
  }
  console.log(`${name}: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
}
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
