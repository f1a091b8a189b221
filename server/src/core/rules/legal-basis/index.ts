import { balancingTestMissing } from './balancing-test-missing';
import { basisNotNecessaryForContract } from './basis-not-necessary-for-contract';
import { consentNotActive } from './consent-not-active';
import { emotionRecognitionWorkplace } from './emotion-recognition-workplace';
import { legalBasisMissing } from './legal-basis-missing';
import { legalObligationUnreferenced } from './legal-obligation-unreferenced';
import { personalUseByOrganisation } from './personal-use-by-organisation';
import { publicationWithoutConsent } from './publication-without-consent';
import { specialCategoryWithoutCondition } from './special-category-without-condition';
import { trainingNeedsConsent } from './training-needs-consent';
import type { Rule } from '../types';

/** Legal basis (rules.md), in the catalogue's order. */
export const LEGAL_BASIS_RULES: Rule[] = [
  legalBasisMissing,
  balancingTestMissing,
  consentNotActive,
  basisNotNecessaryForContract,
  trainingNeedsConsent,
  legalObligationUnreferenced,
  specialCategoryWithoutCondition,
  personalUseByOrganisation,
  publicationWithoutConsent,
  emotionRecognitionWorkplace,
];
