/**
 * Links to LinkedIn's own pages for a contact, for the user to follow (Vouch never opens them by
 * itself). People known only by name, from an export without profile URLs (`import:` ids), have
 * no LinkedIn address: null.
 */

const MEMBER_URN = /^urn:li:fsd_profile:[A-Za-z0-9_-]+$/;

export function profileUrl(contactId: string): string | null {
  if (!contactId || contactId.startsWith('import:') || /[\s/?#:]/.test(contactId)) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(contactId)}/`;
}

/**
 * LinkedIn's request or write form for this person: the address its profile's More menu opens,
 * with the member URN in `profileUrn` when Vouch has read it.
 */
export function formUrl(contactId: string, form: 'request' | 'write', memberUrn?: string): string | null {
  const profile = profileUrl(contactId);
  if (!profile) return null;
  const query = memberUrn && MEMBER_URN.test(memberUrn) ? `?profileUrn=${encodeURIComponent(memberUrn)}` : '';
  return `${profile}edit/forms/recommendation/${form}/${query}`;
}
