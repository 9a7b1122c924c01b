import { describe, expect, it } from '@jest/globals';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { createLogger, REDACTED, scrub, turnLogger } from '../src/logging.js';

const ACCESS_ID = '3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c';
const CONTRACT_ID = '7741203398';
const TENANT = '0c05f0a1-7e2d-4b8a-9f3c-5a1d2e3f4a01';

function capture(): { logger: ReturnType<typeof createLogger>; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void out.push(line) } });
  return { logger, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('redacts the fields known to hold secrets or what users typed', () => {
    const { logger, lines } = capture();
    logger.info({ accessId: 'a', org: { contractId: 'c' }, activity: { type: 'message', text: 'my secret question', value: { choice: 'yes' } }, req: { headers: { authorization: 'Bearer abc' } }, config: { teams: { appPassword: 'pw' } } }, 'x');
    expect(lines()[0]).toMatchObject({
      accessId: REDACTED,
      org: { contractId: REDACTED },
      activity: { type: 'message', text: REDACTED, value: REDACTED },
      req: { headers: { authorization: REDACTED } },
      config: { teams: { appPassword: REDACTED } },
    });
  });

  it('scrubs anything shaped like an Access ID or Contract ID from messages, errors and unknown fields', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error(`activation ${ACCESS_ID} / ${CONTRACT_ID} failed`), detail: [`pair ${ACCESS_ID}`], count: Number(CONTRACT_ID) }, `saw ${ACCESS_ID}`);
    const raw = JSON.stringify(lines());
    expect(raw).not.toContain(ACCESS_ID);
    expect(raw).not.toContain(CONTRACT_ID);
    expect(lines()[0]).toMatchObject({ msg: `saw ${REDACTED}`, detail: [`pair ${REDACTED}`], count: REDACTED });
  });

  it('keeps ids that are GUIDs by nature (tenant, AAD user, conversation) and other numbers', () => {
    const { logger, lines } = capture();
    logger.info({ tenant: TENANT, aadObjectId: TENANT, conversation: `a:${TENANT}`, durationMs: 1234, sr: 'SR 12103040000001' }, 'turn');
    expect(lines()[0]).toMatchObject({ tenant: TENANT, aadObjectId: TENANT, conversation: `a:${TENANT}`, durationMs: 1234, sr: 'SR 12103040000001' });
  });

  it('logs errors as type, message and stack only, not the request they carry', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('send failed'), { statusCode: 502, request: { headers: { authorization: 'Bearer eyJsecret' } } });
    logger.error({ err: error }, 'x');
    expect(lines()[0]?.err).toEqual({ type: 'Error', message: 'send failed', statusCode: 502, stack: expect.any(String) });
  });

  it('scrub leaves text without secrets alone', () => {
    expect(scrub('turn took 42 ms for 19:abc@thread.tacv2')).toBe('turn took 42 ms for 19:abc@thread.tacv2');
  });
});

describe('turnLogger', () => {
  const turn = async (level: 'info' | 'silent') => {
    const out: string[] = [];
    const logger = createLogger({ level, destination: { write: (line: string) => void out.push(line) } });
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity('one');
      await context.sendActivity({ type: ActivityTypes.Typing });
      await context.sendActivity('two');
    }).use(turnLogger(logger));
    await adapter.send('hi').assertReply('one').assertReply((a) => expect(a.type).toBe(ActivityTypes.Typing)).assertReply('two').startTest();
    return out.map((l) => JSON.parse(l) as Record<string, unknown>);
  };

  it('writes one line per turn with the messages sent', async () => {
    expect(await turn('info')).toEqual([expect.objectContaining({ msg: 'turn', activityType: 'message', replies: 2, outcome: 'ok' })]);
  });

  it('at a silent level the turn runs and its replies go out as before, with no line', async () => {
    expect(await turn('silent')).toEqual([]);
  });
});
