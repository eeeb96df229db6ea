import { describe, expect, it } from 'vitest';
import { lockedRedirect, routeOf } from '../../../src/app/routes';

describe('routes and the device lock', () => {
  it('maps paths to surfaces', () => {
    expect(routeOf('/kiosk')).toBe('kiosk');
    expect(routeOf('/kiosk/')).toBe('kiosk');
    expect(routeOf('/today')).toBe('cover');
    expect(routeOf('/')).toBe('outreach');
    expect(routeOf('/elsewhere')).toBe('not-found');
  });

  it('keeps a kiosk-locked device on the kiosk or cover screen', () => {
    expect(lockedRedirect('outreach', 'kiosk')).toBe('/kiosk');
    expect(lockedRedirect('not-found', 'kiosk')).toBe('/kiosk');
    expect(lockedRedirect('kiosk', 'kiosk')).toBeUndefined();
    expect(lockedRedirect('cover', 'kiosk')).toBeUndefined();
  });

  it('keeps a device on the cover screen after a quick exit', () => {
    expect(lockedRedirect('kiosk', 'cover')).toBe('/today');
    expect(lockedRedirect('outreach', 'cover')).toBe('/today');
    expect(lockedRedirect('cover', 'cover')).toBeUndefined();
  });

  it('leaves an unlocked device alone', () => {
    expect(lockedRedirect('outreach', undefined)).toBeUndefined();
  });
});
