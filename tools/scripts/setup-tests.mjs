// What `npm test` needs beyond npm ci: Debian's Chromium, which renders `baton report` in the report
// tests (playwright-core drives it and downloads no browser). Installs it as root, else says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = '/usr/bin/chromium';
const install = 'apt-get update && apt-get install -y chromium';

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The tests need Chromium at ${chromium}, and it is not installed. ` +
        `Install it with \`sudo sh -c '${install}'\`, then run npm test again.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's Chromium for the report tests: ${install}`);
  const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
}
