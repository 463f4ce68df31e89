/** The git trailers that mark a commit as written by a phase (docs/phases.md). */
export const trailerKeys = {
  phase: 'AI-Phase',
  model: 'AI-Model',
  handoff: 'AI-Handoff',
} as const;
