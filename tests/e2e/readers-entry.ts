// Bundled by reading.e2e.ts and injected into fixture pages: the real readers, run by Chromium.
import { readForm } from '@/components/linkedin/form';
import { readProfile } from '@/components/linkedin/profile';

const describeBox = (el: Element | null) => (el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : null);

(globalThis as Record<string, unknown>).__vouchRead = () => {
  const url = new URL(location.href);
  const profile = readProfile(document, url);
  const form = readForm(document, url);
  const day = (d?: Date) => (d ? d.toISOString().slice(0, 10) : undefined);
  const items = (list: { date?: Date }[]) => list.map((i) => ({ ...i, date: day(i.date) }));
  return JSON.parse(
    JSON.stringify({
      profile: {
        ...profile,
        recommendations: profile.recommendations && {
          received: items(profile.recommendations.received),
          given: items(profile.recommendations.given),
        },
      },
      form: form && { ...form, textBox: describeBox(form.textBox) },
    }),
  );
};
