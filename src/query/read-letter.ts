import type { FactDate, FactRecord } from '../core/index.ts'

/**
 * A correspondence fact read into its parts. The extractors put them in `attributes` (ids where resolved, else as
 * printed): `sender`/`senderId` (else `object`), `addressees`/`addresseeIds`, `readers`/`readerIds`; a letter's dates in `start`
 * (and `end` for bounds), with `headerDate`, `signoffDate` and `conflict` when its header and sign-off disagree.
 */
export interface Letter {
  /** The letter (a document id). */
  readonly document: string
  readonly senders: readonly string[]
  readonly addressees: readonly string[]
  /** People asked to read it ("show this letter to the seven"). */
  readonly readers: readonly string[]
  readonly date?: FactDate
  readonly fact: FactRecord
}

function values(fact: FactRecord, ...keys: string[]): string[] {
  const found: string[] = []
  for (const key of keys) {
    const value = fact.attributes?.[key]
    if (value === undefined) continue
    for (const item of typeof value === 'string' ? [value] : value) {
      if (item.trim() !== '' && !found.includes(item)) found.push(item)
    }
  }
  return found
}

/** Letters already read: the same fact records are read again by every page that lists a person's letters. */
const READ = new WeakMap<FactRecord, Letter>()

/** Reads a correspondence fact: sender(s), addressees and readers by id where given, else as printed. */
export function readLetter(fact: FactRecord): Letter {
  let letter = READ.get(fact)
  if (letter === undefined) {
    letter = parseLetter(fact)
    READ.set(fact, letter)
  }
  return letter
}

function parseLetter(fact: FactRecord): Letter {
  const senders = values(fact, 'senderId', 'senderIds', 'sender', 'senders', 'from')
  const addressees = values(fact, 'addresseeIds', 'addresseeId', 'addressees', 'addressee', 'to')
  if (fact.object !== undefined && senders.length === 0) {
    senders.push(fact.object)
  } else if (
    fact.object !== undefined &&
    !senders.includes(fact.object) &&
    !addressees.includes(fact.object)
  ) {
    addressees.push(fact.object)
  }
  const date = fact.start ?? fact.end
  return {
    document: fact.subject,
    senders,
    addressees,
    readers: values(fact, 'readerIds', 'readers'),
    ...(date === undefined ? {} : { date }),
    fact,
  }
}
