/** The API's routes as the home page lists them: method, path and what it answers. */
export const API_ROUTES: readonly (readonly [method: string, path: string, what: string])[] = [
  ['GET', '/api/sources', 'the imported sources with counts'],
  ['GET', '/api/documents', 'documents: source, type, from, to, author, addressee, limit, offset'],
  ['GET', '/api/documents/{id}', 'one document: metadata, text, HTML, notes, mentions, variants, neighbours'],
  ['GET', '/api/reuse', 'text reuse of a document: passages found again in other documents: document'],
  ['GET', '/api/search', 'full-text search across spellings and scripts, with facets'],
  ['GET', '/api/entities', 'people, bodies, places and events: type, q'],
  ['GET', '/api/entities/{id}', 'one entity: names, life dates, mentions, posts, correspondents'],
  ['GET', '/api/entities/{id}/mentions', "a page of one entity's mentions in context: limit, offset"],
  ['GET', '/api/facts', 'facts with their passages: entity, type, weak'],
  ['GET', '/api/who', 'who held a role in a body on a day: body, on, role'],
  ['GET', '/api/timeline', 'the timeline of an entity'],
  ['GET', '/api/members', 'the members of a body over time'],
  ['GET', '/api/system', 'every body and who sat in it on a day'],
  ['GET', '/api/conflicts', 'where the sources disagree'],
  ['GET', '/api/citations', 'archival references grouped by archive and fond'],
  ['GET', '/api/diagnostics', 'what could not be read, parsed or linked'],
  ['POST', '/api/import', 'import files or folders on the server (needs the access token)'],
  ['POST', '/api/upload', 'upload files and import them (needs the access token)'],
  ['GET', '/api/imports/{id}', 'how an import started with ?async=true is going (needs the access token)'],
  [
    'GET',
    '/api/export',
    'the edition as tei (one source), cmif, csv, jsonld, csl, bibtex or json: format, source',
  ],
]

/** The page at `/` until the web edition is built: fond's own text only, no document text. */
export function homePage(): string {
  const rows = API_ROUTES.map(
    ([method, path, what]) => `<tr><td>${method}</td><td><code>${path}</code></td><td>${what}</td></tr>`,
  ).join('\n')
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>fond</title></head>
<body>
<main>
<h1>fond</h1>
<p>The web edition's pages are not built yet. This server answers its REST API, described by the
<a href="/api/openapi.json">OpenAPI document</a>.</p>
<table>
<thead><tr><th>Method</th><th>Path</th><th>Answers</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>
</body>
</html>
`
}
