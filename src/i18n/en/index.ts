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

/** Every text net shows, in English: the reference catalogue. Each area is a file owned by the commands that print it. */
export const en = { common, dates, program, people, wizard, card, settings, nudge, log, draft, reach, review, rules, transfer, errors };

/** The shape every language fills in: the same keys, each function with the same parameters. */
export type Catalogue = typeof en;
