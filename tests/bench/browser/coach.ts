// Bundled by the bench and run in an extension page: the coach's analysis on a long recommendation.
import { analyzeRecommendation } from '@/components/coach/analyze';
import { keystrokes, timePerCall } from './timing';

const NOTES = ['Ran the billing migration with zero downtime', 'Invoice disputes down 60% after the fix', 'Coached me through my first on-call'];

export function run(text: string) {
  const inputs = keystrokes(text);
  return timePerCall((i) => analyzeRecommendation(inputs[i % inputs.length]!, { name: 'Jane Doe', notes: NOTES, maxLength: 3_000 }));
}
