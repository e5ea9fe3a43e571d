import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { STATUSES } from '@/storage/reciprocity';
import { everyStanding, LEDGER_SORTS, type ContactStanding, type LedgerSort } from '@/storage/repositories/status';
import { RELATIONSHIPS } from '@/storage/types';
import { useBackground } from '@/components/shared/use-background';
import { useDashboard } from './context';
import { loadLedgerPreview } from './ledger-data';
import { applyFilters, isFiltered, sortLedger, type LedgerFilters } from './ledger-filter';
import { afterFirstPaint, markOnce } from './perf';
import { useLedgerFilters, useNav } from './store';
import { useSettings } from '@/components/shared/use-settings';
import { RELATIONSHIP_NAMES, stepText } from '@/components/shared/step-words';
import { daysAgo, EVENT_LABELS, shorten, STATUS_LABELS } from './words';
import { formatDate, formatNumber, t } from '@/components/i18n/t';
import { labels } from '@/components/i18n/labels';

const ROW_HEIGHT = 56;
const SORT_LABELS = labels<LedgerSort>({
  recent: 'ledgerView.sortRecent',
  name: 'ledgerView.sortName',
  status: 'ledgerView.sortStatus',
  days: 'ledgerView.sortDays',
});

export function LedgerView() {
  const { db, now } = useDashboard();
  const { reminderAfterDays, loaded } = useSettings();
  const preview = usePreview(loaded, reminderAfterDays);
  const shownOnScreen = useOnScreen(!!preview);
  // The whole ledger, unsorted (the view sorts once itself; the repository's `ledger()` would sort
  // too, with a locale collation). After the preview, and once the frame showing it is on screen:
  // IndexedDB would otherwise serve the big read first and the preview behind it, and the read's
  // work would hold the frame up.
  const full = useLiveQuery(
    () => (loaded && preview && shownOnScreen ? (markOnce('vouch:ledger-read'), everyStanding(db, now(), { reminderAfterDays })) : undefined),
    [db, reminderAfterDays, loaded, !!preview, shownOnScreen],
  );
  const filters = useLedgerFilters();
  // Until the whole ledger is read, its top (latest activity) is shown, in the default view only.
  const previewing = !full && !!preview?.length && !isFiltered(filters) && filters.sort === 'recent';
  const rows = full ?? (previewing ? preview! : undefined);
  // Sorted once per change of data or order; typing in the search only filters.
  const sorted = useMemo(() => rows && sortLedger(rows, filters.sort), [rows, filters.sort]);
  const { query, status, relationship, due } = filters;
  const shown = useMemo(
    () => sorted && applyFilters(sorted, { query, status, relationship, due, sort: filters.sort }),
    [sorted, query, status, relationship, due],
  );

  useLayoutEffect(() => {
    if (shown) markOnce('vouch:ledger-ready');
  }, [shown]);
  useLayoutEffect(() => {
    if (full) markOnce('vouch:ledger-full');
  }, [full]);

  return (
    <section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">{t('views.ledger')}</h2>
      <LedgerControls filters={filters} />
      {!shown ? (
        <p className="muted">{t('ledgerView.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">
          {rows!.length === 0
            ? t('ledgerView.empty')
            : t('ledgerView.noMatch')}
        </p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {previewing
              ? t('ledgerView.previewing')
              : isFiltered(filters)
              ? t('ledgerView.countOf', { shown: formatNumber(shown.length), total: formatNumber(rows!.length) })
              : t('ledgerView.count', { total: formatNumber(rows!.length) })}
          </p>
          <LedgerTable rows={shown} />
        </>
      )}
    </section>
  );
}

/** True once `ready` and the page's first frame with content is on screen (at most a second later). */
function useOnScreen(ready: boolean): boolean {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => (ready && !onScreen ? afterFirstPaint(() => setOnScreen(true), 1000) : undefined), [ready, onScreen]);
  return onScreen;
}

/** Preloaded previews already shown: the page's one is a snapshot of the data at load. */
const spent = new WeakSet<object>();

/**
 * The preview is read once per showing of the ledger: after that the live, whole ledger takes
 * over. The page's preloaded preview serves the first showing only (drawn in the first render when
 * the page already has its rows); coming back to the ledger later (after an import, a restore or a
 * deletion) reads a fresh one.
 */
function usePreview(loaded: boolean, reminderAfterDays: number) {
  const { db, now, ledgerPreview } = useDashboard();
  const fresh = ledgerPreview && !spent.has(ledgerPreview) ? ledgerPreview : undefined;
  return useBackground<ContactStanding[] | null>(
    () => {
      const preloaded = ledgerPreview && !spent.has(ledgerPreview) ? ledgerPreview : undefined;
      if (Array.isArray(preloaded)) return (spent.add(preloaded), null);
      if (!loaded) return null;
      if (preloaded) spent.add(preloaded);
      return (preloaded ?? loadLedgerPreview(db, now(), { reminderAfterDays })).catch(() => []);
    },
    [db, loaded],
    { initial: Array.isArray(fresh) ? fresh : null },
  ).data;
}

function LedgerControls({ filters }: { filters: LedgerFilters & { setFilters: (p: Partial<LedgerFilters>) => void } }) {
  const set = filters.setFilters;
  return (
    <div className="filters" role="search">
      <label>
        {t('ledgerView.search')}
        <input type="search" value={filters.query} onChange={(e) => set({ query: e.target.value })} placeholder={t('ledgerView.searchHint')} />
      </label>
      <label>
        {t('ledgerView.status')}
        <select value={filters.status} onChange={(e) => set({ status: e.target.value as LedgerFilters['status'] })}>
          <option value="all">{t('ledgerView.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ledgerView.relationship')}
        <select value={filters.relationship} onChange={(e) => set({ relationship: e.target.value as LedgerFilters['relationship'] })}>
          <option value="all">{t('ledgerView.any')}</option>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {RELATIONSHIP_NAMES[r]}
            </option>
          ))}
          <option value="unknown">{t('ledgerView.notSet')}</option>
        </select>
      </label>
      <label>
        {t('ledgerView.followUp')}
        <select value={filters.due} onChange={(e) => set({ due: e.target.value as LedgerFilters['due'] })}>
          <option value="all">{t('ledgerView.any')}</option>
          <option value="due">{t('ledgerView.dueNow')}</option>
          <option value="not-due">{t('ledgerView.notDue')}</option>
        </select>
      </label>
      <label>
        {t('ledgerView.sortBy')}
        <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as LedgerSort })}>
          {LEDGER_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function LedgerTable({ rows }: { rows: ContactStanding[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => rows[i]!.contactId,
  });
  return (
    <div role="table" aria-label={t('ledgerView.contacts')} aria-rowcount={rows.length + 1} className="ledger">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="ledger-row ledger-head">
          <span role="columnheader">{t('ledgerView.contact')}</span>
          <span role="columnheader">{t('ledgerView.status')}</span>
          <span role="columnheader">{t('ledgerView.relationship')}</span>
          <span role="columnheader">{t('ledgerView.lastEvent')}</span>
          <span role="columnheader">{t('ledgerView.nextStep')}</span>
        </div>
      </div>
      <div ref={scroller} className="ledger-scroll" role="rowgroup">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => (
            <LedgerRow key={item.key} row={rows[item.index]!} index={item.index} top={item.start} />
          ))}
        </div>
      </div>
    </div>
  );
}

