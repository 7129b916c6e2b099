// Reads one linter's JSON report and prints a one-line summary (then each problem, if any).
// Exits 1 on any error or warning, so that run.sh fails on warnings as well.
// Usage: node report.mjs spectral|redocly <report.json>
import { readFileSync } from 'node:fs';

const [tool, file] = process.argv.slice(2);
const pointerSegment = s => String(s).replaceAll('~', '~0').replaceAll('/', '~1');
const report = JSON.parse(readFileSync(file, 'utf8'));

let problems;
let version;
if (tool === 'spectral') {
  // Spectral's severities: 0 error, 1 warning, 2 info, 3 hint; lines are 0-based.
  const names = ['error', 'warning', 'info', 'hint'];
  version = JSON.parse(readFileSync(new URL('./node_modules/@stoplight/spectral-cli/package.json', import.meta.url))).version;
  problems = report.map(p => ({
    severity: names[p.severity],
    rule: p.code,
    at: `${p.range.start.line + 1}:${p.range.start.character + 1} #/${p.path.map(pointerSegment).join('/')}`,
    message: p.message,
  }));
} else if (tool === 'redocly') {
  version = report.version;
  problems = report.problems.map(p => ({
    severity: p.severity === 'warn' ? 'warning' : p.severity,
    rule: p.ruleId,
    at: `${p.location[0]?.start?.line ?? '?'}:${p.location[0]?.start?.col ?? '?'} ${p.location[0]?.pointer ?? ''}`,
    message: p.message,
  }));
} else {
  console.error(`unknown linter '${tool}'`);
  process.exit(2);
}

const count = severity => problems.filter(p => p.severity === severity).length;
const errors = count('error');
const warnings = count('warning');
const others = problems.length - errors - warnings;
console.log(`${tool} ${version}: ${errors} errors, ${warnings} warnings${others ? `, ${others} infos/hints` : ''}`);
for (const p of problems) {
  console.log(`  ${p.severity.padEnd(7)} ${p.rule.padEnd(32)} ${p.at}  ${p.message}`);
}
process.exit(errors + warnings > 0 ? 1 : 0);
