import type {
  DateRecord,
  Document,
  DocumentDate,
  DocumentRecord,
  FieldRecord,
  MentionRecord,
  PipelineResult,
  Provenance,
  SourceEdition,
  SourceText,
  Span,
  TextField,
} from '../core/index.ts'
import { createLineIndex, quoteSpan } from '../core/index.ts'

/**
 * Turns a pipeline result into its stored form: every span mapped to the original file, with lines and quotes.
 * @example toEdition(runPipeline(file), { importedAt: new Date().toISOString() }).documents.length
 */
export function toEdition(result: PipelineResult, options: { importedAt: string }): SourceEdition {
  const { file, text, segments } = result
  const raw = text?.raw ?? ''
  const lines = createLineIndex(raw)
  const sourceId = file.id
  const place = (span: Span): { start: number; end: number; line: number } => {
    const rawSpan = text === undefined ? span : text.map.spanToRaw(span)
    return { ...rawSpan, line: lines.lineAt(rawSpan.start) }
  }
  const provenance = (span: Span, rule: string): Provenance => {
    const rawSpan = text === undefined ? span : text.map.spanToRaw(span)
    return {
      sourceId,
      span: rawSpan,
      quote: quoteSpan(raw, rawSpan),
      lineStart: lines.lineAt(rawSpan.start),
      lineEnd: lines.lineAt(Math.max(rawSpan.start, rawSpan.end - 1)),
      rule,
    }
  }
  const field = (value: TextField | undefined): FieldRecord | undefined =>
    value === undefined ? undefined : { text: value.text, ...place(value.span) }
  const date = (value: DocumentDate | undefined): DateRecord | undefined => {
    if (value === undefined) return undefined
    const { span, ...rest } = value
    return { ...rest, ...place(span) }
  }
  const documents = (segments?.documents ?? []).map((doc) =>
    toDocumentRecord(doc, text, { field, date, provenance }),
  )
  return {
    source: {
      id: sourceId,
      path: file.path,
      name: file.name,
      contentHash: file.contentHash,
      ...(text === undefined ? {} : { format: text.format }),
      ...(text?.title === undefined ? {} : { title: text.title }),
      byteLength: file.bytes.length,
      lineCount: text === undefined ? 0 : raw.endsWith('\n') ? lines.lineCount - 1 : lines.lineCount,
      importedAt: options.importedAt,
    },
    raw,
    text: text?.text ?? '',
    documents,
    notes: (segments?.notes ?? []).map(({ span, rule, ...note }) => ({
      ...note,
      text: text?.text.slice(span.start, span.end) ?? '',
      textSpan: { start: span.start, end: span.end },
      provenance: provenance(span, rule),
    })),
    markers: (segments?.markers ?? []).map(({ span, rule, ...marker }) => ({
      ...marker,
      provenance: provenance(span, rule),
    })),
    editorial: (segments?.editorial ?? []).map(({ span, rule, ...item }) => ({
      ...item,
      provenance: provenance(span, rule),
    })),
    glossary: (segments?.glossary ?? []).map(({ span, rule, ...entry }) => ({
      ...entry,
      provenance: provenance(span, rule),
    })),
    index: (segments?.index ?? []).map(({ span, rule, ...entry }) => ({
      ...entry,
      provenance: provenance(span, rule),
    })),
    witnesses: (segments?.witnesses ?? []).map(({ rule: _rule, variants, ...set }) => ({
      ...set,
      variants: variants.map(({ span, baseSpan, rule, ...variant }) => ({
        ...variant,
        provenance: provenance(span, rule),
        ...(baseSpan === undefined
          ? {}
          : { base: { text: text?.text.slice(baseSpan.start, baseSpan.end) ?? '', ...place(baseSpan) } }),
      })),
    })),
    mentions: toMentionRecords(result, provenance),
    entities: (result.entities ?? []).map((entity) => ({ ...entity, sourceId })),
    facts: (result.facts ?? []).map(({ evidence, ...fact }) => ({
      ...fact,
      sourceId,
      evidence: evidence.map((item) => ({
        ...provenance(item.span, item.rule),
        ...(item.documentId === undefined ? {} : { documentId: item.documentId }),
      })),
    })),
    removals: (text?.removals ?? []).map((removal) => ({
      reason: removal.reason,
      start: removal.span.start,
      end: removal.span.end,
      line: lines.lineAt(removal.span.start),
      text: raw.slice(removal.span.start, removal.span.end),
    })),
    diagnostics: result.diagnostics.map((diagnostic) => {
      if (diagnostic.place === undefined || text === undefined)
        return { ...diagnostic, sourceId, file: file.path }
      const line = lines.lineAt(diagnostic.place.start)
      return {
        ...diagnostic,
        sourceId,
        file: file.path,
        line,
        column: diagnostic.place.start - lines.lineStart(line) + 1,
      }
    }),
  }
}

function toMentionRecords(
  result: PipelineResult,
  provenance: (span: Span, rule: string) => Provenance,
): MentionRecord[] {
  const names = new Map((result.entities ?? []).map((entity) => [entity.id, entity.name]))
  const text = result.text?.text ?? ''
  return (result.mentions ?? []).map((mention) => {
    const base = {
      sourceId: result.file.id,
      ...(mention.documentId === undefined ? {} : { documentId: mention.documentId }),
      confidence: mention.confidence,
      provenance: provenance(mention.span, mention.rule),
    }
    const written = text.slice(mention.span.start, mention.span.end)
    if (mention.type === 'date') {
      return { ...base, type: 'date', surface: written, iso: mention.value.iso, date: mention.value }
    }
    if (mention.type === 'citation')
      return { ...base, type: 'citation', surface: written, citation: mention.citation }
    const entityName = mention.entityId === undefined ? undefined : names.get(mention.entityId)
    return {
      ...base,
      type: mention.type,
      surface: mention.surface,
      key: mention.key,
      ...(mention.entityId === undefined ? {} : { entityId: mention.entityId }),
      ...(entityName === undefined ? {} : { entityName }),
      ...(mention.candidates === undefined ? {} : { candidates: mention.candidates }),
    }
  })
}

interface Converters {
  field(value: TextField | undefined): FieldRecord | undefined
  date(value: DocumentDate | undefined): DateRecord | undefined
  provenance(span: Span, rule: string): Provenance
}

function toDocumentRecord(doc: Document, text: SourceText | undefined, convert: Converters): DocumentRecord {
  const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
  return {
    id: doc.id,
    sourceId: doc.sourceId,
    ...optional('parentId', doc.parentId),
    type: doc.type,
    ...optional('number', doc.number),
    title: doc.title,
    order: doc.order,
    ...optional('heading', convert.field(doc.heading)),
    ...optional('editorialDate', convert.date(doc.editorialDate)),
    ...optional('headerDate', convert.field(doc.headerDate)),
    ...optional('signoffDate', convert.field(doc.signoffDate)),
    ...optional('date', convert.date(doc.date)),
    ...optional('place', convert.field(doc.place)),
    ...optional('author', doc.author),
    addressees: doc.addressees,
    ...optional('salutation', convert.field(doc.salutation)),
    ...optional('signer', convert.field(doc.signer)),
    insertions: doc.insertions.map(({ span, ...insertion }) => ({
      ...insertion,
      field: convert.field({ text: text?.text.slice(span.start, span.end) ?? '', span }) as FieldRecord,
    })),
    text: text?.text.slice(doc.span.start, doc.span.end) ?? '',
    textSpan: { start: doc.span.start, end: doc.span.end },
    provenance: convert.provenance(doc.span, doc.rule),
  }
}
