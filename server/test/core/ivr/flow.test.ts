import { strict as assert } from 'node:assert';
import { buildFlow, pathsReaching, reachable, successors } from '../../../src/core/ivr/flow';
import { parseIvr } from '../../../src/core/ivr/parse';
import type { IvrScript } from '../../../src/core/ivr/model';
import { lines } from './helpers';

const parse = (text: string): IvrScript => parseIvr('t.ivr', text);

const isRecordStart = (s: IvrScript) => (i: number) => {
  const st = s.steps[i];
  return st.kind === 'record' && st.action === 'start';
};
const isPromptId = (s: IvrScript, ...ids: string[]) => (i: number) => {
  const st = s.steps[i];
  return (st.kind === 'say' || st.kind === 'consent') && st.id !== undefined && ids.includes(st.id);
};

/** pathsReaching as plain data, for deepEqual. */
function paths(s: IvrScript, isTarget: (i: number) => boolean, isBlocked: (i: number) => boolean) {
  return pathsReaching(s, isTarget, isBlocked).map((p) => ({ target: p.target, path: p.path }));
}

describe('flow: successors', () => {
  const s = parse(
    lines(
      'lang nl', // 0
      'start:', // 1
      'say a "x"', // 2
      'consent c "y" accept=1 refuse=2', // 3
      'record start', // 4
      'menu 1=sales 2=support 3=sales', // 5
      'say "Ongeldige keuze."', // 6
      'goto start', // 7
      'sales:', // 8
      'transfer sales-queue', // 9
      'support:', // 10
      'hangup', // 11
      'say "dead code"', // 12
    ),
  );

  it('parses the fixture cleanly', () => assert.deepEqual(s.errors, []));

  it('falls through ordinary steps, consent included', () => {
    for (const i of [0, 1, 2, 3, 4]) assert.deepEqual(successors(s, i), [i + 1]);
  });

  it('menu: each option label once, in option order, then the next step (no key / wrong key)', () => {
    assert.deepEqual(successors(s, 5), [8, 10, 6]);
  });

  it('goto: the label only', () => assert.deepEqual(successors(s, 7), [1]));

  it('transfer and hangup end the path', () => {
    assert.deepEqual(successors(s, 9), []);
    assert.deepEqual(successors(s, 11), []);
  });

  it('the last step ends the path; out of range is empty', () => {
    assert.deepEqual(successors(s, 12), []);
    assert.deepEqual(successors(s, 13), []);
    assert.deepEqual(successors(s, -1), []);
  });

  it('buildFlow gives the same edges', () => {
    const g = buildFlow(s);
    assert.equal(g.entry, 0);
    assert.deepEqual(g.succ, s.steps.map((_, i) => successors(s, i)));
  });

  it('goto or menu to an undefined label has no edge there', () => {
    const t = parse(lines('menu 1=nowhere', 'goto nowhere', 'hangup'));
    assert.equal(t.errors.length, 2);
    assert.deepEqual(successors(t, 0), [1]);
    assert.deepEqual(successors(t, 1), []);
  });

  it('a menu as the last step only goes to its options', () => {
    const t = parse(lines('a:', 'menu 1=a'));
    assert.deepEqual(successors(t, 1), [0]);
  });
});

describe('flow: reachable', () => {
  it('marks code after goto, transfer and hangup unreachable until a label is jumped to', () => {
    const s = parse(
      lines(
        'say "a"', // 0
        'goto b', // 1
        'say "skipped"', // 2
        'b:', // 3
        'transfer q', // 4
        'c:', // 5 never jumped to
        'say "never"', // 6
      ),
    );
    assert.deepEqual(reachable(s), [true, true, false, true, true, false, false]);
  });

  it('terminates on cycles', () => {
    const s = parse(lines('a:', 'goto b', 'b:', 'goto a', 'say "x"'));
    assert.deepEqual(reachable(s), [true, true, true, true, false]);
  });

  it('an empty script', () => {
    assert.deepEqual(reachable(parse('')), []);
    assert.deepEqual(pathsReaching(parse(''), () => true, () => false), []);
  });
});

