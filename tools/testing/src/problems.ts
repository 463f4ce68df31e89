import { expect } from 'vitest';

/** The `problems` listed by the error that `act` throws, which must be a `type`; fails when none is thrown. */
export function problemsThrown(
  act: () => unknown,
  type: abstract new (...args: never[]) => Error & { problems: string[] },
): string[] {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return (error as InstanceType<typeof type>).problems;
  }
  throw new Error(`${type.name} was not thrown`);
}
