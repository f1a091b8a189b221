/** Jurisdiction profiles (rules.md "Profiles"): DK, NL, or the EU-wide default. */
export type Profile = 'EU' | 'DK' | 'NL';

export function profileFor(jurisdiction: string | undefined): Profile {
  const j = (jurisdiction ?? '').trim().toUpperCase();
  if (j === 'DK') return 'DK';
  if (j === 'NL') return 'NL';
  return 'EU';
}
