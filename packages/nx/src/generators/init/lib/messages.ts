/** What `nx g @baton/nx:init` tells the user, in one place. */
export const initMessages = {
  pluginRegistered: 'Registered @baton/nx in nx.json with the default collaboration map.',
  pluginSkipped:
    'nx.json sets `useInferencePlugins: false` (or NX_ADD_PLUGINS=false), so @baton/nx was not registered. ' +
    'Its entry holds the collaboration map that `nx g handoff` and the phase targets read: ' +
    'run `nx g @baton/nx:init --addPlugin` to register it anyway.',
  lintStagedManual: (file: string, entries: Record<string, string | string[]>) =>
    `${file} is not JSON, so Baton left it as it is. Add these entries to it so that commits run the style gate:\n` +
    JSON.stringify(entries, null, 2),
  noGitRepository: (root: string) =>
    `${root} is not a git repository yet, so the hooks are written but not active. Run \`git init\`, then \`npm install\` (its prepare script runs husky).`,
  noHusky:
    'husky is not installed yet, so the hooks are written but not active. Run `npm install` (its prepare script runs husky).',
  installSkipped:
    'Nothing installed (--skipInstall): run `npm install` to install the added packages; its prepare script runs husky, which activates the hooks.',
  hooksActive: 'Git hooks are active (husky): pre-commit, commit-msg, pre-merge-commit.',
  traceNotesKept:
    'Agent Trace records (refs/notes/agent-trace) now follow their commits through rebase and amend. Run `nx g @baton/nx:init` again after adding an `origin` remote to push and fetch them too.',
  traceNotesShared: (remote: string) =>
    `Agent Trace records (refs/notes/agent-trace) now follow their commits through rebase and amend, and \`git push\`/\`git fetch\` with ${remote} carry them.`,
  nextSteps:
    'Next: `npx baton style learn` writes .baton/style-profile.json from your code (commit it), and `npx nx g handoff --project <project> --goal "..."` starts a feature.',
};
