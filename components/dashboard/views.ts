import { t, type MessageKey } from '@/components/i18n/t';

const view = <Id extends string>(id: Id, key: MessageKey) => ({
  id,
  get label() {
    return t(key);
  },
});

/** The dashboard's views, in the order the nav lists them; each is one component in this folder. */
export const VIEWS = [
  view('ledger', 'views.ledger'),
  view('follow-ups', 'views.followUps'),
  view('balance', 'views.balance'),
  view('planner', 'views.planner'),
  view('import', 'views.import'),
  view('backup', 'views.backup'),
  view('settings', 'views.settings'),
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];