function LedgerRow({ row, index, top }: { row: ContactStanding; index: number; top: number }) {
  const openContact = useNav((s) => s.openContact);
  const name = row.contact?.name ?? row.contactId;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`ledger-row${row.due ? ' due' : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <span role="cell" className="cell-name">
        <button type="button" className="link" onClick={() => openContact(row.contactId)} title={name}>
          {shorten(name, 48)}
        </button>
        {row.contact?.headline && <span className="muted small">{shorten(row.contact.headline, 70)}</span>}
      </span>
      <span role="cell">
        <span className={`status status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
        {row.days !== undefined && <span className="muted small"> {daysAgo(row.days)}</span>}
        {row.due && <span className="badge">{t('ledgerView.due')}</span>}
      </span>
      <span role="cell">{row.relationship ? RELATIONSHIP_NAMES[row.relationship] : <span className="muted">{t('ledgerView.notSet')}</span>}</span>
      <span role="cell" className="small">
        {row.last ? (
          <>
            {EVENT_LABELS[row.last.type]}
            <span className="muted"> · {formatDate(row.last.at)}</span>
          </>
        ) : (
          <span className="muted">{t('ledgerView.none')}</span>
        )}
      </span>
      <span role="cell" className="small">
        {row.nextStep ? shorten(stepText(row.nextStep), 90) : <span className="muted">—</span>}
      </span>
    </div>
  );
}
