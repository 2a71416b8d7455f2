import type { ListedDocument } from '../api.ts'

/** The metadata of a document: type, date as printed and normalised, place, people, where it is, archive. */
export function DocumentMetadata({
  document: d,
  refs,
}: {
  document: ListedDocument
  refs: readonly string[]
}) {
  return (
    <dl className="metadata">
      <dt>Type</dt>
      <dd>{d.type}</dd>
      {d.editorialDate || d.date || d.headerDate ? (
        <>
          <dt>Date as printed</dt>
          <dd>
            {[d.editorialDate?.text, d.headerDate, d.signoffDate].filter(Boolean).join(' · ') || d.date?.text}
          </dd>
          <dt>Date normalised</dt>
          <dd>
            {d.date?.iso ?? d.editorialDate?.iso ?? '—'}
            {d.date?.qualifier && d.date.qualifier !== 'exact' ? ` (${d.date.qualifier})` : ''}
          </dd>
        </>
      ) : null}
      {d.place ? (
        <>
          <dt>Place</dt>
          <dd>{d.place}</dd>
        </>
      ) : null}
      {d.author ? (
        <>
          <dt>Author</dt>
          <dd>{d.author}</dd>
        </>
      ) : null}
      {d.addressees.length > 0 ? (
        <>
          <dt>Addressees</dt>
          <dd>{d.addressees.join(', ')}</dd>
        </>
      ) : null}
      {d.signer ? (
        <>
          <dt>Signer</dt>
          <dd>{d.signer}</dd>
        </>
      ) : null}
      <dt>Source</dt>
      <dd>
        {d.file}, lines {d.lines.start}–{d.lines.end}
      </dd>
      {refs.length > 0 ? (
        <>
          <dt>Archive</dt>
          <dd>
            <ul className="plain">
              {refs.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
