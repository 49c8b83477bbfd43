// Every domain rule, applied in this order around the generic handler. A rule that does not
// concern a request calls next() straight away.
import type { SimRule } from "../rules.ts";
import { brandingRule } from "./branding.ts";
import { cryptoRule } from "./crypto.ts";
import { directoryRule } from "./directory.ts";
import { formsRule } from "./forms.ts";
import { gatewaysRule } from "./gateways.ts";
import { idpPropagationRule } from "./idp-propagation.ts";
import { keysRule } from "./keys.ts";
import { notificationsRule } from "./notifications.ts";
import { reportsRule } from "./reports.ts";
import { resourcesRule } from "./resources.ts";
import { schemasAgreementsRule } from "./schemas-agreements.ts";
import { usersRule } from "./users.ts";

export const RULES: readonly SimRule[] = [
  resourcesRule,
  schemasAgreementsRule,
  usersRule,
  directoryRule,
  idpPropagationRule,
  gatewaysRule,
  brandingRule,
  notificationsRule,
  keysRule,
  cryptoRule,
  reportsRule,
  formsRule,
];
