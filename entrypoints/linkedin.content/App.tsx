import { useStore } from 'zustand';
import { call } from '@/components/shared/client';
import { PanelFrame } from '@/components/shared/ui/PanelFrame';
import { updateSettings } from '@/storage/settings';
import { surfaceStore, type View } from './store';
import { report } from './report';

function titleOf(view: View): { title: string; subtitle?: string } {
  if (view.type === 'form') {
    const name = view.form.contact.name ?? view.form.contact.id;
    return view.form.kind === 'request'
      ? { title: 'Ask for a recommendation', subtitle: `From ${name}` }
      : { title: 'Write a recommendation', subtitle: `For ${name}` };
  }
  return { title: view.profile.isOwnProfile ? 'Your recommendations' : 'Where you stand', subtitle: view.profile.contact.name };
}

function Feature({ view }: { view: View }) {
  const viewer = useStore(surfaceStore, (s) => s.viewer);
  if (view.type === 'form') {
    return (
      <p className="muted" data-vouch-feature={view.form.kind}>
        {view.form.hasTextBox ? 'Ready.' : "Waiting for LinkedIn's text box (the next step of the form)."}
        {viewer ? null : null}
      </p>
    );
  }
  return <p className="muted" data-vouch-feature="profile">{view.profile.contact.name}</p>;
}

/** The one React tree Vouch puts on LinkedIn: the panel for whatever the router found. */
export function App() {
  const view = useStore(surfaceStore, (s) => s.view);
  const notice = useStore(surfaceStore, (s) => s.notice);
  if (!view) return null;
  const { title, subtitle } = titleOf(view);
  return (
    <PanelFrame
      title={title}
      subtitle={subtitle}
      notice={notice}
      onPause={() => {
        updateSettings({ paused: true }).catch((e) => report('pause', e));
      }}
    >
      <Feature view={view} />
    </PanelFrame>
  );
}

export { call };
