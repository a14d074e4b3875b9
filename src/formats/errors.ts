/**
 * A file that can't be read as the format it claims to be. `line` is 1-based, the physical line
 * of the file where reading failed (so the person can open the file there).
 */
export class FormatError extends Error {
  readonly line: number | null;
  /** What to do about it, when there is more to say than "fix that line". */
  readonly hint: string | null;

  constructor(message: string, line: number | null, hint: string | null = null) {
    super(message);
    this.name = "FormatError";
    this.line = line;
    this.hint = hint;
  }
}
