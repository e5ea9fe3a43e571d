// Bundled by the bench and run in an extension page: the request checks against a long history.
import { checkRequest } from '@/components/request/checks';
import { keystrokes, timePerCall } from './timing';

export function run(message: string, sentBefore: { contactName: string; text: string }[]) {
  const inputs = keystrokes(message);
  return timePerCall((i) => checkRequest(inputs[i % inputs.length]!, { firstName: 'Jane', sentBefore, maxLength: 3_000 }));
}