describe('flow: pathsReaching', () => {
  it('record start before the notice: one shortest path', () => {
    const s = parse(
      lines(
        'record start', // 0
        'say notice "Dit gesprek wordt opgenomen."', // 1
      ),
    );
    assert.deepEqual(paths(s, isRecordStart(s), isPromptId(s, 'notice')), [{ target: 0, path: [0] }]);
  });

  it('the notice on the only way in blocks the target', () => {
    const s = parse(lines('say notice "opgenomen"', 'record start'));
    assert.deepEqual(paths(s, isRecordStart(s), isPromptId(s, 'notice')), []);
  });

  it('a menu branch that skips the notice is found, with its path', () => {
    const s = parse(
      lines(
        'main:', // 0
        'menu 1=with 2=without', // 1
        'goto main', // 2
        'with:', // 3
        'say notice "Dit gesprek wordt opgenomen."', // 4
        'record start', // 5
        'hangup', // 6
        'without:', // 7
        'record start', // 8
        'transfer sales', // 9
      ),
    );
    assert.deepEqual(s.errors, []);
    assert.deepEqual(paths(s, isRecordStart(s), isPromptId(s, 'notice')), [{ target: 8, path: [0, 1, 7, 8] }]);
    // Without a notice both are reached, each by its shortest path.
    assert.deepEqual(paths(s, isRecordStart(s), () => false), [
      { target: 5, path: [0, 1, 3, 4, 5] },
      { target: 8, path: [0, 1, 7, 8] },
    ]);
  });

  it('the walk goes on past a target', () => {
    const s = parse(lines('record start', 'record stop', 'record start'));
    assert.deepEqual(
      paths(s, isRecordStart(s), () => false).map((p) => p.target),
      [0, 2],
    );
  });

  it('follows a goto loop back to an earlier step without looping forever', () => {
    const s = parse(
      lines(
        'top:', // 0
        'say intro "Welkom."', // 1
        'menu 1=rec', // 2
        'goto top', // 3
        'rec:', // 4
        'record start', // 5
        'goto top', // 6
      ),
    );
    assert.deepEqual(paths(s, isRecordStart(s), () => false), [{ target: 5, path: [0, 1, 2, 4, 5] }]);
  });

  it('a blocked entry blocks everything; a blocked step is never a target', () => {
    const s = parse(lines('say n "x"', 'record start'));
    assert.deepEqual(paths(s, () => true, (i) => i === 0), []);
    assert.deepEqual(paths(s, () => true, (i) => i === 1), [{ target: 0, path: [0] }]);
  });

  it('unreachable targets are not reported', () => {
    const s = parse(lines('hangup', 'record start'));
    assert.deepEqual(paths(s, isRecordStart(s), () => false), []);
  });

  it('paths are built when read, and kept', () => {
    const s = parse(lines('say "a"', 'record start'));
    const [p] = pathsReaching(s, isRecordStart(s), () => false);
    assert.equal(p.path, p.path);
    assert.deepEqual(p.path, [0, 1]);
  });

  it('100,000 steps with gotos and menus: linear', () => {
    const parts: string[] = [];
    for (let i = 0; i < 20000; i++) {
      parts.push(`l${i}:`, `say p${i} "x"`, `menu 1=l${(i * 7919) % 20000} 2=l${i + 1 < 20000 ? i + 1 : 0}`, 'record start', `goto l${i}`);
    }
    const s = parse(parts.join('\n'));
    assert.equal(s.steps.length, 100000);
    assert.deepEqual(s.errors, []);
    const r = reachable(s);
    const found = pathsReaching(s, isRecordStart(s), () => false);
    const last = found[found.length - 1].path;
    assert.ok(r.every(Boolean));
    assert.equal(found.length, 20000);
    assert.equal(last[0], 0);
  });

  it('a straight line of 100,000 steps', () => {
    const s = parse('say "x"\n'.repeat(99999) + 'record start');
    const [p] = pathsReaching(s, isRecordStart(s), () => false);
    assert.equal(p.path.length, 100000);
  });
});
