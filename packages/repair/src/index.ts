/**
 * Credit repair (信用修复): whatever is repaired (the publication of a penalty, a listing), the
 * applicant declares the same three things — the legal obligations fulfilled, the conduct
 * corrected, a public credit commitment (信用承诺) made. Each subgraph words the explanations for its
 * own subject matter; the conditions and how they are met are decided here once.
 */

/** The declarations of a repair application. */
export interface RepairDeclarations {
  obligationsFulfilled: boolean;
  conductCorrected: boolean;
  commitmentMade: boolean;
}

export type DeclaredCondition = 'OBLIGATIONS_FULFILLED' | 'CONDUCT_CORRECTED' | 'COMMITMENT_MADE';

/** Per condition: the explanation when it is met, and when it is not. */
export type DeclarationWording = Record<DeclaredCondition, readonly [met: string, unmet: string]>;

export interface DeclaredConditionResult {
  condition: DeclaredCondition;
  met: boolean;
  explanation: string;
}

const DECLARATIONS: readonly [DeclaredCondition, keyof RepairDeclarations][] = [
  ['OBLIGATIONS_FULFILLED', 'obligationsFulfilled'],
  ['CONDUCT_CORRECTED', 'conductCorrected'],
  ['COMMITMENT_MADE', 'commitmentMade'],
];

/** The three declared conditions, in this order, each met when the applicant declares it. */
export function declaredConditions(input: RepairDeclarations, wording: DeclarationWording): DeclaredConditionResult[] {
  return DECLARATIONS.map(([condition, key]) => {
    const met = input[key];
    return { condition, met, explanation: met ? wording[condition][0] : wording[condition][1] };
  });
}
