import { testBackends } from '@credit/db/testing';
import { startSubgraph } from '@credit/kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { subgraph, type RecordsOptions } from '../src/server';
import { demoDirectory } from './harness';

describe('the records service token', () => {
  const [backend] = testBackends();

  const warningsWhenBuilt = async (settings: { options?: RecordsOptions; runtime?: { serviceToken: string } }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const running = await startSubgraph(subgraph, backend!, settings);
    await running.close();
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    warn.mockRestore();
    return warnings;
  };

  it('is asked for at start when parties are to be matched through the gateway, and only then', async () => {
    expect(await warningsWhenBuilt({})).toContain('records: RECORDS_SERVICE_TOKEN is not set; submitRecords cannot match parties');
    expect((await warningsWhenBuilt({ runtime: { serviceToken: 'a-token' } })).filter((w) => w.includes('SERVICE_TOKEN'))).toEqual([]);
    expect((await warningsWhenBuilt({ options: { directory: demoDirectory(5) } })).filter((w) => w.includes('SERVICE_TOKEN'))).toEqual([]);
  });
});
