import { type FormEvent, useState } from 'react'
import { errorMessage } from '../api.ts'
import { Link } from '../router.tsx'

interface ImportedFile {
  name?: string
  path?: string
  status: string
  documents: number
  notes: number
  errors: number
  warnings: number
  diagnostics?: { severity: string; ruleId: string; reason: string; line: number | null }[]
}

/** A file's bytes as base64, the form POST /api/upload takes in JSON. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** POSTs JSON with the access token; the server's error message when it refuses. */
async function post(path: string, token: string, body: unknown): Promise<{ files: ImportedFile[] }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
  const answer = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(errorMessage(answer, response.status))
  return answer
}

/**
 * Import: upload files from this computer (POST /api/upload), or import files and folders on the server
 * (POST /api/import). Both need a server started with an access token; the CLI command is shown as well.
 */
export function ImportPage() {
  const [files, setFiles] = useState<File[]>([])
  const [result, setResult] = useState<ImportedFile[] | undefined>()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const run = async (what: string, work: () => Promise<{ files: ImportedFile[] }>) => {
    setBusy(true)
    setMessage(what)
    try {
      const answer = await work()
      setResult(answer.files)
      setMessage(`Done: ${answer.files.length} files`)
    } catch (error) {
      setMessage((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const token = String(new FormData(event.currentTarget).get('token') ?? '')
    if (files.length === 0) return setMessage('Choose at least one file')
    void run(`Uploading ${files.length} files…`, async () =>
      post('/api/upload', token, {
        files: await Promise.all(files.map(async (f) => ({ name: f.name, content: await base64Of(f) }))),
      }),
    )
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const paths = String(form.get('paths') ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean)
    if (paths.length === 0) return setMessage('Give at least one path on the server')
    void run('Importing…', () => post('/api/import', String(form.get('token') ?? ''), { paths }))
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
        <label className="block">
          Files
          <input type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </label>
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
      <p role="status" aria-live="polite">
        {message}
      </p>
      {result ? (
        <table>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col">Documents</th>
              <th scope="col">Notes</th>
              <th scope="col">Errors</th>
              <th scope="col">Warnings</th>
            </tr>
          </thead>
          <tbody>
            {result.map((f) => (
              <tr key={f.name ?? f.path}>
                <td>
                  {f.name ?? f.path}
                  {f.diagnostics?.length ? (
                    <ul className="plain hint">
                      {f.diagnostics.map((d) => (
                        <li key={`${d.ruleId}-${d.line}-${d.reason}`}>
                          {d.severity}: {d.reason}
                          {d.line === null ? '' : ` (line ${d.line})`}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td>{f.status}</td>
                <td>{f.documents}</td>
                <td>{f.notes}</td>
                <td>{f.errors}</td>
                <td>{f.warnings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <Link to="/diagnostics">Diagnostics</Link> lists what the importer could not read, parse or link.
      </p>
    </section>
  )
}
