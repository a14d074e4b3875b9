import { closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, rmSync, type Stats, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";

/** What is at a path, without following a symbolic link: null when nothing is. */
export function entryAt(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") throw new UserError(messages().transfer.notAFolderInPath(path), { hint: messages().transfer.checkThePath });
    throw error;
  }
}

function kindOf(stat: Stats): string {
  const kinds = messages().transfer.kinds;
  if (stat.isSymbolicLink()) return kinds.symlink;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return kinds.device;
  if (stat.isFIFO()) return kinds.pipe;
  if (stat.isSocket()) return kinds.socket;
  return kinds.other;
}

/**
 * Only a regular file is ever replaced: a symbolic link, a device or a pipe at the -o path is
 * someone else's (replacing it would cut /dev/null or a link in a shared folder), so it is
 * refused, even with --force. (`-o -` writes to standard output; `> file` writes through anything.)
 */
export function refuseUnlessRegular(path: string, stat: Stats): void {
  const text = messages().transfer;
  if (stat.isDirectory()) throw new UserError(text.outputIsFolder(path), { hint: text.outputIsFolderHint });
  if (!stat.isFile()) throw new UserError(text.onlyRegular({ path, kind: kindOf(stat) }), { hint: text.onlyRegularHint });
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
      if (!replace) throw new UserError(messages().transfer.appeared(path), { hint: messages().transfer.alreadyExistsHint });
    }
    renameSync(temp, path);
  } catch (error) {
    // Only a file this run created is removed: never one that was there under that name.
    if (created) rmSync(temp, { force: true });
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const text = messages().transfer;
    if (code === "ENOENT") throw new UserError(text.noFolder(path), { hint: text.noFolderHint });
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new UserError(text.cantWrite(path), { hint: text.cantWriteHint });
    if (code === "ENOSPC") throw new UserError(text.noSpace(path), { hint: text.freeSpace });
    throw error;
  }
}
