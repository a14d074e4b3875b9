import { closeSync, lstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../domain/errors.js";

/**
 * Writes `text` to `path` readable by the owner only (0600): personal data. Atomic: written to a
 * temporary file created exclusively beside the target (never one already there, nor a link
 * someone left), then renamed over it, so a failure never leaves half a file. A target that
 * exists and is not a regular file (a folder, a link, a device, a pipe) is refused.
 */
export function writePrivateFile(path: string, text: string): void {
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw failure(path, error);
  }
  if (existing?.isDirectory()) throw new UserError(`${path} is a folder`, { hint: "give -o a file name inside it" });
  if (existing && !existing.isFile())
    throw new UserError(`${path} is not a regular file (a link, device or pipe)`, { hint: "give -o a plain file name" });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o600);
    writeSync(fd, text);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") rmSync(temp, { force: true });
    throw failure(path, error);
  }
}

function failure(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return new UserError(`can't write ${path}: the folder does not exist`, { hint: "create it first, or choose another path" });
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new UserError(`can't write ${path}: permission denied`, { hint: "choose a folder you can write to" });
  if (code === "ENOSPC") return new UserError(`no space left to write ${path}`, { hint: "free some space and try again" });
  return error;
}
