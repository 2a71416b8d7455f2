import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findSignature, isDateLine, splitDateLine } from './letter-lines.ts'
import { parseSalutation } from './parse-salutation.ts'
import { resolveAddressees } from './resolve-addressees.ts'

describe('parseSalutation', () => {
  const SPEC: readonly [string, string[] | undefined][] = [
    ['Com. Molotov,', ['Molotov']],
    ['Hello, Com. Molotov,', ['Molotov']],
    ['Coms. Molotov and Ordzhonikidze,', ['Molotov', 'Ordzhonikidze']],
    ['To Molotov, Rykov, Bukharin, and other friends,', ['Molotov', 'Rykov', 'Bukharin', 'other friends']],
    ['To Molotov (for our friends),', ['Molotov (for our friends)']],
    ['To the Seven:', ['the Seven']],
    ['Viacheslav!', ['Viacheslav']],
    ['Hello again,', []],
    // Made up, same conventions.
    ['Dear Comrade Petrova and Comrade Ivanov,', ['Petrova', 'Ivanov']],
    ['Regards,', undefined],
    ['I have the following plan. It is this:', undefined],
    ['Received 1 June,', undefined],
  ]
  for (const [line, expected] of SPEC) {
    it(`reads "${line}"`, () => assert.deepEqual(parseSalutation(line), expected))
  }
})

describe('findSignature', () => {
  const SPEC: readonly [string, string | undefined][] = [
    ['J. Stalin', 'J. Stalin'],
    ['Yours, J Stalin', 'J Stalin'],
    ['Molotov. Bukharin.', 'Molotov. Bukharin.'],
    ['[V. Molotov]', 'V. Molotov'],
    ['Koba', 'Koba'],
    ['N. K. Krupskaia.', 'N. K. Krupskaia.'],
    ['Monday', undefined],
    ['Decipher Immediately', undefined],
    ['Regards,', undefined],
  ]
  for (const [line, expected] of SPEC) {
    it(`reads "${line}"`, () => assert.equal(findSignature(line)?.name, expected))
  }
})

describe('date lines', () => {
  it('tells date lines from sentences that hold a date', () => {
    assert.equal(isDateLine('Deciphered and sent on 4 June, 11:00 A.M.'), true)
    assert.equal(isDateLine('Monday. Sochi.'), true)
    assert.equal(isDateLine('I received your letter of 12 September.'), false)
  })
  it('splits place and date', () => {
    assert.deepEqual(splitDateLine('Rostov 7/12'), {
      dateOffset: 7,
      date: '7/12',
      place: { offset: 0, text: 'Rostov' },
    })
    assert.deepEqual(splitDateLine('Sent from Moscow, 3 June 1926'), {
      dateOffset: 0,
      date: 'Sent from Moscow, 3 June 1926',
      place: { offset: 10, text: 'Moscow' },
    })
  })
})

describe('resolveAddressees', () => {
  it('resolves a given name, a playful form and a nameless greeting from the collection', () => {
    const text = 'Letters of Ivan Petrov. Ivan Petrov wrote. Ivan Sidorov once.'
    const items = [['Petrov'], ['Petrov'], ['Petrovushka'], ['Ivan'], []]
    assert.deepEqual(resolveAddressees(items, text), [
      ['Petrov'],
      ['Petrov'],
      ['Petrov'],
      ['Petrov'],
      ['Petrov'],
    ])
  })
})
