import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest } from '../../src/check/suggest.ts';

describe('"Did you mean …?" suggestions', () => {
  it('finds the candidate a typo was meant to be', () => {
    assert.equal(closest('vilage', ['village', 'complex']), 'village');
    assert.equal(closest('fez-meknes', ['fes-meknes', 'rabat-sale-kenitra', 'oriental']), 'fes-meknes');
  });

  it('ignores case, and gives the candidate as it is written', () => {
    assert.equal(closest('VILLAGE', ['Village']), 'Village');
  });

  it('prefers the nearest candidate, the first of equals', () => {
    assert.equal(closest('centre', ['centres', 'centre-x', 'center']), 'centres');
    assert.equal(closest('abc', ['abd', 'abe']), 'abd');
  });

  it('suggests nothing for a value too far from every candidate', () => {
    assert.equal(closest('tanneries', ['village', 'complex']), undefined);
    assert.equal(closest('abc', []), undefined);
    // Three edits: more than the two a short value allows.
    assert.equal(closest('abcd', ['wxyd']), undefined);
  });

  it('allows more edits in a longer value (a quarter of its length)', () => {
    const value = 'infrastructure-under-construction';
    assert.equal(closest(value, ['infrastructure-undr-constrction-x5']), 'infrastructure-undr-constrction-x5');
    assert.equal(closest(value, ['infra-under-constr']), undefined);
  });
});
