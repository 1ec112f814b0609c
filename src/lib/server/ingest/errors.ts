/** A file that cannot be loaded as it claims to be: its message is the one line the user sees after the file name. */
export class FileRejected extends Error {
  override name = 'FileRejected';
}
