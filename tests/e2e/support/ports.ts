/**
 * Ports for specs that run servers of their own, offset from the main test server's port
 * (HEARTH_E2E_PORT, default 8181) so two test runs on one machine can use separate ranges.
 */
export function testPort(offset: number): number {
  return Number(process.env.HEARTH_E2E_PORT ?? 8181) + offset;
}
