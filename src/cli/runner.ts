/**
 * The types of a command's action and of the wrapper that runs it. A module of their own so the
 * command files and program.ts (which registers them) import these types without importing each other.
 */
import type { Context } from "./context.js";

// biome-ignore lint/suspicious/noExplicitAny: commander passes each command's own arguments
export type Action = (ctx: Context, ...args: any[]) => unknown;
// biome-ignore lint/suspicious/noExplicitAny: see Action
export type Runner = (action: Action) => (...args: any[]) => Promise<void>;
