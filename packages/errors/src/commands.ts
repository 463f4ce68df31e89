/**
 * The commands an error's fix names, as the host that runs Baton spells them. The libraries name
 * actions ("run the phase again"); the Nx plugin spells them as Nx commands (`nx run app:tests`).
 * Each returns a phrase that fits "Run ... again" or "Write one with ...".
 */
export interface Commands {
  /** Sets Baton up in the workspace. */
  init: string;
  /** Lists the workspace's projects. */
  listProjects: string;
  /** Runs a phase of a feature; `flags` such as `--dry-run`. */
  runPhase(project?: string, phase?: string, flags?: string): string;
  /** Writes a handoff (the feature's first, or the next); `flags` such as `--to tests`. */
  writeHandoff(project?: string, flags?: string): string;
  /** Creates and switches to a phase's branch. */
  createPhaseBranch(project: string, phase: string): string;
  /** Conducts a feature's remaining phases; `flags` such as `--no-gates`. */
  runRelay(project: string, flags?: string): string;
  /** Where the collaboration map is configured. */
  mapLocation: string;
}

/** The wording of a host that has no commands of its own: each action said in words. */
export const plainCommands: Commands = {
  init: "Baton's init (it registers the collaboration map)",
  listProjects: 'the list of projects',
  runPhase: (project, phase, flags) =>
    `the phase${phase ? ` "${phase}"` : ''}${project ? ` of ${project}` : ''}${flags ? ` with ${flags}` : ''}`,
  writeHandoff: (project, flags) =>
    `a new handoff${project ? ` for ${project}` : ''}${flags ? ` (${flags})` : ''}`,
  createPhaseBranch: (project, phase) => `the phase branch of "${phase}" for ${project}`,
  runRelay: (project, flags) => `the relay of ${project}${flags ? ` with ${flags}` : ''}`,
  mapLocation: 'the collaboration map',
};
