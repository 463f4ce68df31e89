import { parseArgs } from 'node:util';
import { prepareWorkspaceTemplate } from '../workspace/template';
import { runDemo } from './relay';

// `npm run demo` builds and packs Baton first, then runs this file with tsx.
const { values } = parseArgs({
  options: { scripted: { type: 'boolean', default: false }, help: { type: 'boolean' } },
});

if (values.help) {
  process.stdout.write(
    [
      'npm run demo [-- --scripted]',
      '',
      'Runs the whole Baton relay in a fresh Nx workspace in a temp folder. With OPENAI_API_KEY,',
      'ANTHROPIC_API_KEY and GEMINI_API_KEY all set it calls the real models; otherwise (or with',
      '--scripted) the provider emulator answers with scripted replies, and the demo says so.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const out = { write: (text: string) => process.stdout.write(text), isTTY: process.stdout.isTTY };

try {
  out.write(
    '# Preparing a fresh Nx workspace: create-nx-workspace --preset=ts, Baton installed from\n' +
      '# dist/tarballs (made once per build of Baton, then reused; the first time takes a minute or two).\n',
  );
  const template = prepareWorkspaceTemplate();
  await runDemo({ template, out, scripted: values.scripted });
} catch (error) {
  // A failed command's output is already on screen; any other failure says what went wrong itself.
  process.stderr.write(`\n${(error as Error).message}\n`);
  process.exitCode = 1;
}
