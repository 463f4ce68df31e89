// shell-quote: the maintained POSIX quoting, so a path in a fix's command reaches git as one word.
import { quote } from 'shell-quote';

/**
 * Paths as words of a command a user pastes into a shell: quoted where a space, `#`, brackets or a
 * non-ASCII letter would split or expand them, and a leading `-` written `./-` so no command reads
 * the path as an option.
 */
export function shellPaths(...paths: readonly string[]): string {
  return quote(paths.map((path) => (path.startsWith('-') ? `./${path}` : path)));
}
