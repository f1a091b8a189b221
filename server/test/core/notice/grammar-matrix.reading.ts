/** A grammar-matrix case read by the analyser, and its labels, in one shape (the test and the report compare them). */
import { analyseNotice } from '../../../src/core/notice/analyse';
import type { MatrixCase } from './grammar-matrix.cases';

/** What the analyser reads, in the shape of a case's labels. */
export function reading(c: MatrixCase): Pick<MatrixCase, 'records' | 'denies' | 'purposes' | 'excluded' | 'vague'> {
  const a = analyseNotice(c.text, c.lang);
  return {
    records: a.records,
    denies: a.denies,
    purposes: [...new Set(a.purposes.map((p) => p.id))].sort(),
    excluded: [...new Set((a.excluded ?? []).map((p) => p.id))].sort(),
    vague: a.vague,
  };
}

export function expected(c: MatrixCase): ReturnType<typeof reading> {
  return { records: c.records, denies: c.denies, purposes: c.purposes, excluded: [...c.excluded].sort(), vague: c.vague };
}
