import { internalError } from './internal-error';
import { invalidDuration } from './invalid-duration';
import { ivrSyntax } from './ivr-syntax';
import { placeholderValue } from './placeholder-value';
import { promptNotFound } from './prompt-not-found';
import { schema } from './schema';
import { scriptNotFound } from './script-not-found';
import { scriptNotNamed } from './script-not-named';
import { suppressionWithoutReason } from './suppression-without-reason';
import { tooManyFindings } from './too-many-findings';
import { unknownLegalBasis } from './unknown-legal-basis';
import { unknownPurpose } from './unknown-purpose';
import { unusedSuppression } from './unused-suppression';
import { yamlSyntax } from './yaml-syntax';
import type { Rule } from '../types';

/** Files and references (rules.md), plus the engine's own findings. */
export const FILES_RULES: Rule[] = [
  yamlSyntax,
  schema,
  unknownLegalBasis,
  unknownPurpose,
  invalidDuration,
  scriptNotFound,
  scriptNotNamed,
  promptNotFound,
  ivrSyntax,
  placeholderValue,
  internalError,
  tooManyFindings,
  unusedSuppression,
  suppressionWithoutReason,
];
