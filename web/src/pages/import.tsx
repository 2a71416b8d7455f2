import { type DragEvent, type FormEvent, useState } from 'react'
import type { ImportedFile, ImportJob } from '../api.ts'
import { ImportProgress, ImportResult, type Progress } from '../components/import-result.tsx'
import {
  droppedFiles,
  followJob,
  importPaths,
  type PickedFile,
  pickedFiles,
  uploadFiles,
} from '../components/upload-client.ts'
import { Link } from '../router.tsx'

/** What the last import said: how many files, how many failed, how many errors. */
function summary(job: ImportJob): string {
  if (job.stage === 'failed') return job.message ?? 'The import failed'
  const failed = job.files.filter((f) => f.status === 'failed').length
  const errors = job.files.reduce((n, f) => n + f.errors, 0)
  return `Done: ${job.files.length} files, ${failed} failed, ${errors} errors`
}

/** The files picked so far, by the name they go by. */
function PickedList({ files }: { files: readonly PickedFile[] }) {
  if (files.length === 0) return <p className="hint">No files chosen yet.</p>
  const shown = files.slice(0, 20)
  return (
    <ul className="plain hint picked">
      {shown.map((f) => (
        <li key={f.name}>{f.name}</li>
      ))}
      {files.length > shown.length ? <li>and {files.length - shown.length} more</li> : null}
    </ul>
  )
}

/**
 * Import: upload files or a whole folder from this computer (chosen or dropped), or import files and folders on
 * the server. The upload's bytes, then the import's files, show on a progress bar; then each file's result and its
 * diagnostics, linked to their passages. Both need a server started with an access token.
 */
export function ImportPage() {
  const [files, setFiles] = useState<PickedFile[]>([])
  const [progress, setProgress] = useState<Progress | undefined>()
  const [result, setResult] = useState<ImportedFile[] | undefined>()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)
  const run = async (token: string, start: () => Promise<ImportJob>) => {
    setBusy(true)
    setResult(undefined)
    try {
      const job = await start()
      setMessage('Importing…')
      const last = await followJob(job, token, (state) => setProgress({ phase: 'importing', job: state }))
      setResult(last.files)
      setMessage(summary(last))
    } catch (error) {
      setProgress(undefined)
      setMessage((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const token = String(new FormData(event.currentTarget).get('token') ?? '')
    if (files.length === 0) return setMessage('Choose at least one file or a folder')
    setMessage(`Uploading ${files.length} files…`)
    setProgress({ phase: 'uploading', sent: 0, total: 1 })
    void run(token, () =>
      uploadFiles(files, token, (sent, total) => setProgress({ phase: 'uploading', sent, total })),
    )
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const token = String(form.get('token') ?? '')
    const paths = String(form.get('paths') ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean)
    if (paths.length === 0) return setMessage('Give at least one path on the server')
    setMessage('Starting the import…')
    void run(token, () => importPaths(paths, token))
  }
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    droppedFiles(event.dataTransfer).then(setFiles, (error: Error) => setMessage(error.message))
  }
  const command = `npx fond import ${files.length ? files.map((f) => JSON.stringify(f.name)).join(' ') : '<file-or-folder…>'}`
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Import</h1>
      <p>
        Importing needs a server started with an access token (<code>fond serve --token T</code>); a read-only
        server refuses. From a terminal, the same import is <code>{command}</code>.
      </p>
      <h2>Files on this computer</h2>
      <form onSubmit={upload} className="import-form">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is an extra; the inputs inside do the same */}
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <p>Drop files or a folder here, or choose them:</p>
          <label className="block">
            Files
            <input type="file" multiple onChange={(e) => setFiles(pickedFiles(e.target.files))} />
          </label>
          <label className="block">
            A folder, with everything in it
            <input
              type="file"
              name="folder"
              // React does not know the attribute; browsers need it to pick a folder.
              {...{ webkitdirectory: '' }}
              onChange={(e) => setFiles(pickedFiles(e.target.files))}
            />
          </label>
          <PickedList files={files} />
        </div>
        <label className="block">
          Access token
          <input name="token" type="password" autoComplete="off" />
        </label>
        <button type="submit" disabled={busy}>
          Upload and import
        </button>
      </form>
      <h2>Files on the server</h2>
      <form onSubmit={submit} className="import-form">
        <label className="block">
          Paths on the server, one a line
          <textarea name="paths" rows={3} placeholder="/data/sources/letters.md" />
        </label>
        <label className="block">
          Access token
          <input name="token" type="password" autoComplete="off" />
        </label>
        <button type="submit" disabled={busy}>
          Import from the server
        </button>
      </form>
      {progress ? <ImportProgress progress={progress} /> : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
      {result ? <ImportResult files={result} /> : null}
      <p>
        <Link to="/diagnostics">Diagnostics</Link> lists what the importer could not read, parse or link.
      </p>
    </section>
  )
}
