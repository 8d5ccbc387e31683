import type { Access } from 'payload'

/**
 * For upload collections. When a read rule answers `true`, Payload serves any file under the collection's
 * folder without looking for its record, and an encoded slash in the address (`materials%2F...`) reaches
 * sub-folders. Answering a file read with a condition instead makes Payload find the record the file name
 * belongs to (and apply the rule to it), so only a file of a record this person may see ever goes out.
 */
export const filesByRecord =
  (read: Access): Access =>
  async (args) => {
    const verdict = await read(args)
    return args.isReadingStaticFile && verdict === true ? { id: { exists: true } } : verdict
  }
