// Every implemented operation, by operationId. The sandbox's OpenAPI document is generated from
// this list (scripts/make-sandbox-spec.mjs), and the router refuses to start if the two differ.
import { addressHandlers } from './addresses';
import { apiClientHandlers } from './api-clients';
import { approvalRuleHandlers } from './approval-rules';
import { catalogHandlers } from './catalogs';
import { categoryHandlers } from './categories';
import { companyHandlers } from './companies';
import type { HandlerMap } from './context';
import { impersonationHandlers } from './impersonation';
import { lineItemHandlers } from './line-items';
import { meHandlers } from './me';
import { meCatalogHandlers } from './me-catalog';
import { meOrderHandlers } from './me-orders';
import { orderHandlers } from './orders';
import { priceScheduleHandlers } from './price-schedules';
import { productHandlers } from './products';
import { securityProfileHandlers } from './security-profiles';
import { shipmentHandlers } from './shipments';
import { specHandlers } from './specs';
import { userGroupHandlers } from './user-groups';
import { userHandlers } from './users';

export const operationHandlers: HandlerMap = {
  ...meHandlers,
  ...meCatalogHandlers,
  ...meOrderHandlers,
  ...userHandlers,
  ...companyHandlers,
  ...userGroupHandlers,
  ...addressHandlers,
  ...approvalRuleHandlers,
  ...apiClientHandlers,
  ...securityProfileHandlers,
  ...impersonationHandlers,
  ...catalogHandlers,
  ...categoryHandlers,
  ...productHandlers,
  ...priceScheduleHandlers,
  ...specHandlers,
  ...orderHandlers,
  ...lineItemHandlers,
  ...shipmentHandlers,
};
