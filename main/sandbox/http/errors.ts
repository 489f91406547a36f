/** One entry of OrderCloud's `{ Errors: [...] }` error body. */
export interface ApiErrorDetail {
  ErrorCode: string;
  Message: string;
  Data: unknown;
}

/** An expected failure: becomes an OrderCloud-shaped error response, never a crash. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: ApiErrorDetail,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail.Message);
  }

  get body(): { Errors: ApiErrorDetail[] } {
    return { Errors: [this.detail] };
  }
}

function fail(status: number, ErrorCode: string, Message: string, Data: unknown = null): ApiError {
  return new ApiError(status, { ErrorCode, Message, Data });
}

export const apiErrors = {
  notFound: (objectType: string, objectID: string) =>
    fail(404, 'NotFound', `${objectType} not found: ${objectID}`, {
      ObjectType: objectType,
      ObjectID: objectID,
    }),
  idExists: (objectType: string, objectID: string) =>
    fail(409, 'IdExists', `${objectType} already exists: ${objectID}`, {
      ObjectType: objectType,
      ObjectID: objectID,
    }),
  requiredField: (field: string) =>
    fail(400, 'RequiredField', `${field} is required.`, { Field: field }),
  invalidRequest: (message: string, data: unknown = null) =>
    fail(400, 'InvalidRequest', message, data),
  insufficientRoles: (sufficientRoles: string[], assignedRoles: string[]) =>
    fail(403, 'InsufficientRoles', 'User does not have role(s) required to perform this action.', {
      SufficientRoles: sufficientRoles,
      AssignedRoles: assignedRoles,
    }),
  invalidToken: () => fail(401, 'InvalidToken', 'Access token is invalid or expired.'),
  notAuthorizedToAdmin: () =>
    fail(
      403,
      'Auth.UserNotAuthorizedToAdmin',
      'Reading and/or Administering this resource is forbidden for Buyer and Supplier users regardless of role(s).',
    ),
  buyerUsersOnly: () => fail(403, 'Auth.BuyerUsersOnly', 'Only available to Buyer Users.'),
  routeNotFound: (path: string) =>
    fail(404, 'NotFound', `No such endpoint: ${path}`, { ObjectType: 'Route', ObjectID: path }),
  /** A business rule with one of OrderCloud's namespaced codes, e.g. Order.CannotSubmitBadStatus. */
  rule: (status: number, errorCode: string, message: string, data: unknown = null) =>
    fail(status, errorCode, message, data),
};
