import type { RequestGroup } from '@/storage/relationships';

/**
 * Strengths to pick from, by who is asked: what that person saw of the user's work and can speak
 * to with some authority. A starting point only: the user's own words are better, and they can
 * type them instead.
 */
export const SUGGESTED_STRENGTHS: Record<RequestGroup, readonly string[]> = {
  manager: ['ownership', 'reliability under deadlines', 'sound judgement', 'growing into a bigger role', 'clear status updates', 'initiative'],
  senior: ['picking things up quickly', 'asking good questions', 'thoroughness', 'taking feedback well', 'ownership', 'calm under pressure'],
  peer: ['collaboration', 'clear communication', 'problem solving', 'helpful code or design reviews', 'sharing knowledge', 'reliability'],
  report: ['clear direction', 'useful feedback', 'mentoring', 'protecting the team’s focus', 'trust and autonomy', 'fair decisions'],
  mentor: ['curiosity', 'acting on feedback', 'learning fast', 'setting clear goals', 'persistence', 'honest self-assessment'],
  client: ['understanding our needs', 'delivering on time', 'clear communication', 'quality of the work', 'flexibility', 'honest advice'],
  classmate: ['teamwork on group projects', 'research', 'presenting', 'dedication', 'helping classmates', 'clear writing'],
};

/** The suggestions still worth offering: not already chosen (in any letter case). */
export function strengthChoices(group: RequestGroup, chosen: readonly string[]): string[] {
  const taken = new Set(chosen.map((s) => s.trim().toLowerCase()));
  return SUGGESTED_STRENGTHS[group].filter((s) => !taken.has(s.toLowerCase()));
}
