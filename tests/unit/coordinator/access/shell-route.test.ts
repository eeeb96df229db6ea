import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../../src/app/routes';
import { COORDINATOR_PATHS as P } from '../../../../src/coordinator/routes';
import { formPath, shellRouteOf } from '../../../../src/coordinator/shell/route';

describe('coordinator routes', () => {
  it('the app sends every /coordinator path to the coordinator surface', () => {
    for (const path of Object.values(P)) expect(routeOf(path)).toBe('coordinator');
    expect(routeOf('/coordinator/forms/survivor_feedback')).toBe('coordinator');
    expect(routeOf('/coordinator/anything/else/')).toBe('coordinator');
    expect(routeOf('/coordinators')).toBe('not-found');
  });

  it('maps workspace paths to screens with their needs', () => {
    expect(shellRouteOf(P.overview)).toMatchObject({
      screen: 'overview',
      needsKeys: true,
      review: true,
    });
    expect(shellRouteOf(`${P.overview}/`)).toMatchObject({ screen: 'overview' });
    expect(shellRouteOf(P.devices)).toMatchObject({
      screen: 'devices',
      needsKeys: false,
      adminOnly: false,
    });
    expect(shellRouteOf(P.people)).toMatchObject({ needsKeys: false, adminOnly: true });
    expect(shellRouteOf(P.audit)).toMatchObject({ needsKeys: false, adminOnly: true });
    expect(shellRouteOf(P.settings)).toMatchObject({ needsKeys: true, adminOnly: true });
    expect(shellRouteOf(P.exports)).toMatchObject({ needsKeys: true, adminOnly: false });
    expect(shellRouteOf('/coordinator/nowhere')).toMatchObject({
      screen: 'notFound',
      needsKeys: false,
    });
  });

  it('reads a form id from its results path', () => {
    expect(shellRouteOf(formPath('survivor_feedback'))).toMatchObject({
      screen: 'form',
      formId: 'survivor_feedback',
      needsKeys: true,
    });
    expect(shellRouteOf(`${P.form}%3Cscript%3E`)).toMatchObject({ screen: 'notFound' });
    expect(shellRouteOf(`${P.form}%E0%A4%A`)).toMatchObject({ screen: 'notFound' });
  });
});
