/**
 * `reclint register`: the art. 30(1) record of processing activities (register.md). Pure core: policies
 * and the linter's findings in, Markdown, CSV or DPV JSON-LD out, the same bytes for the same inputs.
 */
import { registerCsv } from './csv';
import { registerJsonLd } from './jsonld';
import { registerMarkdown } from './markdown';
import { buildRegister } from './model';
import type { Register, RegisterInput } from './types';

export { buildRegister, DEFAULT_BASE_IRI, RegisterProblem } from './model';
export type { Activity, Register, RegisterFinding, RegisterInput, RegisterPolicyInput } from './types';

export const REGISTER_FORMATS = ['md', 'csv', 'jsonld'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

export function renderRegister(reg: Register, format: RegisterFormat, o: { bom?: boolean } = {}): string {
  switch (format) {
    case 'md':
      return registerMarkdown(reg);
    case 'csv':
      return registerCsv(reg, o);
    case 'jsonld':
      return registerJsonLd(reg);
  }
}

/** An open error finding on an included activity, or on a policy whose controller cannot be known (`--fail-on-findings`). */
export function hasOpenErrors(reg: Register): boolean {
  return reg.activities.some((a) => a.findings.some((f) => f.severity === 'error' && !f.held)) || reg.excluded.some((x) => x.counts && x.findings.some((f) => f.severity === 'error' && !f.held));
}

export function makeRegister(input: RegisterInput, format: RegisterFormat, o: { bom?: boolean } = {}): { register: Register; text: string } {
  const register = buildRegister(input);
  return { register, text: renderRegister(register, format, o) };
}
