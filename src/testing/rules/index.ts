// Every domain rule, applied in this order around the generic handler. Add one line per
// module; a rule that does not concern a request calls next() straight away.
import type { SimRule } from "../rules.ts";
import { userPasswordRule } from "./users.ts";

export const RULES: readonly SimRule[] = [userPasswordRule];
