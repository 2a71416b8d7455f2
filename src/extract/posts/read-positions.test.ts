import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readPositions } from './read-positions.ts'

const brief = (clause: string) =>
  readPositions(clause).map(
    (item) =>
      `${item.role} | ${item.institution ?? ''} | ${item.period?.start?.text ?? ''} | ${item.period?.end?.text ?? ''}`,
  )

describe('readPositions', () => {
  it('splits role and institution at the first "of" (real excerpt)', () => {
    assert.deepEqual(brief('Secretary of Azerbaidzhan Central Committee, 1924'), [
      'Secretary | Azerbaidzhan Central Committee | 1924 | ',
    ])
  })

  it('reads an institution printed before its role', () => {
    assert.deepEqual(brief('Orgburo candidate member, 1931–34'), ['candidate member | Orgburo | 1931 | 34'])
    assert.deepEqual(brief('Northern Fleet chief of staff'), ['chief of staff | Northern Fleet |  | '])
  })

  it('keeps an adjective before a role in the role', () => {
    assert.deepEqual(brief('Finnish prime minister, 1930–31'), ['Finnish prime minister |  | 1930 | 31'])
  })

  it('reads party membership from a year', () => {
    assert.deepEqual(brief('Party member from 1911'), ['Party member |  | 1911 | '])
  })

  it('gives roles joined by "and" or "," the printed date, and keeps joint bodies whole', () => {
    assert.deepEqual(brief('Chairman of Grain Council and deputy commissar of trade, 1926–28'), [
      'Chairman | Grain Council | 1926 | 28',
      'deputy commissar | trade | 1926 | 28',
    ])
    assert.deepEqual(brief('Deputy chairman of Council of Commissars and Labor Defense Council, 1926–37'), [
      'Deputy chairman | Council of Commissars and Labor Defense Council | 1926 | 37',
    ])
  })

  it('splits bodies named twice with "and of" or the same last word', () => {
    assert.deepEqual(brief('Chairman of Tula Soviet and of Tula Trade Union Council, 1922'), [
      'Chairman | Tula Soviet | 1922 | ',
      'Chairman | Tula Trade Union Council | 1922 | ',
    ])
    assert.deepEqual(brief('First secretary of Kazan City Committee and Kazan Regional Committee'), [
      'First secretary | Kazan City Committee |  | ',
      'First secretary | Kazan Regional Committee |  | ',
    ])
  })

  it('drops appointment verbs from the role and keeps them apart', () => {
    const [item] = readPositions('Confirmed as secretary of Volga Regional Committee by Orgburo, 2 May 1927')
    assert.equal(item?.role, 'secretary')
    assert.equal(item?.institution, 'Volga Regional Committee')
    assert.equal(item?.verb, 'Confirmed as')
    assert.equal(item?.by, 'Orgburo')
    assert.equal(item?.period?.start?.iso, '1927-05-02')
    assert.deepEqual(brief('By Orgburo resolution, made editor of *Gudok*, 3 March 1929'), [
      'editor | *Gudok* | 3 March 1929 | ',
    ])
  })

  it('shares the institution of the next role with a bare one', () => {
    assert.deepEqual(brief('Deputy director and director of Tver Textile Trust, 1921–24'), [
      'Deputy director | Tver Textile Trust | 1921 | 24',
      'director | Tver Textile Trust | 1921 | 24',
    ])
  })

  it('leaves descriptors out of the posts', () => {
    assert.deepEqual(brief('Dutch statesman, Liberal prime minister, 1918–22'), [
      'Liberal prime minister |  | 1918 | 22',
    ])
  })

  it('gives no date to a decade', () => {
    assert.deepEqual(brief('In the 1920s, member of Odessa Party Committee'), [
      'member | Odessa Party Committee |  | ',
    ])
  })
})
