import { loadStarterDevices } from '../catalog/load-starter-devices.js';
import type { Device } from '../catalog/types.js';
import type { CliContext, CliIo } from './context.js';

/** The real context: devices come from the starter catalog (store wiring in one place). */
export function createContext(io: CliIo, env: Record<string, string | undefined>): CliContext {
  let devices: Promise<Device[]> | undefined;
  return {
    io,
    env,
    devices: () => (devices ??= loadStarterDevices()),
    close: async () => undefined,
  };
}
