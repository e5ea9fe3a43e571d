import { useStore } from 'zustand';
import { PanelFrame } from '@/components/shared/ui/PanelFrame';
import { forDisplay } from '@/components/shared/display';
import { ProfileCard } from '@/components/profile-card';
import { CoachPanel } from '@/components/coach/CoachPanel';
import { RequestComposer } from '@/components/request/RequestComposer';
import { updateSettings } from '@/storage/settings';
import { surfaceStore, type View } from './store';
import { report } from './report';
import { outbox } from './channel';

function titleOf(view: View): { title: string; subtitle?: string } {
  if (view.type === 'form') {
    const name = forDisplay(view.form.contact.name || view.form.contact.id);
    return view.form.kind === 'request'
      ? { title: 'Ask for a recommendation', subtitle: `From ${name}` }
      : { title: 'Write a recommendation', subtitle: `For ${name}` };
  }
  return { title: view.profile.isOwnProfile ? 'Your recommendations' : 'Where you stand', subtitle: forDisplay(view.profile.contact.name) };
}

function Feature({ view }: { view: View }) {
  const viewer = useStore(surfaceStore, (s) => s.viewer);
  const reminderAfterDays = useStore(surfaceStore, (s) => s.reminderAfterDays);
  if (view.type === 'form') {
    const props = { form: view.form, box: view.box, call: outbox.call, viewer };
    return view.form.kind === 'write' ? <CoachPanel {...props} /> : <RequestComposer {...props} />;
  }
  return (
    <ProfileCard
      profile={view.profile}
      viewer={view.profile.viewer ?? viewer}
      call={outbox.call}
      reminderAfterDays={reminderAfterDays}
    />
  );
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
      onError={(e) => report('panel', e)}
      onPause={() => {
        updateSettings({ paused: true }).catch((e) => report('pause', e));
      }}
    >
      <Feature view={view} />
    </PanelFrame>
  );
}
