import { describe, expect, it } from 'vitest';
import { suggestAsks, type PlannerInput } from '@/components/dashboard/planner';
import { ago, NOW, standing } from './helpers';

const offer = { kind: 'offer' as const, label: 'If you would welcome one back, you could ask', said: { key: 'step.offer' as const } };
const plan = (input: Partial<PlannerInput>) =>
  suggestAsks({ rows: [], missingSources: [], notedAt: new Map(), now: NOW, ...input }).map((s) => [s.contactId, s.kind]);

describe('suggestAsks', () => {
  it('suggests someone of a missing source who has no exchange with the user yet', () => {
    const rows = [standing('boss', 'Jane Boss', { relationship: 'manager' }), standing('pal', 'Sam Pal', { relationship: 'peer' })];
    expect(plan({ rows, missingSources: ['manager'] })).toEqual([['boss', 'missing-source']]);
  });

  it('suggests people the user recommended who have not returned it, most recent first', () => {
    const rows = [
      standing('old', 'Old Friend', { status: 'they-owe', days: 400, nextStep: offer }),
      standing('new', 'New Friend', { status: 'they-owe', days: 30, nextStep: offer }),
    ];
    expect(plan({ rows })).toEqual([
      ['new', 'return'],
      ['old', 'return'],
    ]);
    // Said as a person would: days while recent, then a coarser unit.
    const reasons = suggestAsks({ rows, missingSources: [], notedAt: new Map(), now: NOW }).map((s) => s.reason);
    expect(reasons[0]).toContain('You recommended New 30 days ago and nothing has come back');
    expect(reasons[1]).toContain('You recommended Old a year ago and nothing has come back');
  });

  it('suggests recent collaborators (a recent note), not old ones', () => {
    const rows = [standing('fresh', 'Fresh Face'), standing('stale', 'Stale Face')];
    const notedAt = new Map([
      ['fresh', ago(10)],
      ['stale', ago(400)],
    ]);
    expect(plan({ rows, notedAt })).toEqual([['fresh', 'recent']]);
  });

  it('counts a recent LinkedIn connection as a recent collaborator, a note saying more', async () => {
    const rows = [
      standing('new', 'Nia New', { contact: { connectedAt: ago(20) } }),
      standing('old', 'Oli Old', { contact: { connectedAt: ago(900) } }),
      standing('both', 'Bea Both', { contact: { connectedAt: ago(30) } }),
    ];
    const out = suggestAsks({ rows, missingSources: [], notedAt: new Map([['both', ago(2)]]), now: NOW });
    expect(out.map((s) => s.contactId)).toEqual(['both', 'new']);
    expect(out[0]!.reason).toContain('You noted');
    expect(out[1]!.reason).toContain('You connected with Nia');
  });

  it('puts balance first, then returns, then recent collaborators, each person once', () => {
    const rows = [
      standing('fresh', 'Fresh Face'),
      standing('owes', 'Owes One', { status: 'they-owe', days: 50, nextStep: offer }),
      standing('boss', 'Jane Boss', { relationship: 'manager' }),
    ];
    const notedAt = new Map([
      ['fresh', ago(5)],
      ['boss', ago(5)],
    ]);
    expect(plan({ rows, notedAt, missingSources: ['manager'] })).toEqual([
      ['boss', 'missing-source'],
      ['owes', 'return'],
      ['fresh', 'recent'],
    ]);
  });

  it.each([
    ['do-not-nudge', standing('x', 'X Y', { status: 'they-owe', days: 5, nextStep: offer, contact: { doNotNudge: true } })],
    ['snoozed', standing('x', 'X Y', { status: 'they-owe', days: 5, nextStep: offer, contact: { snoozedUntil: new Date(NOW.getTime() + 86_400_000) } })],
    ['they-owe without the offer step', standing('x', 'X Y', { status: 'they-owe', days: 5, nextStep: null })],
    ['already waiting on an ask', standing('x', 'X Y', { status: 'waiting', relationship: 'manager', days: 5 })],
    ['already mutual', standing('x', 'X Y', { status: 'mutual', relationship: 'manager' })],
    ['source not missing', standing('x', 'X Y', { relationship: 'peer' })],
    ['relationship unknown and no note', standing('x', 'X Y')],
  ])('never suggests someone %s', (_label, row) => {
    expect(plan({ rows: [row], missingSources: ['manager'] })).toEqual([]);
  });

  it('gives a reason that names the person by first name', () => {
    const [s] = suggestAsks({
      rows: [standing('boss', 'Jane Boss', { relationship: 'manager', contact: { firstName: 'Janie' } })],
      missingSources: ['manager'],
      notedAt: new Map(),
      now: NOW,
    });
    expect(s!.reason).toContain('a manager');
    expect(s!.reason).toContain('Janie');
  });
});
