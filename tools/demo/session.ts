import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DemoStepError } from './errors';

/** Where the demo speaks: a terminal, or a buffer in the end-to-end test. */
export interface DemoOutput {
  write(text: string): void;
  /** Commands and narration are coloured only on a terminal. */
  isTTY?: boolean;
}

/** What a command printed, stdout and stderr interleaved as they came. */
export interface CommandResult {
  output: string;
}

const style = {
  command: (text: string) => `\x1b[1;36m${text}\x1b[0m`,
  narration: (text: string) => `\x1b[2m${text}\x1b[0m`,
  banner: (text: string) => `\x1b[1;33m${text}\x1b[0m`,
};

// lint-staged's line-by-line progress (a terminal shows it as one redrawn list): left out of the display.
const progressChatter = /^\[(STARTED|COMPLETED|SKIPPED)\] /;

// A word the shell would split or expand is shown in single quotes, as a user would type it.
const quote = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * A narrated terminal session in one workspace: every command is printed as a user would type it
 * (`npx nx ...`, `git ...`), then run for real, its output streamed as it comes.
 */
export class DemoSession {
  constructor(
    readonly workspace: string,
    private readonly out: DemoOutput,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A line of narration, shown as a shell comment. */
  say(text: string): void {
    const lines = text.split('\n').map((line) => `# ${line}`.trimEnd());
    this.print(`\n${lines.map((line) => this.paint('narration', line)).join('\n')}\n`);
  }

  /** A notice that must not be missed (the scripted-answers notice). */
  announce(text: string): void {
    const rule = '='.repeat(78);
    this.print(`\n${this.paint('banner', `${rule}\n${text}\n${rule}`)}\n`);
  }

  print(text: string): void {
    this.out.write(text);
  }

  /** `npx nx <args>`, with the workspace's own nx. */
  nx(...args: string[]): Promise<CommandResult> {
    return this.exec(
      ['npx', 'nx', ...args],
      join(this.workspace, 'node_modules', '.bin', 'nx'),
      args,
    );
  }

  /** `npx baton <args>`, the installed `baton` command. */
  baton(...args: string[]): Promise<CommandResult> {
    return this.exec(
      ['npx', 'baton', ...args],
      join(this.workspace, 'node_modules', '.bin', 'baton'),
      args,
    );
  }

  git(...args: string[]): Promise<CommandResult> {
    return this.exec(['git', ...args], 'git', args);
  }

  /** `cat <file>`: a file of the workspace, shown as the person reads it. */
  cat(file: string): Promise<CommandResult> {
    return this.exec(['cat', file], 'cat', [file]);
  }

  /** A person's edit of a file in their editor, narrated (the diff shows what changed). */
  edit(file: string, change: (text: string) => string): void {
    const path = join(this.workspace, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new DemoStepError(`edit ${file}`, null, 'the edit changed nothing');
    writeFileSync(path, after);
    this.print(`\n${this.paint('command', `$ $EDITOR ${file}`)}\n`);
  }

  /**
   * The same session in a copy of this workspace (git history, installs and all), made now: a
   * second relay of the same feature, from the same start.
   */
  copy(name: string): DemoSession {
    const target = join(dirname(this.workspace), name);
    cpSync(this.workspace, target, { recursive: true, verbatimSymlinks: true });
    return new DemoSession(target, this.out, this.env);
  }

  /**
   * Prints the command, runs it in the workspace and streams its output; a non-zero exit is a
   * {@link DemoStepError} carrying the command and everything it printed.
   */
  private exec(shown: string[], file: string, args: string[]): Promise<CommandResult> {
    const command = shown.map(quote).join(' ');
    this.print(`\n${this.paint('command', `$ ${command}`)}\n`);
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, {
        cwd: this.workspace,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      // One line buffer per stream, so that stdout and stderr never splice into one line.
      const streams = [child.stdout, child.stderr].map((stream) => {
        const buffer = { partial: '' };
        stream.setEncoding('utf8');
        stream.on('data', (text: string) => {
          output += text;
          const lines = (buffer.partial + text).split('\n');
          buffer.partial = lines.pop()!;
          this.show(lines);
        });
        return buffer;
      });
      child.once('error', (error) => reject(new DemoStepError(command, null, error.message)));
      child.once('close', (code) => {
        for (const buffer of streams) if (buffer.partial) this.show([buffer.partial]);
        if (code === 0) resolve({ output });
        else reject(new DemoStepError(command, code, output));
      });
    });
  }

  private show(lines: string[]): void {
    const shown = lines.filter((line) => !progressChatter.test(line));
    if (shown.length) this.print(`${shown.join('\n')}\n`);
  }

  private paint(kind: keyof typeof style, text: string): string {
    return this.out.isTTY ? style[kind](text) : text;
  }
}
