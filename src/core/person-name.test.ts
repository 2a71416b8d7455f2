import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  givenInitials,
  givenKeys,
  initialsCompatible,
  parsePersonName,
  personId,
  surnameKey,
} from './person-name.ts'

const PARSES: readonly [string, string, readonly string[]][] = [
  ['Trotsky, L. D.', 'Trotsky', ['L.', 'D.']],
  ['L.D.Trotsky', 'Trotsky', ['L.', 'D.']],
  ['Trotsky L. D.', 'Trotsky', ['L.', 'D.']],
  ['Lev Davidovich Trotsky', 'Trotsky', ['Lev', 'Davidovich']],
  ['Троцкий Лев Давидович', 'Троцкий', ['Лев', 'Давидович']],
  ['Lazar Kaganovich', 'Kaganovich', ['Lazar']],
  ['Com. Trotsky', 'Trotsky', []],
  ['Deterding, Sir Henri', 'Deterding', ['Henri']],
  ['Amas (real name: Amirbekov), A. S.', 'Amas', ['A.', 'S.']],
  ['Chiang Kai-shek', 'Chiang', ['Kai-shek']],
  ['Kasumov Mir Bashir Fattakh ogly', 'Kasumov', ['Mir', 'Bashir', 'Fattakh', 'ogly']],
  ['С. М. Кирова', 'Кирова', ['С.', 'М.']],
]

describe('parsePersonName', () => {
  for (const [name, surname, given] of PARSES) {
    it(`reads "${name}"`, () => {
      assert.deepEqual(parsePersonName(name), { surname, given })
    })
  }
})

describe('personId', () => {
  it('gives every spelling and script of a person one id', () => {
    const ids = new Set(
      ['Trotskii, L. D.', 'Trotsky, Lev Davidovich', 'Л. Д. Троцкий', 'Trotzki L. D.'].map(personId),
    )
    assert.deepEqual([...ids], ['person:trotski-l-d'])
  })
  it('keeps namesakes apart by their initials', () => {
    assert.notEqual(personId('Kamenev, L. B.'), personId('Kamenev, S. S.'))
    assert.notEqual(personId('Kviring, Er. I.'), personId('Kviring, Ye. I.'))
  })
  it('keys initials as Russian initials are written', () => {
    assert.equal(personId('Rudzutak, Jan E.'), personId('Rudzutak, Ya. E.'))
  })
})

describe('initials', () => {
  it('keeps digraph initials', () => {
    assert.deepEqual(givenInitials(['Ya.', 'Ye.', 'Kh.', 'Christian', 'Yurii']), [
      'ia',
      'e',
      'ch',
      'ch',
      'iu',
    ])
  })
  it('lets a shorter initial agree with a longer one and a missing one with any', () => {
    assert.equal(initialsCompatible(['e', 'i'], ['er', 'i']), true)
    assert.equal(initialsCompatible(['l'], ['l', 'b']), true)
    assert.equal(initialsCompatible(['l', 'b'], ['s', 's']), false)
  })
  it('keys a surname in any script', () => {
    assert.equal(surnameKey('Лев Троцкий'), surnameKey('Trotskii, L. D.'))
  })
})

describe('givenKeys', () => {
  it('keeps written-out given names whole, so they fit only the initials they begin with', () => {
    const emmanuil = givenKeys(['Emmanuil'])
    assert.equal(initialsCompatible(emmanuil, givenKeys(['Ye.'])), true)
    assert.equal(initialsCompatible(emmanuil, givenKeys(['E.'])), true)
    assert.equal(initialsCompatible(emmanuil, givenKeys(['Er.'])), false)
    assert.equal(initialsCompatible(givenKeys(['Lev', 'Davidovich']), givenKeys(['L.', 'D.'])), true)
  })
})
