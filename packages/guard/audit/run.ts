// `npm run audit:security`: the security figures of @baton/guard, measured now, each beside its bar.
import { availableParallelism, loadavg } from 'node:os';
import {
  BARS,
  measureIndependent,
  measureSecurity,
  measureThroughput,
  megabytesPerSecond,
} from './measure';

const meets = (ok: boolean) => (ok ? 'meets' : 'BELOW');

async function main(): Promise<void> {
  const f = await measureSecurity();
  const g = measureIndependent();
  const t = await measureThroughput();
  const recall = g.masked / g.samples;
  const perThousand = (f.cleanFlags / f.cleanLines) * 1000;
  const speed = megabytesPerSecond(t.megabytes, t.redactCpuMs);
  const checks = [
    f.masked === f.planted,
    recall >= BARS.independentRecall,
    perThousand <= BARS.falsePositivesPerThousandLines,
    f.escapesRefused === f.escapeAttempts,
    f.outgoingRefused === f.outgoingAttempts,
    speed >= BARS.megabytesPerSecond,
  ];
  const lines = [
    `own corpus, secrets masked / planted: ${f.masked}/${f.planted} (bar: all; ${meets(checks[0])}) (${f.maskedWithKind} with their kind and fingerprint; secretlint's recommended preset alone: ${f.presetAloneMasked}/${f.planted})`,
    `independent corpus, recall: ${(recall * 100).toFixed(1)}% (${g.masked}/${g.samples} generated from ${g.rules}; bar: ${BARS.independentRecall * 100}%; ${meets(checks[1])})`,
    `false positives per 1,000 clean lines: ${perThousand.toFixed(2)} (${f.cleanFlags} in ${f.cleanLines} lines of real code and docs; bar: ${BARS.falsePositivesPerThousandLines}; ${meets(checks[2])})`,
    `model paths refused / escape attempts: ${f.escapesRefused}/${f.escapeAttempts} (bar: all; ${meets(checks[3])}) (legitimate paths accepted: ${f.legitimateAccepted}/${f.legitimateChanges})`,
    `files refused / secret, ignored or outside files named: ${f.outgoingRefused}/${f.outgoingAttempts} (bar: all; ${meets(checks[4])}) (ordinary files let through: ${f.ordinarySent}/${f.ordinaryFiles})`,
    `redaction throughput: ${speed.toFixed(1)} MB/s read + redact in CPU time, best of ${t.rounds} rounds (bar: ${BARS.megabytesPerSecond} MB/s; ${meets(checks[5])}) vs ${megabytesPerSecond(t.megabytes, t.readCpuMs).toFixed(1)} MB/s read only; wall-clock medians: ${megabytesPerSecond(t.megabytes, t.redactMs).toFixed(1)} vs ${megabytesPerSecond(t.megabytes, t.readMs).toFixed(1)} MB/s (${t.files} clean files, ${t.megabytes.toFixed(2)} MB; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
    ...g.skipped.map((rule) => `independent corpus, left out: ${rule.rule} (${rule.why})`),
    ...f.missed.map((plant) => `MISSED: ${plant.kind} in ${plant.file}`),
    ...g.missed.map(
      (sample) => `MISSED (independent): ${sample.rule}: ${JSON.stringify(sample.text)}`,
    ),
  ];
  console.log(lines.join('\n'));
  if (checks.includes(false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
