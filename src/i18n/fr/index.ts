import type { Catalogue } from "../en/index.js";
import { card } from "./card.js";
import { common } from "./common.js";
import { dates } from "./dates.js";
import { draft } from "./draft.js";
import { errors } from "./errors.js";
import { log } from "./log.js";
import { nudge } from "./nudge.js";
import { people } from "./people.js";
import { program } from "./program.js";
import { reach } from "./reach.js";
import { review } from "./review.js";
import { rules } from "./rules.js";
import { settings } from "./settings.js";
import { transfer } from "./transfer.js";
import { wizard } from "./wizard.js";

/** Every text net shows, in French (tutoiement: net speaks to one person about their own habits). */
export const fr: Catalogue = {
  common,
  dates,
  program,
  people,
  wizard,
  card,
  settings,
  nudge,
  log,
  draft,
  reach,
  review,
  rules,
  transfer,
  errors,
};
