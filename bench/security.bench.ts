// @baton/guard's figures: secrets masked, false positives, refusals, and redaction cost against reading.
import { type BenchRow, ratio } from './bench';
import {
  BARS,
  measureIndependent,
  measureSecurity,
  measureThroughput,
  megabytesPerSecond,
} from '../packages/guard/audit/measure';

export async function run(): Promise<BenchRow[]> {
  const f = await measureSecurity();
  const g = measureIndependent();
  const t = await measureThroughput();
  const speed = megabytesPerSecond(t.megabytes, t.redactCpuMs);
  const share = (part: number, whole: number) => `${part}/${whole}`;
  return [
    {
      benchmark: 'security: secrets',
      subject: 'masked',
      baseline: 'planted',
      figure: share(f.masked, f.planted),
      notes: `secretlint's recommended preset alone: ${share(f.presetAloneMasked, f.planted)}`,
    },
    {
      benchmark: 'security: independent secrets',
      subject: 'masked',
      baseline: 'generated from gitleaks rules',
      figure: share(g.masked, g.samples),
      notes: `${((g.masked / g.samples) * 100).toFixed(1)}% recall (aim: at least ${BARS.independentRecall * 100}%); ${g.rules}`,
    },
    {
      benchmark: 'security: false positives',
      subject: 'masked in clean text',
      baseline: '1,000 clean lines',
      figure: ((f.cleanFlags / f.cleanLines) * 1000).toFixed(2),
      notes: `${f.cleanFlags} in ${f.cleanLines} lines of real code and docs`,
    },
    {
      benchmark: 'security: model paths',
      subject: 'refused',
      baseline: 'escape attempts',
      figure: share(f.escapesRefused, f.escapeAttempts),
      notes: `legitimate paths accepted: ${share(f.legitimateAccepted, f.legitimateChanges)}`,
    },
    {
      benchmark: 'security: outgoing files',
      subject: 'refused',
      baseline: 'secret, ignored or outside files',
      figure: share(f.outgoingRefused, f.outgoingAttempts),
      notes: `ordinary files let through: ${share(f.ordinarySent, f.ordinaryFiles)}`,
    },
    {
      benchmark: 'security: redaction throughput',
      subject: 'read + redact',
      baseline: 'read only',
      figure: ratio(t.redactCpuMs / t.readCpuMs),
      notes: `CPU time, best of ${t.rounds} rounds: ${speed.toFixed(1)} MB/s vs ${megabytesPerSecond(t.megabytes, t.readCpuMs).toFixed(1)} MB/s over ${t.megabytes.toFixed(2)} MB (wall medians: ${megabytesPerSecond(t.megabytes, t.redactMs).toFixed(1)} vs ${megabytesPerSecond(t.megabytes, t.readMs).toFixed(1)} MB/s)`,
    },
    {
      benchmark: 'security: redaction speed',
      subject: 'read + redact',
      baseline: 'MB/s on the clean corpus (CPU time, best round)',
      figure: speed.toFixed(1),
      notes: `aim: at least ${BARS.megabytesPerSecond} MB/s; ${t.files} files, ${t.megabytes.toFixed(2)} MB`,
    },
  ];
}
