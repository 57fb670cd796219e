/** What every page renderer is given: the report's data, where the page sits, and the live server's forms if any. */
import type { ReportModel } from './model.js';

/** Present only when the pages are served live: the forms then carry the session's anti-forgery token. */
export interface LiveForms {
  token: string;
  /** Who decides, unless the analyst types another name. */
  user: string;
  /** The page's own path, where the claim forms send the analyst back to. */
  page: string;
  /** A one-line message for the analyst after a form was handled. */
  notice?: { kind: 'notice' | 'error'; text: string };
}

export interface RenderContext {
  model: ReportModel;
  forms: LiveForms | null;
}

export const conflictPath = (id: number): string => `conflicts/${id}.html`;
export const subjectPath = (slug: string): string => `subjects/${slug}.html`;
