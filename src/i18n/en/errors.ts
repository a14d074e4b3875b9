/** The store's errors in English: the database file, its locks, its damage, its upgrades and copies. */
export const errors = {
  notNetDatabase: (path: string) => `${path} is not a net database (or it is damaged)`,
  notNetDatabaseHint: "point --db or NET_DB at your net database, or move this file away",
  diskFull: (path: string) => `the disk holding ${path} is full; nothing was saved`,
  freeSpace: "free some space and try again",
  cantOpen: (path: string) => `can't open the database at ${path}`,
  cantOpenBecause: (p: { path: string; why: string }) => `can't open the database at ${p.path}: ${p.why}`,
  cantOpenHint: "check that the folder exists and is writable",
  ioError: (p: { path: string; code: string }) => `could not read or write ${p.path} (${p.code})`,
  ioErrorHint: "check the disk and the file's permissions",
  notAllowed: (path: string) => `not allowed to use ${path}`,
  checkPermissions: "check the file's permissions",

  // why a database is read-only
  readOnlyFileSystem: (dir: string) => `the file system holding ${dir} is read-only`,
  readOnlyFileSystemHint: "copy the database somewhere writable and point --db at the copy",
  readOnlyFile: (file: string) => `${file} is read-only`,
  readOnlyFileHint: "make it writable (chmod u+w), or point --db at a writable copy",
  readOnlySide: (side: string) => `${side} is read-only`,
  readOnlySideHint: "make it writable (chmod u+w), or remove it while no net is running (net makes it again)",
  readOnlyFolder: (dir: string) => `the folder ${dir} is read-only`,
  readOnlyFolderHint: "net writes its -wal and -shm files beside the database: make the folder writable, or move the database",
  itIsReadOnly: "it is read-only",
  cantWrite: (p: { path: string; why: string }) => `can't write to ${p.path}: ${p.why}`,
  cantWriteHint: "check the file's permissions and owner",

  // damage
  damaged: (path: string) => `${path} is damaged; net will not write to it`,
  damagedBecause: (p: { path: string; detail: string }) => `${p.path} is damaged (${p.detail}); net will not write to it`,
  damagedNotUpgraded: (path: string) => `${path} is damaged; it was not upgraded`,
  damagedNotUpgradedBecause: (p: { path: string; detail: string }) => `${p.path} is damaged (${p.detail}); it was not upgraded`,
  saveWhatCanBeRead: "save what can still be read with: net export -o saved.json",
  newestCopy: (p: { backup: string; name: string; save: string }) => `your newest copy is ${p.backup} (net restore ${p.name}); ${p.save}`,
  shorterThanHeader: "it is shorter than its own header says",

  // busy
  busyNet: (pid: number) => `the database is busy: another net process (pid ${pid}) is writing to it`,
  busyProgram: (p: { name: string; pid: number; path: string }) =>
    `the database is busy: another program (${p.name}, pid ${p.pid}) is using ${p.path}`,
  busyProgramHint: "let it finish or close it, then try again",
  busy: (path: string) => `the database is busy: another process is using ${path}`,
  tryAgainSoon: "try again in a moment",

  // the file itself
  permissionDenied: (where: string) => `can't open ${where}: permission denied`,
  permissionDeniedHint: "check the permissions of the file and its folder",
  noSpaceToCreate: (where: string) => `no space left to create ${where}`,
  readOnlyFileSystemCreate: (where: string) => `can't create ${where}: the file system is read-only`,
  chooseAnotherPlace: "use --db to choose another place",
  fileWhereFolder: (path: string) => `can't create ${path}: a file stands where a folder should`,
  isFolder: (path: string) => `${path} is a folder, not a database file`,
  isFolderHint: "give --db a file path",
  cantCreate: (p: { where: string; code: string }) => `can't create ${p.where} (${p.code})`,
  checkPath: "check the path given to --db or NET_DB",
  cantOpenFile: (p: { where: string; message: string }) => `can't open ${p.where}: ${p.message}`,
  noDatabase: (file: string) => `there is no net database at ${file}`,
  noDatabaseHint: `check the path given to --db or NET_DB, or start one there with: net add "<name>"`,
  danglingLink: (file: string) => `${file} is a link to a file that does not exist`,
  pointAtDatabase: "point --db or NET_DB at your net database",
  aDevice: "a device",
  aPipe: "a pipe",
  aSocket: "a socket",
  notRegular: "not a regular file",
  notADatabaseKind: (p: { file: string; kind: string }) => `${p.file} is ${p.kind}, not a net database`,
  notADatabaseKindHint: "point --db or NET_DB at your net database (a regular file), or at a new file; nothing was changed",

  // versions
  newerNet: (p: { file: string; version: number; known: number }) =>
    `${p.file} was written by a newer net (schema ${p.version}; this net knows up to ${p.known})`,
  newerNetHint: "upgrade net to open it; the file was not changed",
  otherProgram: (file: string) => `${file} is not a net database (it holds another program's tables)`,
  otherProgramHint: "point --db or NET_DB at your net database, or at a new file; this one was not changed",
  noRoomForUpgradeCopy: (p: { file: string; mb: number }) =>
    `the disk holding ${p.file} is full: no room for the copy net keeps before upgrading it (${p.mb} MB); nothing was changed`,
  noRoomForUpgradeCopyHint: "free some space and run net again",
  cantKeepUpgradeCopy: (p: { file: string; why: string }) =>
    `can't keep a copy of ${p.file} before upgrading it (${p.why}); nothing was changed`,
  cantKeepUpgradeCopyHint: (dir: string) => `net writes the copy beside the database: check that ${dir} is writable`,

  // copies (net backup, net restore)
  copyExists: (target: string) => `${target} already exists`,
  copyExistsHint: "give a new file name; net never writes over a file with a copy",
  notACopy: (p: { file: string; why: string }) => `${p.file} is not a net database (${p.why})`,
  notACopyHint: "give a copy listed by: net backup --list; nothing was changed",
  noFile: (file: string) => `there is no file ${file}`,
  noFileHint: "see the copies with: net backup --list",
  copyNewer: (version: number) => `written by a newer net, schema ${version}`,
  copyLacksTables: "it lacks net's tables",
  copyDamaged: (detail: string) => `it is damaged: ${detail}`,
};
