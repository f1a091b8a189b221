import { accessUndefined } from './access-undefined';
import { accessUnrestricted } from './access-unrestricted';
import { employeesNotInformed } from './employees-not-informed';
import { notPartyToCall } from './not-party-to-call';
import { processorAgreementMissing } from './processor-agreement-missing';
import { subjectAccessUndefined } from './subject-access-undefined';
import { transcriptsExcludedFromAccess } from './transcripts-excluded-from-access';
import { worksCouncilApproval } from './works-council-approval';
import type { Rule } from '../types';

/** People, access, processors, rights (rules.md), in the catalogue's order. */
export const PEOPLE_RULES: Rule[] = [
  notPartyToCall,
  employeesNotInformed,
  worksCouncilApproval,
  accessUndefined,
  accessUnrestricted,
  processorAgreementMissing,
  subjectAccessUndefined,
  transcriptsExcludedFromAccess,
];
