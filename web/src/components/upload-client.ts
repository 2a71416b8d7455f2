import { errorMessage, type ImportJob } from '../api.ts'

/** A file picked for upload and the name it goes by: its path inside the folder it was picked with, if any. */
export interface PickedFile {
  readonly name: string
  readonly file: File
}

/** Whether a relative path has a hidden part (`.git/…`, `.DS_Store`): such files are left out, as `fond import` does. */
const hidden = (name: string) => name.split('/').some((part) => part.startsWith('.'))

/** The files of a file input, named by their path in the chosen folder when a folder was chosen. */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])]
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((picked) => !hidden(picked.name))
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

/** Every file under a dropped entry (a file, or a folder walked to the bottom), named by its path. */
async function filesOf(entry: FileSystemEntry): Promise<PickedFile[]> {
  const name = entry.fullPath.replace(/^\/+/, '')
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    )
    return [{ name: name || file.name, file }]
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const found: PickedFile[] = []
  // readEntries answers in batches until it answers with none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader))
    for (const child of batch) found.push(...(await filesOf(child)))
  return found
}

/** The files of a drop: files, and folders with everything inside them (hidden files left out). */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null)
  if (entries.length === 0) return pickedFiles(data.files)
  const files = (await Promise.all(entries.map(filesOf))).flat()
  return files.filter((picked) => !hidden(picked.name))
}

/** A file's bytes as base64, the form POST /api/upload takes in JSON. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * Uploads files as one JSON request that starts an import job (POST /api/upload?async=true), reporting the bytes
 * sent as they go (XMLHttpRequest's upload progress; fetch cannot report it). Resolves with the job.
 */
export async function uploadFiles(
  files: readonly PickedFile[],
  token: string,
  onProgress: (sent: number, total: number) => void,
): Promise<ImportJob> {
  const body = JSON.stringify({
    files: await Promise.all(files.map(async (f) => ({ name: f.name, content: await base64Of(f.file) }))),
  })
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', '/api/upload?async=true')
    request.setRequestHeader('content-type', 'application/json')
    request.setRequestHeader('authorization', `Bearer ${token}`)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total)
    }
    request.onload = () => {
      let answer: unknown = {}
      try {
        answer = JSON.parse(request.responseText)
      } catch {}
      if (request.status === 202) resolve(answer as ImportJob)
      else reject(new Error(errorMessage(answer, request.status)))
    }
    request.onerror = () => reject(new Error('The upload failed: the server could not be reached'))
    request.send(body)
  })
}

/** Starts an import of paths on the server (POST /api/import?async=true). */
export async function importPaths(paths: readonly string[], token: string): Promise<ImportJob> {
  const response = await fetch('/api/import?async=true', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ paths }),
  })
  const answer = await response.json().catch(() => ({}))
  if (response.status !== 202) throw new Error(errorMessage(answer, response.status))
  return answer as ImportJob
}

/** Follows an import job until it is done or failed, reporting each state; resolves with the last. */
export async function followJob(
  job: ImportJob,
  token: string,
  onState: (job: ImportJob) => void,
  interval = 250,
): Promise<ImportJob> {
  let state = job
  onState(state)
  while (state.stage === 'queued' || state.stage === 'importing') {
    await new Promise((resolve) => setTimeout(resolve, interval))
    const response = await fetch(job.url, { headers: { authorization: `Bearer ${token}` } })
    const answer = await response.json().catch(() => ({}))
    if (!response.ok) throw new Error(errorMessage(answer, response.status))
    state = answer as ImportJob
    onState(state)
  }
  return state
}
