/**
 * What `reclint init` proposes per announced purpose (spec init.md): the legal basis, the reason in a
 * few words, and the retention trigger with its backstop. Proposals only: the starter says so.
 */
import type { BuiltinPurpose } from '../vocabulary';

export type StarterBasis = 'contract' | 'legitimate-interests' | 'legal-obligation' | 'consent' | 'none';

export interface TriggerProposal { id: string; description: string; max: string }

const T = (id: string, description: string, max: string): TriggerProposal => ({ id, description, max });

/** One trigger per purpose (init.md "Retention"); speech analytics and emotion recognition share one. */
export const TRIGGERS: Readonly<Record<BuiltinPurpose, TriggerProposal>> = {
  'quality-assurance': T('service-reviewed', 'The call has been reviewed for service quality', 'P30D'),
  'staff-training': T('coaching-session-held', 'The coaching session with the agent who took the call has taken place', 'P4M'),
  'employee-evaluation': T('evaluation-done', 'The periodic evaluation with the agent has taken place', 'P4M'),
  evidence: T('agreement-settled', 'No dispute about what was agreed can arise any more: the contract has ended, or no agreement came about', 'P2Y'),
  'complaint-handling': T('complaint-closed', 'The complaint is handled, including any appeal', 'P1Y'),
  'legal-compliance': T('legal-term-passed', 'The retention term of the law named in `law` has passed', 'P5Y'),
  'fraud-prevention': T('fraud-check-closed', 'The fraud check on the call is closed', 'P6M'),
  'staff-safety': T('incident-closed', 'The incident is handled, including any report to the police', 'P1Y'),
  troubleshooting: T('fault-resolved', 'The fault on the line is resolved', 'P30D'),
  'speech-analytics': T('analysis-done', 'The automated analysis of the call is done', 'P30D'),
  'emotion-recognition': T('analysis-done', 'The automated analysis of the call is done', 'P30D'),
  'ai-training': T('model-trained', 'The model the call is used for has been trained and evaluated', 'P1Y'),
  marketing: T('campaign-evaluated', 'The marketing analysis the call is used for is finished', 'P1Y'),
  'service-provision': T('request-handled', "The caller's request is handled", 'P3M'),
  publication: T('publication-ended', 'The recording is no longer published', 'P2Y'),
  // Not in the spec's table (no notice should announce it): a neutral event, so retention rules stay quiet.
  'personal-use': T('purpose-served', 'The purpose the call was recorded for is served', 'P30D'),
};

/** For a purpose id reclint does not build in (a phrase of the config for a custom id). */
export const FALLBACK_TRIGGER = TRIGGERS['personal-use'];

export interface BasisProposal {
  basis: StarterBasis;
  /** `consent: { mechanism: ivr-keypress }` is written. */
  keypress?: boolean;
  /** Comment lines above the purpose: why this basis. */
  why: string[];
  /** Comment lines below `legal_basis`: what is left to do (a TODO), if anything. */
  todo?: string[];
}

export interface BasisContext {
  /** The Danish profile applies (`--jurisdiction DK`, or the config's default). */
  dk: boolean;
  /** The script has a `consent` step. */
  consentStep: boolean;
}

const CONTRACT = (what: string): BasisProposal => ({ basis: 'contract', why: [`${what} serves the contract with the caller (art. 6(1)(b) GDPR).`] });
const BALANCE = ['TODO balancing_test: the path or URL of the test that weighs this interest against', "the caller's rights (art. 6(1)(f) GDPR); reclint reports it as missing until then."];
const INTEREST = (what: string): BasisProposal => ({ basis: 'legitimate-interests', why: [`${what}: a legitimate interest, to be weighed against the caller's rights`, '(art. 6(1)(f) GDPR).'], todo: BALANCE });
const CONSENT_STEP_TODO = ['TODO the script asks no `consent` question: add a `consent` step (accept and refuse keys)', 'before `record start`; reclint reports it until then.'];
const OWN = (what: string, consentStep: boolean): BasisProposal => ({
  basis: 'consent',
  keypress: true,
  why: [`${what} is a purpose of its own, never related to why the caller called: only the caller's`, 'consent covers it (art. 6(1)(a), 6(4) GDPR).'],
  todo: consentStep ? undefined : CONSENT_STEP_TODO,
});

export function basisFor(purpose: string, c: BasisContext): BasisProposal {
  switch (purpose) {
    case 'evidence': return CONTRACT('Proof of what was agreed');
    case 'complaint-handling': return CONTRACT("Handling the caller's own complaint");
    case 'service-provision': return CONTRACT('Carrying out what the caller asked');
    case 'quality-assurance': return INTEREST('Reviewing calls to keep the service up');
    case 'employee-evaluation': return INTEREST("Assessing an agent's work");
    case 'fraud-prevention': return INTEREST('Detecting fraud');
    case 'staff-safety': return INTEREST('Protecting staff against threats and abuse');
    case 'troubleshooting': return {
      ...INTEREST('Finding a fault on the line'),
      why: ["Finding a fault on the line: a legitimate interest, ideally agreed with the employee, to be", "weighed against the caller's rights; a provider that listens is a processor (art. 28 GDPR)."],
    };
    case 'speech-analytics': return INTEREST('Automated analysis of what is said');
    case 'staff-training':
      if (c.consentStep) return { basis: 'consent', keypress: true, why: ['The script asks the caller for consent to training: a purpose the caller is asked about', 'must rest on that consent, not on another basis (art. 6(1)(a), 7 GDPR).'] };
      if (c.dk) return { basis: 'consent', keypress: true, why: ['The Danish DPA (Datatilsynet, 2019) wants consent given by an active act for training,', 'and rejected legitimate interests (art. 6(1)(a) GDPR).'], todo: CONSENT_STEP_TODO };
      return {
        basis: 'legitimate-interests',
        why: ['Training staff is hard to call necessary for a contract; legitimate interests needs a', 'balancing test, and the Danish DPA (2019) wants consent by an active act (reclint warns).'],
        todo: [...BALANCE, 'Or ask for consent: a `consent` step in the script and `legal_basis: consent`.'],
      };
    case 'legal-compliance': return {
      basis: 'legal-obligation',
      why: ['A duty to record imposed by law (art. 6(1)(c) GDPR), e.g. MiFID II art. 16(7) for investment services.'],
      todo: ['TODO law: the statute that obliges you to record; reclint reports it until then.'],
    };
    case 'marketing': return OWN('Marketing', c.consentStep);
    case 'ai-training': return OWN('Training AI models', c.consentStep);
    case 'publication': return OWN('Publishing recordings', c.consentStep);
    case 'emotion-recognition': return {
      basis: 'none',
      why: ['Emotion recognition is prohibited for staff at work (AI Act art. 5(1)(f)) and high-risk for', 'callers (AI Act Annex III): a decision for your DPO, so no legal basis is proposed.'],
      todo: ['TODO legal_basis: only after that decision, with the agent\'s side excluded; reclint reports both.'],
    };
    case 'personal-use': return {
      basis: 'none',
      why: ['Strictly personal use is the household exemption of a natural person (art. 2(2)(c) GDPR):', 'an organisation cannot rely on it, so no legal basis is proposed.'],
      todo: ['TODO remove this purpose, or name the purpose the recordings really serve.'],
    };
    default: return {
      basis: 'none',
      why: ['A purpose reclint has no proposal for (a phrase of your configuration names it).'],
      todo: ['TODO legal_basis, and declare it under `custom_purposes` if it is not built in.'],
    };
  }
}
