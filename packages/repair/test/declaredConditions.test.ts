import { describe, expect, it } from 'vitest';
import { declaredConditions, type DeclarationWording } from '../src';

const wording: DeclarationWording = {
  OBLIGATIONS_FULFILLED: ['paid', 'pay first'],
  CONDUCT_CORRECTED: ['corrected', 'correct first'],
  COMMITMENT_MADE: ['committed', 'commit first'],
};

describe('the declared conditions of a repair application', () => {
  it('are met when all three are declared, in a fixed order', () => {
    expect(declaredConditions({ obligationsFulfilled: true, conductCorrected: true, commitmentMade: true }, wording)).toEqual([
      { condition: 'OBLIGATIONS_FULFILLED', met: true, explanation: 'paid' },
      { condition: 'CONDUCT_CORRECTED', met: true, explanation: 'corrected' },
      { condition: 'COMMITMENT_MADE', met: true, explanation: 'committed' },
    ]);
  });

  it('explain each one not declared in the subgraph\'s own words', () => {
    expect(declaredConditions({ obligationsFulfilled: true, conductCorrected: false, commitmentMade: false }, wording)).toEqual([
      { condition: 'OBLIGATIONS_FULFILLED', met: true, explanation: 'paid' },
      { condition: 'CONDUCT_CORRECTED', met: false, explanation: 'correct first' },
      { condition: 'COMMITMENT_MADE', met: false, explanation: 'commit first' },
    ]);
  });
});
