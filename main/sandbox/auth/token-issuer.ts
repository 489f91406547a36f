import { createHash, randomUUID } from 'node:crypto';
import type { ApiClient } from '../store/model';
import type { Party } from '../store/parties';
import type { RefreshGrant, SandboxState } from '../store/state';
import { roleClaim, signJwt, type AccessClaims } from './jwt';

/** The body of a successful `/oauth/token` (and impersonation) response. */
export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token?: string;
}

export interface TokenRequest {
  party: Party;
  client: ApiClient;
  roles: string[];
  /** Set for anonymous shoppers: the one order their token may use. */
  anonymousOrderID?: string;
  /** Set while impersonating: the ID of the user doing it. */
  impersonatorID?: string;
  /** Hand out a refresh token when the client allows them. */
  withRefreshToken?: boolean;
}

/** Anonymous tokens live a fixed week, whatever the client says (documents_anonymous-shopping.mdx). */
const ANONYMOUS_MINUTES = 7 * 24 * 60;

function digest(refreshToken: string): string {
  return createHash('sha256').update(refreshToken).digest('base64url');
}

export class TokenIssuer {
  constructor(
    private readonly state: () => SandboxState,
    private readonly now: () => number,
    private readonly url: () => string,
  ) {}

  issue(request: TokenRequest): TokenResponse {
    const { party, client, roles } = request;
    const minutes = request.anonymousOrderID ? ANONYMOUS_MINUTES : client.AccessTokenDuration;
    const issuedAt = Math.floor(this.now() / 1000);
    const claims: AccessClaims = {
      usr: party.user.Username,
      cid: client.ID,
      u: party.user.ID,
      usrtype: party.userType,
      role: roleClaim(roles),
      iss: this.url(),
      aud: this.url(),
      exp: issuedAt + minutes * 60,
      nbf: issuedAt,
      ...(request.anonymousOrderID && { orderid: request.anonymousOrderID }),
      ...(request.impersonatorID && { imp: request.impersonatorID }),
    };
    const response: TokenResponse = {
      access_token: signJwt(claims, this.state().seller.SigningKey),
      token_type: 'bearer',
      expires_in: minutes * 60,
    };
    if (request.withRefreshToken && client.RefreshTokenDuration > 0 && !request.anonymousOrderID) {
      response.refresh_token = this.createRefreshToken(client, party, roles);
    }
    return response;
  }

  /** The grant behind a refresh token, while it is valid. */
  redeem(refreshToken: string): RefreshGrant | undefined {
    const grant = this.state().refreshTokens.get(digest(refreshToken));
    return grant && grant.ExpiresAt > this.now() ? grant : undefined;
  }

  private createRefreshToken(client: ApiClient, party: Party, roles: string[]): string {
    const { refreshTokens } = this.state();
    for (const [key, grant] of refreshTokens) {
      if (grant.ExpiresAt <= this.now()) refreshTokens.delete(key);
    }
    const token = randomUUID();
    refreshTokens.set(digest(token), {
      ClientID: client.ID,
      Username: party.user.Username,
      Roles: roles,
      ExpiresAt: this.now() + client.RefreshTokenDuration * 60 * 1000,
    });
    return token;
  }
}
