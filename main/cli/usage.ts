export const HELP = `ocx: OC Explorer on the command line. Output is JSON on stdout; messages go to stderr.

Usage:
  ocx [--data-dir DIR] sandbox [--port N] [--data FILE]
      Run the embedded OrderCloud-compatible marketplace.
  ocx [--data-dir DIR] web [--port N]
      Serve OC Explorer to a browser on 127.0.0.1.
  ocx [--data-dir DIR] profiles add NAME (--base-url URL | --env ENV) --client-id ID [--client-secret-stdin]
      Add a marketplace. ENV is local or REGION/STAGE, e.g. us-west/sandbox, europe-west/production.
  ocx [--data-dir DIR] profiles list
  ocx [--data-dir DIR] profiles remove NAME
  ocx [--data-dir DIR] login --profile NAME --username USER --password-stdin [--scope "ROLE ROLE"] [--save-as LABEL]
      Sign in with the password grant; the session is kept (encrypted) for later commands.
  ocx [--data-dir DIR] whoami --profile NAME [--as LABEL]
      The signed-in user: usr, usrtype, cid, roles, requestedRoles, expiresAt.
  ocx [--data-dir DIR] request METHOD PATH --profile NAME [--as LABEL] [--data JSON|@FILE] [--query K=V]...
      Send a request as that session; PATH like /me or /v1/me. Prints the response body.
  ocx [--data-dir DIR] logout --profile NAME [--as LABEL]

Options:
  --data-dir DIR   Where profiles and the vault live (default: $OCX_DATA_DIR, else the OS config folder).
  --as LABEL       A saved perspective, by label, username or id (default: the signed-in one).
  -h, --help       Show this help.

Environment:
  OCX_VAULT_PASSPHRASE   The passphrase protecting saved secrets; without it you are asked in a terminal.
  OCX_DATA_DIR           The default data folder.

Exit codes: 0 success, 2 usage, 3 authentication, 4 the API answered an error, 5 network.
`;

/** A command line that does not make sense; the message says how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
