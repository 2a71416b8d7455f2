import { randomBytes } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { HttpError } from './errors.ts'

/** A file as uploaded: the name it had on the reader's computer and its bytes. */
export interface UploadedFile {
  readonly name: string
  readonly bytes: Buffer
}

/** Longest file name accepted. */
const NAME_LIMIT = 200

/**
 * Checks an uploaded file's name, which only names the source (its id comes from it): a plain file name, not a
 * path, not hidden, without control characters. Anything else is a 400, never rewritten into something else.
 * @example safeFileName('letters 1925.txt') // 'letters 1925.txt'; safeFileName('../etc/passwd') throws
 */
export function safeFileName(name: string): string {
  const trimmed = name.normalize('NFC').trim()
  const refuse = (why: string) =>
    new HttpError(400, 'bad-request', `Cannot accept the file name "${name.slice(0, NAME_LIMIT)}": ${why}`)
  if (trimmed === '') throw refuse('it is empty')
  if (trimmed.length > NAME_LIMIT) throw refuse(`it is longer than ${NAME_LIMIT} characters`)
  if (/[/\\:]/.test(trimmed)) throw refuse('give a file name, not a path')
  if (/\p{Cc}/u.test(trimmed)) throw refuse('it holds control characters')
  if (trimmed.startsWith('.')) throw refuse('it must not start with a dot')
  return trimmed
}

/** Most folders a relative path may go down. */
const DEPTH_LIMIT = 16

/**
 * Checks the relative path of a file uploaded with its folder (`letters/1925/july.md`): every segment must be a
 * safe file name (so no `..`, no hidden folder, no absolute path, no drive or backslash). Returns the file's own
 * name, which names the source; the folders only say where it came from.
 * @example safeRelativeName('papers/1925/july.md') // 'july.md'; safeRelativeName('papers/../x.md') throws
 */
export function safeRelativeName(path: string): string {
  const segments = path.normalize('NFC').trim().split('/')
  if (segments.length > DEPTH_LIMIT)
    throw new HttpError(
      400,
      'bad-request',
      `Cannot accept the path "${path.slice(0, NAME_LIMIT)}": it is deeper than ${DEPTH_LIMIT} folders`,
    )
  for (const segment of segments)
    if (segment === '' || segment === '.' || segment === '..')
      throw new HttpError(
        400,
        'bad-request',
        `Cannot accept the path "${path.slice(0, NAME_LIMIT)}": give a relative path without empty, "." or ".." parts`,
      )
  const names = segments.map(safeFileName)
  return names[names.length - 1] as string
}

/**
 * Writes uploaded files into a folder (created if missing), each under its checked own name (a relative path
 * keeps only its last segment: the source is named by it), replacing an earlier upload of the same name: written
 * to a hidden temporary file first, then renamed, so an import never reads half a file. Returns the paths
 * written, in order.
 */
export async function writeUploads(folder: string, files: readonly UploadedFile[]): Promise<string[]> {
  const root = resolve(folder)
  await mkdir(root, { recursive: true })
  const names = files.map((file) => safeRelativeName(file.name))
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name))
      throw new HttpError(
        400,
        'bad-request',
        `Cannot accept two files named "${name}" in one upload: a source is named by its file name`,
      )
    seen.add(name)
  }
  const paths: string[] = []
  for (const [index, file] of files.entries()) {
    const path = join(root, names[index] as string)
    // Defence in depth: the checked name cannot leave the folder.
    if (dirname(path) !== root)
      throw new HttpError(400, 'bad-request', 'Cannot write outside the upload folder')
    const temporary = join(root, `.upload-${randomBytes(8).toString('hex')}`)
    await writeFile(temporary, file.bytes)
    await rename(temporary, path)
    paths.push(path)
  }
  return paths
}
