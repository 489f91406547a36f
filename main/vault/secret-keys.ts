/** The vault's key for each kind of secret; the prefixes let a whole owner be forgotten at once. */
export const secretKeys = {
  clientSecret: (profileId: string, apiClientId: string) =>
    `client-secret:${profileId}:${apiClientId}`,
  password: (profileId: string, perspectiveId: string) => `password:${profileId}:${perspectiveId}`,
  session: (profileId: string, perspectiveId: string) => `session:${profileId}:${perspectiveId}`,
  sessionPrefix: 'session:',
  /** Every secret of a profile: client secrets, passwords and sessions. */
  ofProfile: (profileId: string) => [
    `client-secret:${profileId}:`,
    `password:${profileId}:`,
    `session:${profileId}:`,
  ],
};
