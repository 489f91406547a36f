// Types for electron-binary.mjs, so the TypeScript tests share its lookup instead of copying it.
export declare const root: string;
export declare function installedElectron(): string | undefined;
export declare function downloadElectron(): Promise<{ binary?: string; cause?: string }>;
export declare function reportMissingElectron(
  cause: string | undefined,
  usage: { whatFor: string; instead: string },
): void;
