/** Finding a configured subject by any of its names: the name itself or an alias, in any case. */
import type { SubjectSpec } from './schema.js';

export function configuredSubject(asked: string, subjects: readonly SubjectSpec[]): SubjectSpec | null {
  const wanted = asked.trim().toLowerCase();
  return subjects.find((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === wanted)) ?? null;
}
