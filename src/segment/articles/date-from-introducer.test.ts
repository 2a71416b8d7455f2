import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dateFromIntroducer } from './date-from-introducer.ts'

describe('dateFromIntroducer', () => {
  it('takes the date of the act, not of the items mentioned (real, 001 1929 chapter)', () => {
    const plain =
      'After Stalin\'s letter to Molotov of 9 August (letter 40), the Politburo, on 13 August 1929, passed the following resolution by voice vote, "On the Letters of Com. Bukharin of 22 July 1929."'
    assert.equal(dateFromIntroducer(plain, 0, '', 'r')?.iso, '1929-08-13')
  })

  it('reads "That day" as the date of the sentence before, with the year written earlier', () => {
    const plain =
      'On 16 July 1925, a paper printed it. On 27 July, he protested. That day, the following resolution was passed:'
    const date = dateFromIntroducer(plain, 0, '', 'r')
    assert.equal(date?.iso, '1925-07-27')
    assert.match(date?.rule ?? '', /year-from-context/)
  })

  it('gives only a lower bound when the date is in an earlier sentence (made-up)', () => {
    const plain =
      'On 2 May the miller sent his draft. Without a word, the chairman answered with a brief note:'
    const date = dateFromIntroducer(plain, 0, 'In 1931 the artel was founded.', 'r')
    assert.deepEqual([date?.qualifier, date?.bound], ['no_earlier_than', '1931-05-02'])
  })

  it('skips dates inside quotation marks and finds none where none is given', () => {
    assert.equal(dateFromIntroducer('He wrote "on 5 May 1930 we met":', 0, '', 'r'), undefined)
  })
})
