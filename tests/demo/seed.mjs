// Demo data, written through Vouch's own message protocol from the dashboard page.
const DAY = 86_400_000;

export async function seedDemoData(page) {
  await page.evaluate(async (DAY) => {
    const send = (type, payload) => chrome.runtime.sendMessage({ vouch: 1, type, payload });
    const now = Date.now();
    const ago = (d) => new Date(now - d * DAY).toISOString();
    const people = [
      { id: 'jane-doe-42', name: 'Jane Doe', firstName: 'Jane', headline: 'Engineering Manager at Northwind' },
      { id: 'sam-rivera', name: 'Sam Rivera', firstName: 'Sam', headline: 'Staff Designer at Contoso' },
      { id: 'amelie-durand', name: 'Amélie Durand', firstName: 'Amélie', headline: 'Product Lead at Fabrikam' },
      { id: 'kenji-watanabe', name: 'Kenji Watanabe', firstName: 'Kenji', headline: 'Data Scientist' },
      { id: 'priya-natarajan', name: 'Priya Natarajan', firstName: 'Priya', headline: 'Client Partner at Litware' },
    ];
    for (const p of people) await send('contact.upsert', p);
    await send('contact.settings', { id: 'jane-doe-42', relationship: 'manager' });
    await send('contact.settings', { id: 'sam-rivera', relationship: 'peer' });
    await send('contact.settings', { id: 'amelie-durand', relationship: 'peer' });
    await send('contact.settings', { id: 'priya-natarajan', relationship: 'client' });
    await send('events.append', {
      events: [
        { contactId: 'sam-rivera', type: 'received', at: ago(40), source: 'user', key: 'demo:sam:received' },
        { contactId: 'amelie-durand', type: 'request-sent', at: ago(16), source: 'user', key: 'demo:amelie:req', text: 'Hi Amélie, …' },
        { contactId: 'kenji-watanabe', type: 'request-sent', at: ago(12), source: 'user', key: 'demo:kenji:req' },
        { contactId: 'priya-natarajan', type: 'given', at: ago(90), source: 'user', key: 'demo:priya:given' },
        { contactId: 'priya-natarajan', type: 'received', at: ago(60), source: 'user', key: 'demo:priya:received' },
      ],
    });
    await send('notes.add', { contactId: 'jane-doe-42', text: 'Ran the billing migration with zero downtime; coached me through my first on-call.' });
  }, DAY);
}
