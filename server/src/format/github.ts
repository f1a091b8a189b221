/** GitHub Actions workflow commands: annotations on the pull request. */
import type { Formatter } from './types';
import { oneBased } from './types';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (input) =>
  input.findings
    .map((f) => {
      const p = oneBased(input, f.uri, f.span);
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      return `::${level} file=${escapeProp(f.uri)},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn},title=${escapeProp(f.ruleId)}::${escapeData(f.message)}`;
    })
    .map((l) => l + '\n')
    .join('');
