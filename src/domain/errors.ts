// Lazily loaded parts of the built CLI carry their own copy of these classes (scripts/build.mjs):
// `instanceof` looks for a brand every copy shares, not for one class object.
const USER_ERROR: unique symbol = Symbol.for("net.UserError");
const INTERRUPTED: unique symbol = Symbol.for("net.Interrupted");

function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/**
 * The one error type a command throws to stop with a message for the user.
 * Only the entry point (src/cli/main.ts) turns it into stderr output and an exit code.
 */
export class UserError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, USER_ERROR);
  }
  readonly [USER_ERROR] = true;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = "UserError";
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A usage error: the command line itself is wrong (exit 2). */
export function usageError(message: string, hint?: string): UserError {
  return new UserError(message, { hint, exitCode: 2 });
}

/** The user pressed Ctrl-C or Ctrl-D at a prompt. */
export class Interrupted extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, INTERRUPTED);
  }
  readonly [INTERRUPTED] = true;
  constructor() {
    super("interrupted");
    this.name = "Interrupted";
  }
}
