import { app } from './app';

type PermissionDetails = { requestingUrl?: string; isMainFrame: boolean };
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: PermissionDetails,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: PermissionDetails,
) => boolean;
type DevicePermissionHandler = (details: { deviceType: string; origin: string }) => boolean;

const APP_PAGE = 'app://renderer/index.html';

/** Electron grants what no handler answers; these hooks say what a page would get. */
export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  deviceHandler: DevicePermissionHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler | null): void {
    this.deviceHandler = handler;
  }

  /** Test hook: what `requestingUrl` asking for `permission` gets. */
  requestPermission(
    permission: string,
    requestingUrl = APP_PAGE,
    isMainFrame = true,
  ): Promise<boolean> {
    const handler = this.requestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(null, permission, resolve, { requestingUrl, isMainFrame }),
    );
  }
  checkPermission(permission: string, origin = 'app://renderer', isMainFrame = true): boolean {
    const details = { requestingUrl: `${origin}/`, isMainFrame };
    return this.checkHandler ? this.checkHandler(null, permission, origin, details) : true;
  }
  checkDevice(deviceType: string, origin = 'app://renderer'): boolean {
    return this.deviceHandler ? this.deviceHandler({ deviceType, origin }) : true;
  }
}

export const session = { defaultSession: new FakeSession() };

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
    if (app.ready) throw new Error('registerSchemesAsPrivileged should be called before ready');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.ready) throw new Error('protocol.handle should be called after ready');
    this.handlers.set(scheme, handler);
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};
