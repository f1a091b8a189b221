/** A script open in the editor that no policy of the workspace reads gets `script-not-named`; one a policy reads does not. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER, TestClient, tempCopy } from './client';

describe('language server: script-not-named', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;
  before(async () => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    dir = tempCopy();
    fs.writeFileSync(path.join(dir, 'contact-centre/ivr/lone.ivr'), 'lang en\nsay n "This call is recorded."\nrecord start\n');
    client = new TestClient();
    await client.initialize([dir]);
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('on an open script no policy reads, at its first line; not on one a policy reads', async () => {
    const lone = client.open(path.join(dir, 'contact-centre/ivr/lone.ivr'));
    const sales = client.open(path.join(dir, 'contact-centre/ivr/sales.ivr'));
    const ds = await client.until('script-not-named on lone.ivr', () => {
      const d = client.diags(lone).filter((x) => x.code === 'script-not-named');
      return d.length ? d : undefined;
    }, 20000);
    assert.deepEqual(ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity}`), ['0:0-0:7 3']);
    await client.until('sales.ivr diagnostics', () => client.diags(sales).some((d) => d.code === 'announcement-after-recording'), 20000);
    assert.deepEqual(client.diags(sales).filter((d) => d.code === 'script-not-named'), []);
  });
});
