/** Atomic, careful writes for `--fix`: temporary file in the same folder + rename, mode kept, never over a file that changed since it was read. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomic(file: string, text: string, expectedOnDisk: string): { ok: true } | { ok: false; reason: string } {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return { ok: false, reason: 'the file is gone' };
  }
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    return { ok: false, reason: 'the file is read-only' };
  }
  if ((st.mode & 0o222) === 0) return { ok: false, reason: 'the file is read-only' };
  let now: string;
  try {
    now = fs.readFileSync(file, 'utf8');
  } catch {
    return { ok: false, reason: 'the file cannot be read back' };
  }
  if (now !== expectedOnDisk) return { ok: false, reason: 'the file changed on disk since reclint read it' };
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.reclint-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode: st.mode & 0o7777 });
    fs.chmodSync(tmp, st.mode & 0o7777);
    fs.renameSync(tmp, file);
    return { ok: true };
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* nothing to clean */ }
    return { ok: false, reason: `it could not be written (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
}

/**
 * Create a file that must not exist yet (`reclint init`): exclusive create (`wx`), so a file that
 * appears between a check and the write is not overwritten either. `exists` when it is there.
 */
export function writeFileExclusive(file: string, text: string): { ok: true } | { ok: false; exists: boolean; reason: string } {
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, exists: true, reason: 'the file exists' };
    return { ok: false, exists: false, reason: `it could not be written (${code ?? String(e)})` };
  }
}
