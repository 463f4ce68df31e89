/** What `nx g @baton/nx:remove` tells the user, in one place. */
export const removeMessages = {
  removed:
    'Removed @baton/nx and its collaboration map from nx.json, and Baton’s lines from the git hooks and lint-staged config.',
  notRegistered:
    'nx.json has no @baton/nx entry; Baton’s lines are out of the git hooks and lint-staged config.',
  nextSteps:
    'Next: `npm uninstall @baton/nx`. Handoffs, reports and .baton/ stay in the repository: delete them with git if you no longer want them.',
};
