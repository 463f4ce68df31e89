import type { TestProject } from 'vitest/node';
import { prepareWorkspaceTemplate } from '../../tools/workspace/template';

declare module 'vitest' {
  export interface ProvidedContext {
    workspaceTemplate: string;
  }
}

export default function setup(project: TestProject) {
  project.provide('workspaceTemplate', prepareWorkspaceTemplate());
}
