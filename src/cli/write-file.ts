import { closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, rmSync, type Stats, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../domain/errors.js";

/** What is at a path, without following a symbolic link: null when nothing is. */
export function entryAt(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") throw new UserError(`can't write ${path}: a part of that path is not a folder`, { hint: "check the path" });
    throw error;
  }
}

function kindOf(stat: Stats): string {
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Only a regular file is ever replaced: a symbolic link, a device or a pipe at the -o path is
 * someone else's (replacing it would cut /dev/null or a link in a shared folder), so it is
 * refused, even with --force. (`-o -` writes to standard output; `> file` writes through anything.)
 */
export function refuseUnlessRegular(path: string, stat: Stats): void {
  if (stat.isDirectory()) throw new UserError(`${path} is a folder`, { hint: "give -o a file name inside it" });
  if (!stat.isFile())
    throw new UserError(`${path} is ${kindOf(stat)}; net replaces only regular files`, {
      hint: "give -o a new file name, or -o - (or no -o) to write to standard output",
    });
}

/** A name no one can guess beforehand (a planted file or link with it can't be waiting). */
function randomSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Writes a new file next to the target, then renames it over the target: a failed write never
 * leaves half a file, and the result is readable by its owner only (it's personal data). The
 * temporary file is created exclusively and never through a link (O_EXCL | O_NOFOLLOW, a random
 * name, 0600): in a shared folder such as /tmp, a file or link planted under a predictable name
 * would otherwise receive the export. The target is looked at again just before the rename, so
 * a link or device put there meanwhile is refused too (`replace`: an existing file was agreed to).
 */
export function writePrivateFile(path: string, text: string, options: { replace: boolean }): void {
  const { replace } = options;
  const temp = join(dirname(path), `.${basename(path)}.${randomSuffix()}.tmp`);
  let created = false;
  try {
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    created = true;
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const now = entryAt(path);
    if (now) {
      refuseUnlessRegular(path, now);
      if (!replace)
        throw new UserError(`${path} appeared while writing it`, { hint: "add --force to replace it, or choose another file with -o" });
    }
    renameSync(temp, path);
  } catch (error) {
    // Only a file this run created is removed: never one that was there under that name.
    if (created) rmSync(temp, { force: true });
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new UserError(`can't write ${path}: the folder does not exist`, { hint: "create it first, or choose another path" });
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      throw new UserError(`can't write ${path}: permission denied`, { hint: "choose a folder you can write to" });
    if (code === "ENOSPC") throw new UserError(`no space left to write ${path}`, { hint: "free some space and try again" });
    throw error;
  }
}
