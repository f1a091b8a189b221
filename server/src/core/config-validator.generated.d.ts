// Types of the precompiled validator (scripts/gen-schema-validator.mjs).
import type { ValidateFunction } from 'ajv';
declare const validate: ValidateFunction;
export default validate;
