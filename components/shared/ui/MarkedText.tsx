import type { Segment } from '@/components/shared/segments';

interface Props<K extends string> {
  segments: readonly Segment<K>[];
  className: string;
  testId: string;
  label?: string;
  /** The attribute that names each mark's kind (the coach's styles and tests read `data-kind`). */
  kindAttribute?: 'data-kind' | 'data-mark';
}

/** A text shown with the words at fault marked, each mark saying why in its title. Text only, never markup. */
export function MarkedText<K extends string>({ segments, className, testId, label, kindAttribute = 'data-kind' }: Props<K>) {
  return (
    <p className={className} data-testid={testId} aria-label={label}>
      {segments.map((s, i) =>
        s.kind ? (
          <mark key={i} {...s.data} {...{ [kindAttribute]: s.kind }} title={s.message}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
