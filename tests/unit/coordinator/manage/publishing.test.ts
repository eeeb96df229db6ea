import { describe, expect, it } from 'vitest';
import { ConfigPayload, DEFAULT_SETTINGS } from '../../../../protocol/config';
import { ApiFailure } from '../../../../src/coordinator/api';
import {
  DraftProblem,
  publishErrorMessage,
  STALE_MESSAGE,
  startDraft,
} from '../../../../src/coordinator/manage/publishing';

describe('where a publish starts from', () => {
  it('starts empty, with the name, when nothing is published', () => {
    expect(startDraft(null, 'Northshire')).toEqual({
      partnershipName: 'Northshire',
      forms: [],
      events: [],
      helplines: [],
      settings: DEFAULT_SETTINGS,
    });
  });

  it('keeps everything already published', () => {
    const payload = {
      version: 3,
      issuedDay: '2025-01-01',
      partnershipName: 'Riverside',
      kid: 'AAAAAAAAAAAAAAAAAAAAAA',
      encryptionPublicKey: 'x',
      forms: [],
      events: [
        { id: 'e', name: 'E', day: '2025-01-02', area: '', type: 'stall', organisations: [] },
      ],
      helplines: [{ name: 'IDVA', phone: '0161 555 0100' }],
      settings: { ...DEFAULT_SETTINGS, disabledForms: ['x'] },
    } satisfies ConfigPayload;
    const draft = startDraft(payload, 'ignored');
    expect(draft.partnershipName).toBe('Riverside');
    expect(draft.events).toBe(payload.events);
    expect(draft.settings.disabledForms).toEqual(['x']);
  });
});

describe('why a publish failed', () => {
  it('says a newer configuration exists on 409 stale_version', () => {
    const e = new ApiFailure(409, 'stale_version', 'version must increase');
    expect(publishErrorMessage(e)).toEqual({ message: STALE_MESSAGE, stale: true });
    expect(STALE_MESSAGE).toMatch(/^Someone else published a newer configuration\. Reload/);
  });

  it('explains a refused signature, a reviewer, and other server answers', () => {
    expect(publishErrorMessage(new ApiFailure(400, 'invalid_signature', '')).message).toMatch(
      /signature/,
    );
    expect(publishErrorMessage(new ApiFailure(403, 'forbidden', '')).message).toMatch(/admin/);
    expect(publishErrorMessage(new ApiFailure(0, 'network', 'Cannot reach it.')).message).toBe(
      'Nothing was published: Cannot reach it.',
    );
  });

  it('names the first invalid part of a config by path', () => {
    const result = ConfigPayload.safeParse({});
    expect(result.success).toBe(false);
    const { message } = publishErrorMessage(result.error);
    expect(message).toMatch(
      /^Nothing was published: the configuration would not be valid \(version: /,
    );
  });

  it('shows a draft problem as it is', () => {
    expect(publishErrorMessage(new DraftProblem('Gone.')).message).toBe('Gone.');
    expect(publishErrorMessage(new TypeError('x')).message).toMatch(/signing/);
  });
});
