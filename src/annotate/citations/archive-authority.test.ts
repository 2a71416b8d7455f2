import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  ARCHIVE_LOOKUP,
  createArchiveLookup,
  foldArchiveName,
  toArchiveRecords,
} from './archive-authority.ts'

describe('archive authority', () => {
  const renamed: readonly (readonly [string, string])[] = [
    ['RTsKhIDNI', 'RGASPI'],
    ['TsPA IML', 'RGASPI'],
    ['Rossiiskii Gosudarstvennyi Arkhiv Sotsial’no-politicheskoi istorii', 'RGASPI'],
    ["Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii (RGASPI)", 'RGASPI'],
    ['TsGAOR', 'GARF'],
    ['TsGANKh', 'RGAE'],
    ['TsKhSD', 'RGANI'],
    ['TsA FSB', 'TsA FSB RF'],
    ['ЦГАОР СССР', 'GARF'],
  ]
  for (const [printed, name] of renamed) {
    it(`knows "${printed}" as ${name}`, () => assert.equal(ARCHIVE_LOOKUP.find(printed)?.name, name))
  }

  it('folds case, soft signs and hyphens', () => {
    assert.equal(foldArchiveName('Sotsial’no-politicheskoi  Istorii'), 'sotsialno politicheskoi istorii')
  })

  it('reads archives a user adds', () => {
    const lookup = createArchiveLookup(
      toArchiveRecords({
        archives: [
          {
            name: 'DAZhO',
            abbreviations: ['DAZhO'],
            names: [],
            formerNames: [{ abbreviations: ['ZhOGA'], names: [] }],
          },
        ],
      }),
    )
    assert.equal(lookup.find('ZhOGA')?.name, 'DAZhO')
    assert.match('in ZhOGA, f. 1', new RegExp(lookup.designationSource, 'u'))
  })
})
