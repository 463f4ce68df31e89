// `npm run audit:security`: the security figures of @baton/guard, measured now on the corpus.
import { measureSecurity, measureThroughput, megabytesPerSecond } from './measure';

async function main(): Promise<void> {
  const f = await measureSecurity();
  const t = await measureThroughput();
  const lines = [
    `secrets masked / planted: ${f.masked}/${f.planted} (${f.maskedWithKind} with their kind and fingerprint; secretlint's recommended preset alone: ${f.presetAloneMasked}/${f.planted})`,
    `false positives per 1,000 clean lines: ${((f.cleanFlags / f.cleanLines) * 1000).toFixed(2)} (${f.cleanFlags} in ${f.cleanLines} lines of real code and docs)`,
    `model paths refused / escape attempts: ${f.escapesRefused}/${f.escapeAttempts} (legitimate paths accepted: ${f.legitimateAccepted}/${f.legitimateChanges})`,
    `files refused / secret, ignored or outside files named: ${f.outgoingRefused}/${f.outgoingAttempts} (ordinary files let through: ${f.ordinarySent}/${f.ordinaryFiles})`,
    `redaction throughput: ${megabytesPerSecond(t.megabytes, t.redactMs).toFixed(1)} MB/s read + redact vs ${megabytesPerSecond(t.megabytes, t.readMs).toFixed(1)} MB/s read only: ${(t.redactMs / t.readMs).toFixed(1)}x the time (${t.files} files, ${t.megabytes.toFixed(2)} MB, medians of 10 side-by-side rounds)`,
    ...f.missed.map((plant) => `MISSED: ${plant.kind} in ${plant.file}`),
  ];
  console.log(lines.join('\n'));
  const complete =
    f.masked === f.planted &&
    f.escapesRefused === f.escapeAttempts &&
    f.outgoingRefused === f.outgoingAttempts;
  if (!complete) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
