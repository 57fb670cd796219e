/** The exact commands an analyst copies to act on what a page or table shows. */
import { valueArgument } from './values.js';

/** Single-quoted for POSIX shells: nothing inside is expanded. */
export const shellQuote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

export const resolveCommand = (conflictId: number, value: unknown): string =>
  `newsfacts resolve ${conflictId} --value ${shellQuote(valueArgument(value))} --note "<why>"`;

export const rejectCommand = (claimId: number | string): string => `newsfacts reject ${claimId} --note "<why>"`;

export const acceptCommand = (claimId: number): string => `newsfacts accept ${claimId} --note "<why>"`;
