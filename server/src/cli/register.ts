/**
 * `reclint register`: not built yet (issue 16). This stub keeps the subcommand's place in the dispatch.
 */
import type { CliIo } from './main';

export async function runRegister(_args: string[], io: CliIo): Promise<number> {
  io.err('reclint register: not built yet\n');
  return 2;
}
